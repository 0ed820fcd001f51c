/// The keys of one model type, in the order its properties are declared: the order in which
/// Foundation's synthesised decoder reads them, and so the order that decides which of two
/// problems in one object is reported.
struct JSONKeys: Sendable {
    let names: [String]
    private let utf8: [[UInt8]]

    init(_ names: [String]) {
        self.names = names
        utf8 = names.map { Array($0.utf8) }
    }

    /// The rank of the key whose bytes are `raw`, if it is one of these.
    @inline(__always) func rank(of raw: UnsafeBufferPointer<UInt8>) -> Int? {
        for rank in utf8.indices where utf8[rank].count == raw.count {
            if utf8[rank].withUnsafeBufferPointer({ JSONScan.same($0, raw) }) { return rank }
        }
        return nil
    }
}

/// What reading one object's members found: each known member read once (the first of
/// repeated keys, as `JSONDecoder` does), and the first problem in declaration order. The
/// type's reader then takes its properties with `need` and `optional` in declaration order, so
/// a missing key and a mistyped one are reported in the order Foundation would report them.
struct JSONObject {
    let keys: JSONKeys
    /// Where the object starts (for a missing key).
    let offset: Int
    /// The first member problem in declaration order; its path already names the member.
    let problem: (rank: Int, error: JSONReadError)?

    /// A required property: the member's problem, or `missing`, or the value.
    func need<T>(_ value: T?, _ rank: Int) throws(JSONReadError) -> T {
        if let problem, problem.rank <= rank { throw problem.error }
        guard let value else {
            throw JSONReadError(kind: .missing, offset: offset, path: [.key(keys.names[rank])])
        }
        return value
    }

    /// An optional property (absent or null is nil): the member's problem, or the value.
    func optional<T>(_ value: T?, _ rank: Int) throws(JSONReadError) -> T? {
        if let problem, problem.rank <= rank { throw problem.error }
        return value
    }
}

extension JSONCursor {
    /// Reads an object whose known members `read` decodes by rank, eagerly and in file order;
    /// unknown and repeated keys are skipped. A member that fails is skipped too and its
    /// problem kept, so the whole file is still walked and the first problem in declaration
    /// order wins.
    mutating func object(
        _ keys: JSONKeys, _ read: (inout JSONCursor, Int) throws(JSONReadError) -> Void
    ) throws(JSONReadError) -> JSONObject {
        var seen: UInt64 = 0
        var problem: (rank: Int, error: JSONReadError)?
        let offset = try members { c, raw, valueStart in
            guard let rank = keys.rank(of: raw), seen & (1 << UInt64(rank)) == 0 else { return }
            seen |= 1 << UInt64(rank)
            do throws(JSONReadError) { try read(&c, rank) } catch {
                c.i = valueStart
                guard problem.map({ rank < $0.rank }) ?? true else { return }
                var e = error
                e.path.insert(.key(keys.names[rank]), at: 0)
                problem = (rank, e)
            }
        }
        return JSONObject(keys: keys, offset: offset, problem: problem)
    }

    /// Reads an optional value: nil for null, else `read`.
    mutating func nullable<T>(_ read: (inout JSONCursor) throws(JSONReadError) -> T) throws(JSONReadError) -> T? {
        if takeNull() { return nil }
        return try read(&self)
    }

    /// `read`, or nil with the cursor back where it was (for the lenient format entries).
    mutating func attempt<T>(_ read: (inout JSONCursor) throws(JSONReadError) -> T) -> T? {
        let start = i
        do { return try read(&self) } catch {
            i = start
            return nil
        }
    }
}
