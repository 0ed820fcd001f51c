import CallscriptDiagnostics

/// The members a compiler writes most, in the layout it writes them (keys in canonical order,
/// every value plain), read without the general object reader: a source range is two nested
/// objects of three numbers and a file name, on every state and handler, a condition a tree of
/// small objects, and the general reader's per-member bookkeeping made them most of decoding.
/// Each reader here returns nil at the first byte that differs from that layout, and the caller
/// reads the value again in full from where it began, so anything else reads, or is refused,
/// exactly as before.
extension MachineReader {
    /// `{"end": LOCATION, "file": "...", "start": LOCATION}`.
    static func canonicalRange(_ c: inout JSONCursor) -> SourceRange? {
        guard c.take(UInt8(ascii: "{")), c.takeKey("end"), let end = canonicalLocation(&c),
            c.take(UInt8(ascii: ",")), c.takeKey("file"), let file = c.plainString(),
            c.take(UInt8(ascii: ",")), c.takeKey("start"), let start = canonicalLocation(&c),
            c.take(UInt8(ascii: "}"))
        else { return nil }
        return SourceRange(file: file, start: start, end: end)
    }

    /// `{"column": N, "line": N, "offset": N}`.
    static func canonicalLocation(_ c: inout JSONCursor) -> SourceLocation? {
        guard c.take(UInt8(ascii: "{")), c.takeKey("column"), let column = c.plainInt(),
            c.take(UInt8(ascii: ",")), c.takeKey("line"), let line = c.plainInt(),
            c.take(UInt8(ascii: ",")), c.takeKey("offset"), let offset = c.plainInt(),
            c.take(UInt8(ascii: "}"))
        else { return nil }
        return SourceLocation(offset: offset, line: line, column: column)
    }

    /// `{"kind": "next", "target": "..."}`: the one transition of most states.
    static func canonicalNext(_ c: inout JSONCursor) -> Transition? {
        guard c.take(UInt8(ascii: "{")), c.takeKey("kind"), c.spelled(transitionKinds) == .next,
            c.take(UInt8(ascii: ",")), c.takeKey("target"), let target = c.plainString(),
            c.take(UInt8(ascii: "}"))
        else { return nil }
        return .next(target)
    }

    /// A condition as a compiler writes it: `{"field", "op", "value"}` for a comparison,
    /// `{"field", "op": "is-set"}`, `{"left", "op", "right"}` and `{"op": "not", "operand"}`.
    /// Tried once for a transition's whole condition, never again inside the general reader
    /// (which would read a deep condition once per level).
    static func canonicalCondition(_ c: inout JSONCursor) -> Condition? {
        guard c.take(UInt8(ascii: "{")) else { return nil }
        if c.takeKey("field") {
            guard let field = c.plainString(), c.take(UInt8(ascii: ",")), c.takeKey("op") else { return nil }
            if c.spelled(logicalOperators) == .isSet {
                return c.take(UInt8(ascii: "}")) ? .isSet(field: field) : nil
            }
            guard let op = c.spelled(comparisonOperators), c.take(UInt8(ascii: ",")), c.takeKey("value"),
                let value = canonicalLiteral(&c), c.take(UInt8(ascii: "}"))
            else { return nil }
            return .compare(field: field, op: op, value: value)
        }
        if c.takeKey("left") {
            guard let left = canonicalCondition(&c), c.take(UInt8(ascii: ",")), c.takeKey("op"),
                let op = c.spelled(logicalOperators), op == .and || op == .or, c.take(UInt8(ascii: ",")),
                c.takeKey("right"), let right = canonicalCondition(&c), c.take(UInt8(ascii: "}"))
            else { return nil }
            return op == .and ? .and(left, right) : .or(left, right)
        }
        guard c.takeKey("op"), c.spelled(logicalOperators) == .not, c.take(UInt8(ascii: ",")),
            c.takeKey("operand"), let operand = canonicalCondition(&c), c.take(UInt8(ascii: "}"))
        else { return nil }
        return .not(operand)
    }

    /// `{"type": "...", "value": "..."}`.
    static func canonicalLiteral(_ c: inout JSONCursor) -> Literal? {
        guard c.take(UInt8(ascii: "{")), c.takeKey("type"), let type = c.spelled(literalTypes),
            c.take(UInt8(ascii: ",")), c.takeKey("value"), let value = c.plainString(), c.take(UInt8(ascii: "}"))
        else { return nil }
        return Literal(type: type, value: value)
    }
}

extension JSONCursor {
    /// True, and past it, when the next byte after white space is `byte`.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        i += 1
        return true
    }

    /// True, and past the colon, when `"key":` comes next, with white space where JSON allows it.
    mutating func takeKey(_ key: StaticString) -> Bool {
        guard peek() == UInt8(ascii: "\"") else { return false }
        let n = key.utf8CodeUnitCount
        guard i + n + 1 < bytes.count, bytes[i + n + 1] == UInt8(ascii: "\"") else { return false }
        for k in 0..<n where bytes[i + 1 + k] != key.utf8Start[k] { return false }
        i += n + 2
        return take(UInt8(ascii: ":"))
    }

    /// A whole number as a compiler writes it: up to 18 digits (no overflow), no sign, no
    /// leading zero, ended by a byte that cannot continue a number; nil, with the cursor on
    /// the value, for any other spelling.
    mutating func plainInt() -> Int? {
        let c = peek()
        guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
        var end = i + 1
        var value = Int(c &- UInt8(ascii: "0"))
        if c != UInt8(ascii: "0") {
            while end < bytes.count, end - i < 18, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") {
                value = value &* 10 &+ Int(bytes[end] &- UInt8(ascii: "0"))
                end += 1
            }
        }
        guard end == bytes.count || !JSONSyntax.isNumberByte(bytes[end]) else { return nil }
        i = end
        return value
    }

    /// A string of plain ASCII (no escape, no control byte); nil, with the cursor on the
    /// value, for anything else.
    mutating func plainString() -> String? {
        guard let content = plainStringContent() else { return nil }
        i = content.upperBound + 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)
    }

    /// Where the bytes between the quotes of the plain ASCII string at the cursor (after white
    /// space) are, without moving past it; nil for any other value.
    mutating func plainStringContent() -> Range<Int>? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        var end = i + 1
        while end < bytes.count, bytes[end] >= 0x20, bytes[end] < 0x80, bytes[end] != UInt8(ascii: "\""),
            bytes[end] != UInt8(ascii: "\\")
        {
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        return (i + 1)..<end
    }
}
