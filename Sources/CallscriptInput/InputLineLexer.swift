import CallscriptDiagnostics

/// One word, `=` or quoted string of an agent-input or test-file line.
public struct InputToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case string
        case equals
    }

    public var kind: Kind
    /// The word, or the string's content with escapes resolved.
    public var text: String
    /// Byte offsets in the file.
    public var start: Int
    public var end: Int
}

/// Splits one line of a `.calltest` or `.answers` file into tokens: both are one language.
/// Words run until a space, `=` or `"`; strings take `\"`, `\\` and `\n` escapes; `#` outside
/// a string starts a comment.
public enum InputLineLexer {
    /// An unterminated string: where it opens and where the line's text ends.
    public struct Failure: Error {
        public var offset: Int
        public var endOffset: Int
    }

    /// The tokens of the line `bytes[start..<end]`, and the offset where meaningful text ends.
    public static func tokens(_ bytes: [UInt8], from start: Int, to end: Int) -> Result<
        (tokens: [InputToken], textEnd: Int), Failure
    > {
        var out: [InputToken] = []
        var i = start
        var textEnd = start
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let cr = UInt8(ascii: "\r")
        let quote = UInt8(ascii: "\"")
        let hash = UInt8(ascii: "#")
        let equals = UInt8(ascii: "=")
        while i < end {
            let b = bytes[i]
            if b == space || b == tab || b == cr {
                i += 1
                continue
            }
            if b == hash { break }
            if b == equals {
                out.append(InputToken(kind: .equals, text: "=", start: i, end: i + 1))
                i += 1
                textEnd = i
                continue
            }
            if b == quote {
                let open = i
                i += 1
                var content: [UInt8] = []
                var closed = false
                while i < end {
                    let c = bytes[i]
                    if c == quote {
                        closed = true
                        i += 1
                        break
                    }
                    if c == UInt8(ascii: "\\"), i + 1 < end {
                        let n = bytes[i + 1]
                        content.append(n == UInt8(ascii: "n") ? UInt8(ascii: "\n") : n)
                        i += 2
                        continue
                    }
                    content.append(c)
                    i += 1
                }
                guard closed else {
                    var stop = end
                    while stop > open, bytes[stop - 1] == cr { stop -= 1 }
                    return .failure(Failure(offset: open, endOffset: stop))
                }
                out.append(
                    InputToken(kind: .string, text: String(decoding: content, as: UTF8.self), start: open, end: i))
                textEnd = i
                continue
            }
            let wordStart = i
            while i < end {
                let c = bytes[i]
                if c == space || c == tab || c == cr || c == quote || c == equals { break }
                i += 1
            }
            out.append(
                InputToken(
                    kind: .word, text: String(decoding: bytes[wordStart..<i], as: UTF8.self), start: wordStart, end: i))
            textEnd = i
        }
        return .success((out, textEnd))
    }
}
