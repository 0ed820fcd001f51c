/// Decodes the escapes of a JSON string's content (`\n`, `\"`, `\u00e9`, surrogate pairs), for
/// the rare strings that have one. Broken escapes are refused here rather than by the syntax
/// pass, as `JSONDecoder` refuses them only in strings it reads.
enum JSONStringEscapes {
    /// `content` is the text between the quotes; `offset` where the string starts, for errors.
    static func decode(_ content: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONReadError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var i = 0
        func broken(_ why: String) -> JSONReadError { JSONReadError(kind: .notJSON(why), offset: offset) }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= content.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let b = content[k]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            return v
        }
        while i < content.count {
            let b = content[i]
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < content.count else { throw broken("a string that ends in a backslash") }
            let e = content[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex4(i) else { throw broken("a \\u escape without four hex digits") }
                i += 4
                if code >= 0xD800 && code < 0xDC00 {
                    guard i + 6 <= content.count, content[i] == UInt8(ascii: "\\"), content[i + 1] == UInt8(ascii: "u"),
                        let low = hex4(i + 2), low >= 0xDC00 && low < 0xE000
                    else { throw broken("a \\u escape for half of a character (an unpaired surrogate)") }
                    i += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if code >= 0xDC00 && code < 0xE000 {
                    throw broken("a \\u escape for half of a character (an unpaired surrogate)")
                }
                guard let scalar = Unicode.Scalar(code) else { throw broken("a \\u escape that is no character") }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default:
                throw broken("an unknown escape '\\\(String(UnicodeScalar(e)))' in a string")
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw broken("a string that is not valid UTF-8") }
        return s
    }
}
