/// The first pass over machine JSON: checks that the bytes are one JSON value, without building
/// anything, so the reader that follows may assume well-formed input and a syntax error always
/// wins over a shape error (as with Foundation's `JSONDecoder`, which parses before decoding).
///
/// It accepts exactly what `JSONDecoder` accepts, quirks included, so that switching readers
/// refused no machine that loaded before: white space is space, tab, line feed and carriage
/// return; a trailing comma before `]` or `}` is allowed; numbers follow the JSON grammar (no
/// leading zeros, no `+`, checked when a number is read). Escapes and raw control characters
/// are only skipped here (`\u` and four bytes, or `\` and one byte) and refused when a string
/// is read, as `JSONDecoder` does: an odd escape in an entry nobody reads does not refuse the file.
enum JSONSyntax {
    /// Deepest nesting of arrays and objects (`JSONDecoder`'s limit).
    static let maximumDepth = 512

    /// Where and why the bytes are not JSON.
    struct Failure: Error, Equatable {
        var offset: Int
        var reason: String
    }

    /// Nil when `bytes` hold exactly one JSON value, surrounded by white space at most.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        var scanner = Scanner(bytes: bytes)
        do {
            scanner.skipSpace()
            guard scanner.i < bytes.count else { throw Failure(offset: scanner.i, reason: "the file is empty") }
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.i < bytes.count {
                throw Failure(offset: scanner.i, reason: "unexpected text after the end of the JSON value")
            }
            return nil
        } catch let failure as Failure {
            return failure
        } catch {
            return Failure(offset: 0, reason: "the file is not JSON")
        }
    }

    /// Digits, signs, the decimal point and the exponent mark.
    @inline(__always) static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    /// True when `text` follows JSON's number grammar (no leading zeros, no `+`, digits after
    /// the point and in the exponent).
    static func isNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < text.count, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if i < text.count, text[i] == UInt8(ascii: "-") { i += 1 }
        let first = i
        guard digits() > 0, text[first] != UInt8(ascii: "0") || i - first == 1 else { return false }
        if i < text.count, text[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < text.count, text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") {
            i += 1
            if i < text.count, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == text.count
    }

    /// How many bytes the escape starting with the backslash at `i` takes: six for `\u` and
    /// its four digits, else two. Every pass over a string skips escapes this way, so all of
    /// them end a string at the quote this pass found (a `\"` among the four bytes after a
    /// `\u` must not end it early or late, or a reader would run past the end of the file).
    @inline(__always) static func escapeLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "u") ? 6 : 2
    }

    /// True for the four white-space bytes JSON allows.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        @inline(__always) mutating func skipSpace() { i = JSONScan.skipSpace(bytes, from: i) }

        func fail(_ reason: String) -> Failure { Failure(offset: i, reason: reason) }

        /// One value at `i`; `depth` counts the arrays and objects around it.
        mutating func value(depth: Int) throws {
            guard i < bytes.count else { throw fail("unexpected end of file") }
            switch bytes[i] {
            case UInt8(ascii: "{"): try container(depth: depth, close: UInt8(ascii: "}"), keyed: true)
            case UInt8(ascii: "["): try container(depth: depth, close: UInt8(ascii: "]"), keyed: false)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            case UInt8(ascii: "n"): try word("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw fail("unexpected character '\(Self.shown(bytes[i]))' where a value should be")
            }
        }

        /// An object (`keyed`) or an array; a trailing comma before the close is allowed.
        private mutating func container(depth: Int, close: UInt8, keyed: Bool) throws {
            guard depth < JSONSyntax.maximumDepth else {
                throw fail("more than \(JSONSyntax.maximumDepth) arrays and objects nested in each other")
            }
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == close {
                i += 1
                return
            }
            while true {
                if keyed {
                    guard i < bytes.count else { throw fail("unexpected end of file in an object") }
                    guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                    try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                        throw fail("expected ':' after the key")
                    }
                    i += 1
                    skipSpace()
                }
                try value(depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of file") }
                if bytes[i] == close {
                    i += 1
                    return
                }
                guard bytes[i] == UInt8(ascii: ",") else {
                    throw fail("expected ',' or '\(Self.shown(close))'")
                }
                i += 1
                skipSpace()
                if i < bytes.count, bytes[i] == close {
                    i += 1
                    return
                }
            }
        }

        private mutating func string() throws {
            let start = i
            i += 1
            var high: UInt64 = 0
            while i < bytes.count {
                // Eight bytes at a time up to a quote, a backslash or a control byte.
                i = JSONScan.plainRun(bytes, from: i, high: &high)
                guard i < bytes.count else { break }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return
                }
                if b == UInt8(ascii: "\\") {
                    i += JSONSyntax.escapeLength(bytes, at: i)
                    continue
                }
                i += 1
            }
            i = start
            throw fail("a string that is never closed")
        }

        private mutating func word(_ w: StaticString) throws {
            let n = w.utf8CodeUnitCount
            guard i + n <= bytes.count else { throw fail("unexpected end of file") }
            for k in 0..<n where bytes[i + k] != w.utf8Start[k] { throw fail("expected '\(w)'") }
            i += n
        }

        /// A number's characters; their grammar is checked when the number is read
        /// (`JSONCursor.int`), as `JSONDecoder` does, so `07` where text is expected is a
        /// wrong type, not broken JSON.
        private mutating func number() throws {
            i += 1
            while i < bytes.count, JSONSyntax.isNumberByte(bytes[i]) { i += 1 }
        }

        /// A byte as shown in a message: the character when printable ASCII, else its hex code.
        static func shown(_ b: UInt8) -> String {
            b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "0x" + String(b, radix: 16, uppercase: true)
        }
    }
}
