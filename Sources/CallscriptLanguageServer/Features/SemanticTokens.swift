import CallscriptDiagnostics
import CallscriptSyntax

/// Semantic tokens from the lexer: keywords, strings, numbers, comments, operators, and names
/// told apart by what precedes them (a step after `step`, `->` and `start`, an event after
/// `on`), and `{placeholders}` inside strings as variables.
enum SemanticTokens {
    /// The legend sent in `initialize`; indices into it are the token types.
    static let tokenTypes = ["keyword", "string", "number", "comment", "operator", "function", "variable", "event"]

    static func full(_ file: SourceFile) -> JSONValue {
        let lexed = Lexer.tokenize(file)
        var spans: [(Span, Int)] = lexed.comments.map { ($0.span, 3) }
        var previous: Token?
        for token in lexed.tokens {
            defer { previous = token }
            let type: Int?
            switch token.kind {
            case .keyword: type = 0
            case .string:
                // A placeholder is a variable inside its string: the string is cut around it.
                var from = token.span.start
                for case .placeholder(let name) in lexed.parts(of: token) where name.span.start >= from {
                    spans.append((Span(from, name.span.start), 1))
                    spans.append((name.span, 6))
                    from = name.span.end
                }
                spans.append((Span(from, token.span.end), 1))
                type = nil
            case .number: type = 2
            case .arrow, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: type = 4
            case .identifier:
                switch previous?.kind {
                case .keyword(.step)?, .keyword(.start)?, .arrow?: type = 5
                case .keyword(.on)?: type = 7
                default: type = 6
                }
            default: type = nil
            }
            if let type { spans.append((token.span, type)) }
        }
        var data: [JSONValue] = []
        var lastLine = 0
        var lastCharacter = 0
        for (span, type) in spans.sorted(by: { $0.0.start < $1.0.start }) where span.end > span.start {
            guard case .object(let start) = LSPPositions.position(file, offset: span.start),
                case .object(let end) = LSPPositions.position(file, offset: span.end),
                let line = start["line"]?.int, let character = start["character"]?.int,
                end["line"]?.int == line, let endCharacter = end["character"]?.int
            else { continue }
            let deltaLine = line - lastLine
            let deltaCharacter = deltaLine == 0 ? character - lastCharacter : character
            data += [deltaLine, deltaCharacter, endCharacter - character, type, 0].map { .number(Double($0)) }
            lastLine = line
            lastCharacter = character
        }
        return .object(["data": .array(data)])
    }
}
