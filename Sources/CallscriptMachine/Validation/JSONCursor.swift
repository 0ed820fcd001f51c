/// Why a value in well-formed machine JSON cannot be read, with the entry's path and the byte
/// offset of the value (or of the object that lacks a key). The kinds are those of
/// `DecodingError`, so messages read as they did with Foundation's decoder.
struct JSONReadError: Error {
    enum Kind {
        case missing
        case null(expected: String)
        case wrongType(expected: String)
        case invalid(String)
        /// What `JSONDecoder` calls damaged data: a broken escape, bad UTF-8, a number that is
        /// not a whole number where one is needed.
        case notJSON(String)
        /// A key whose escape is broken: `JSONDecoder` refuses the object holding it as soon
        /// as that object is read.
        case brokenKey(String)
    }

    enum PathPart {
        case key(String)
        case index(Int)
    }

    var kind: Kind
    var offset: Int
    /// Outermost first; filled in on the way out.
    var path: [PathPart] = []

    /// `states[2].role`, or `(top level)`.
    var pathText: String {
        var out = ""
        for part in path {
            switch part {
            case .index(let i): out += "[\(i)]"
            case .key(let k):
                if !out.isEmpty { out += "." }
                out += k
            }
        }
        return out.isEmpty ? "(top level)" : out
    }
}

/// A reading position in machine JSON that `JSONSyntax` has accepted, so every method may
/// assume the grammar holds and only checks types. Reads values straight into Swift values:
/// no tree, no dictionaries, strings made once from the bytes between their quotes.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always) mutating func skipSpace() { i = JSONScan.skipSpace(bytes, from: i) }

    /// The first byte of the next value, after white space.
    @inline(__always) mutating func peek() -> UInt8 {
        skipSpace()
        return i < bytes.count ? bytes[i] : 0
    }

    /// True (and consumed) when the next value is `null`.
    mutating func takeNull() -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        i += 4
        return true
    }

    /// The error for a value of the wrong kind at the cursor: null or another type.
    func mismatch(_ expected: String) -> JSONReadError {
        let kind: JSONReadError.Kind =
            i < bytes.count && bytes[i] == UInt8(ascii: "n")
            ? .null(expected: expected) : .wrongType(expected: expected)
        return JSONReadError(kind: kind, offset: i)
    }

    // MARK: Scalars

    mutating func string() throws(JSONReadError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw mismatch("text") }
        let start = i
        i += 1
        let from = i
        var escaped = false
        var high: UInt64 = 0
        var control = false
        scan(&escaped, &control, &high)
        let content = UnsafeBufferPointer(rebasing: bytes[from..<i])
        i += 1
        if control {
            throw JSONReadError(
                kind: .notJSON("a control character inside a string (write it as an escape)"), offset: start)
        }
        if escaped { return try JSONStringEscapes.decode(content, at: start) }
        // ASCII needs no validation; other text is checked (rare: a few Dutch accents).
        if high & JSONScan.highBits == 0 { return String(decoding: content, as: UTF8.self) }
        guard let s = String(validating: content, as: UTF8.self) else {
            throw JSONReadError(kind: .notJSON("a string that is not valid UTF-8"), offset: start)
        }
        return s
    }

    /// Moves from a string's first content byte to its closing quote (the syntax pass found
    /// it), noting whether it holds an escape, a raw control byte or a byte that is not ASCII
    /// (`high & JSONScan.highBits`; bytes inside escapes are skipped, not noted).
    @inline(__always) private mutating func scan(_ escaped: inout Bool, _ control: inout Bool, _ high: inout UInt64) {
        while true {
            i = JSONScan.plainRun(bytes, from: i, high: &high)
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { return }
            if b == UInt8(ascii: "\\") {
                escaped = true
                i += JSONSyntax.escapeLength(bytes, at: i)
                continue
            }
            high |= UInt64(b)
            control = control || b < 0x20
            i += 1
        }
    }

    /// A whole number. Like `JSONDecoder`, `1.0` and `1e2` are whole numbers too.
    mutating func int() throws(JSONReadError) -> Int {
        let c = peek()
        // Offsets, lines and columns are six numbers a state, and the checks below read each
        // number three times: a number as a compiler writes it is read in one pass.
        if let value = plainInt() { return value }
        guard c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) else {
            throw mismatch("a whole number")
        }
        let start = i
        var end = i
        while end < bytes.count, JSONSyntax.isNumberByte(bytes[end]) { end += 1 }
        guard JSONSyntax.isNumber(UnsafeBufferPointer(rebasing: bytes[start..<end])) else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            throw JSONReadError(kind: .notJSON("'\(text)' is not a number"), offset: start)
        }
        let negative = c == UInt8(ascii: "-")
        if negative { i += 1 }
        var value = 0
        var overflow = false
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            let digit = Int(bytes[i] &- UInt8(ascii: "0"))
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = next
            i += 1
        }
        if i < bytes.count,
            bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")
        {
            return try nonIntegral(from: start)
        }
        guard !overflow else { throw notWhole(start) }
        return value
    }

    /// `12.000` is 12; `1e2`, `0.1e1` and the like go through `Double` as in `JSONDecoder`.
    private mutating func nonIntegral(from start: Int) throws(JSONReadError) -> Int {
        while i < bytes.count, !Self.ends(bytes[i]) { i += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        let parts = text.split(separator: ".", maxSplits: 1)
        if parts.count == 2, !text.contains(where: { $0 == "e" || $0 == "E" }), parts[1].allSatisfy({ $0 == "0" }),
            let whole = Int(parts[0])
        {
            return whole
        }
        guard let d = Double(text), let whole = Int(exactly: d) else { throw notWhole(start) }
        return whole
    }

    private func notWhole(_ start: Int) -> JSONReadError {
        var end = start
        while end < bytes.count, !Self.ends(bytes[end]) { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return JSONReadError(kind: .notJSON("the number \(text) is not a whole number that fits"), offset: start)
    }

    @inline(__always) private static func ends(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || JSONSyntax.isSpace(b)
    }

    mutating func bool() throws(JSONReadError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            i += 4
            return true
        case UInt8(ascii: "f"):
            i += 5
            return false
        default: throw mismatch("true or false")
        }
    }

    /// A string naming a case of `T`; an unknown name reads as `JSONDecoder` reports it.
    mutating func enumeration<T: RawRepresentable>(_ type: T.Type) throws(JSONReadError) -> T
    where T.RawValue == String {
        let start = peekOffset()
        let raw = try string()
        guard let value = T(rawValue: raw) else {
            throw JSONReadError(
                kind: .invalid("Cannot initialize \(String(describing: T.self)) from invalid String value \(raw)"),
                offset: start)
        }
        return value
    }

    mutating func peekOffset() -> Int {
        skipSpace()
        return i
    }

    // MARK: Containers

    /// Skips one value of any kind (already known to be well formed).
    mutating func skipValue() {
        var depth = 0
        repeat {
            skipSpace()
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                i += 1
            case UInt8(ascii: "\""):
                i = JSONScan.closingQuote(bytes, from: i + 1) + 1
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                i += 1
            default:
                while i < bytes.count, !Self.ends(bytes[i]) { i += 1 }
            }
        } while depth > 0
    }

    /// A list, each element read by `element`; the first element that fails names its index.
    mutating func array<T>(_ element: (inout JSONCursor) throws(JSONReadError) -> T) throws(JSONReadError) -> [T] {
        guard peek() == UInt8(ascii: "[") else { throw mismatch("a list") }
        i += 1
        var out: [T] = []
        var n = 0
        while peek() != UInt8(ascii: "]") {
            do { out.append(try element(&self)) } catch {
                var e = error
                e.path.insert(.index(n), at: 0)
                throw e
            }
            n += 1
            if peek() == UInt8(ascii: ",") { i += 1 }
        }
        i += 1
        return out
    }

    /// Walks an object's members, calling `member` with each key's bytes (escapes decoded)
    /// and the cursor at its value. `member` reads the value or leaves it for the walk to skip.
    /// Returns the object's offset.
    mutating func members(
        _ expected: String = "an object",
        _ member: (inout JSONCursor, UnsafeBufferPointer<UInt8>, Int) -> Void
    ) throws(JSONReadError) -> Int {
        guard peek() == UInt8(ascii: "{") else { throw mismatch(expected) }
        let start = i
        i += 1
        while peek() != UInt8(ascii: "}") {
            i += 1 // the key's opening quote
            let from = i
            var escaped = false
            var control = false
            var high: UInt64 = 0
            scan(&escaped, &control, &high)
            if control { throw JSONReadError(kind: .brokenKey("a control character in a key"), offset: from - 1) }
            let raw = UnsafeBufferPointer(rebasing: bytes[from..<i])
            i += 1
            _ = peek()
            i += 1 // the colon
            let valueStart = peekOffset()
            if escaped {
                let key: String
                do throws(JSONReadError) { key = try JSONStringEscapes.decode(raw, at: from - 1) } catch {
                    throw JSONReadError(kind: .brokenKey("a key with a broken escape"), offset: from - 1)
                }
                Array(key.utf8).withUnsafeBufferPointer { member(&self, $0, valueStart) }
            } else {
                member(&self, raw, valueStart)
            }
            // A member that was not read (unknown, repeated or refused) is skipped here.
            if i == valueStart { skipValue() }
            if peek() == UInt8(ascii: ",") { i += 1 }
        }
        i += 1
        return start
    }
}
