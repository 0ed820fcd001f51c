/// The cases of a string-valued enumeration by the UTF-8 bytes of their raw values, so that a
/// machine file's `"role"`, `"kind"` and `"type"` values are matched on the file's bytes.
/// Making each such value a `String` and then `init(rawValue:)`, which compares it with the
/// spellings one by one, cost 600 to 900 instructions a value: a tenth of decoding a machine,
/// which has several of them in every state.
struct JSONSpellings<T: RawRepresentable & CaseIterable & Sendable>: Sendable where T.RawValue == String {
    private let spellings: [[UInt8]]
    private let cases: [T]

    init() {
        cases = Array(T.allCases)
        spellings = cases.map { Array($0.rawValue.utf8) }
    }

    /// The case spelled exactly `raw`, if any.
    func value(of raw: UnsafeBufferPointer<UInt8>) -> T? {
        for index in spellings.indices where spellings[index].count == raw.count {
            if spellings[index].withUnsafeBufferPointer({ JSONScan.same($0, raw) }) { return cases[index] }
        }
        return nil
    }
}

extension JSONCursor {
    /// The case of `spellings` that the string at the cursor spells, when that string is plain
    /// ASCII (no escape, no control byte: every value a compiler writes), with the cursor
    /// moved past it; otherwise nil, with the cursor on the value.
    mutating func spelled<T>(_ spellings: JSONSpellings<T>) -> T? {
        guard let content = plainStringContent(),
            let value = spellings.value(of: UnsafeBufferPointer(rebasing: bytes[content]))
        else { return nil }
        i = content.upperBound + 1
        return value
    }

    /// A string naming a case of `T`, as `enumeration(_:)` reads it, matched on its bytes when
    /// `spelled` can; anything else, an unknown name included, is read by `enumeration(_:)`,
    /// so its value or error is the same as there.
    mutating func enumeration<T>(_ spellings: JSONSpellings<T>) throws(JSONReadError) -> T {
        if let value = spelled(spellings) { return value }
        return try enumeration(T.self)
    }
}
