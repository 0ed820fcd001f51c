import CallscriptDiagnostics

/// A line's tokens with a read position; each accessor reports what it expected. The
/// keyword is token 0, so reading starts at the token after it.
public struct InputLineReader: Sendable {
    public let tokens: [InputToken]
    public var position = 1
    public let source: SourceFile
    /// Where the line's meaningful text ends (before a comment or trailing spaces).
    public let textEnd: Int

    public init(tokens: [InputToken], source: SourceFile, textEnd: Int) {
        self.tokens = tokens
        self.source = source
        self.textEnd = textEnd
    }

    public var atEnd: Bool { position >= tokens.count }
    public var peek: InputToken? { position < tokens.count ? tokens[position] : nil }

    public mutating func next() -> InputToken? {
        defer { position += 1 }
        return peek
    }

    public func range(_ t: InputToken) -> SourceRange { source.range(t.start, t.end) }

    /// Where a missing token would go: just after the last one.
    public var endRange: SourceRange {
        let at = tokens.last?.end ?? textEnd
        return source.range(at, at)
    }

    /// The rest of the line as written (from the next token to the end of the text); a lone
    /// quoted string gives its content.
    public mutating func rest() -> (text: String, range: SourceRange)? {
        guard let first = peek else { return nil }
        let isLast = position == tokens.count - 1
        position = tokens.count
        if first.kind == .string, isLast { return (first.text, range(first)) }
        let text = String(decoding: source.bytes[first.start..<textEnd], as: UTF8.self)
        return (text, source.range(first.start, textEnd))
    }
}

/// One non-empty line of a file, split into tokens.
public struct LexedLine: Sendable {
    public var reader: InputLineReader
    /// The first token: the line's keyword when it is a word.
    public var first: InputToken
    /// From the first token to the end of the meaningful text.
    public var range: SourceRange
    /// The line as written, without its comment.
    public var text: String
}

/// A line read, or the mistake that stopped its reading.
public enum LexedResult: Sendable {
    case line(LexedLine)
    case mistake(Diagnostic)
}

extension InputLineLexer {
    /// Every line of `source` that has a token, in order; an unterminated string is a
    /// diagnostic for its line and the other lines are still read.
    public static func lines(of source: SourceFile) -> [LexedResult] {
        var out: [LexedResult] = []
        let bytes = source.bytes
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            switch tokens(bytes, from: start, to: end) {
            case .failure(let f):
                out.append(
                    .mistake(
                        Diagnostic(
                            .testUnterminatedString, "unterminated string", at: source.range(f.offset, f.endOffset),
                            help: "end the text with a double quote (write \\\" for a quote inside it)")))
            case .success(let lexed):
                if let first = lexed.tokens.first {
                    out.append(
                        .line(
                            LexedLine(
                                reader: InputLineReader(tokens: lexed.tokens, source: source, textEnd: lexed.textEnd),
                                first: first, range: source.range(first.start, lexed.textEnd),
                                text: String(decoding: bytes[first.start..<lexed.textEnd], as: UTF8.self))))
                }
            }
            start = end + 1
        }
        return out
    }
}
