/// Characters that cannot start a token: skipped as one run and reported once, with a hint
/// for the likely intent (`-` without `>`, `!` without `=`, `//` comments).
extension Lexer {
    /// Skips a run of characters that cannot start a token and reports them once.
    mutating func skipStrayCharacters() {
        let start = position
        repeat {
            position += 1
        } while position < bytes.count && isStray(at: position)
        let text = bytes[start..<position]
        let shown: String
        if text.contains(0) {
            shown = "NUL character"
        } else if text.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            shown = (text.count == 1 ? "character '" : "characters '") + String(decoding: text, as: UTF8.self) + "'"
        } else {
            shown = "control character U+" + String(text.first.map { Int($0) } ?? 0, radix: 16, uppercase: true)
        }
        report(.unexpectedCharacter, "unexpected \(shown)", start, position, help: strayHelp(text.first ?? 0))
    }

    private func strayHelp(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "-"): "a jump is written '->'"
        case UInt8(ascii: "!"): "'not' negates a condition; '!=' means 'is not equal to'"
        case UInt8(ascii: "/"): "comments start with '#'"
        default: "remove it, or put it inside a string or a '#' comment"
        }
    }

    /// True for an ASCII byte that cannot start any token and is not whitespace.
    private func isStray(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x80 || isIdentifierByte(byte) { return false }
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "#"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("),
            UInt8(ascii: ")"),
            UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"):
            return false
        case UInt8(ascii: "-"):
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            return !(next == UInt8(ascii: ">") || isDigit(next))
        case UInt8(ascii: "!"):
            return !(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "="))
        default:
            return true
        }
    }
}
