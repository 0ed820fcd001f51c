import CallscriptDiagnostics

/// What a token is. Identifier and number text is not stored: slice the source with the span.
public enum TokenKind: Hashable, Sendable {
    case keyword(Keyword)
    /// ASCII letters, digits and `_`, not starting with a digit (non-ASCII words are lexed as
    /// identifiers too, after an error, so one typo gives one diagnostic).
    case identifier
    /// `3`, `2.5`, `-1`.
    case number
    /// A double-quoted string; its decoded parts are kept by the lexer (`Token.stringIndex`).
    case string
    case leftBrace, rightBrace, leftParen, rightParen, colon, comma
    /// `->`.
    case arrow
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    /// A single `=`: never valid; the parser suggests `==` or `->`.
    case assign
    /// `=>`: never valid; the parser suggests `->`.
    case fatArrow
    case endOfFile

    /// How the token is shown in "expected ..., found ..." messages.
    public var display: String {
        switch self {
        case .keyword(let k): "'\(k.rawValue)'"
        case .identifier: "a name"
        case .number: "a number"
        case .string: "a string"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .colon: "':'"
        case .comma: "','"
        case .arrow: "'->'"
        case .equal: "'=='"
        case .notEqual: "'!='"
        case .less: "'<'"
        case .lessOrEqual: "'<='"
        case .greater: "'>'"
        case .greaterOrEqual: "'>='"
        case .assign: "'='"
        case .fatArrow: "'=>'"
        case .endOfFile: "end of file"
        }
    }

    /// The comparison operator this token spells, if any.
    public var comparisonOperator: ComparisonOperator? {
        switch self {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        default: nil
        }
    }
}

/// One token: its kind, byte span and where it stands. A token holds no heap storage, so the
/// parser copies tokens for free; a string's decoded parts stay with the lexer
/// (`Lexer.takeText(of:)`) until the parser builds the literal.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var span: Span
    /// True when a line break separates this token from the previous one (used to place
    /// "expected ..." errors on the line where something is missing and to resynchronise).
    public var startsLine: Bool
    /// For `.string`: which of the lexer's decoded strings holds this one's parts; -1 otherwise.
    public var stringIndex: Int32

    public init(kind: TokenKind, span: Span, startsLine: Bool, stringIndex: Int32 = -1) {
        self.kind = kind
        self.span = span
        self.startsLine = startsLine
        self.stringIndex = stringIndex
    }

    /// The keyword, if this token is one.
    public var keyword: Keyword? {
        if case .keyword(let k) = kind { k } else { nil }
    }
}

/// A whole file's tokens, for tools that want them all at once (highlighters, completion,
/// tests): the tokens, the decoded parts of its strings, its comments and the lexical errors.
public struct LexedFile: Sendable {
    public var tokens: [Token]
    /// The decoded content of each string token, indexed by `Token.stringIndex`.
    public var strings: [TemplateText]
    public var comments: [Comment]
    public var diagnostics: [Diagnostic]

    /// The text and placeholders of a string token with escapes resolved; empty for any other.
    public func parts(of token: Token) -> [TemplatePart] {
        token.stringIndex >= 0 && Int(token.stringIndex) < strings.count ? strings[Int(token.stringIndex)].parts : []
    }
}
