import CallscriptDiagnostics

/// The result of parsing one file: a tree (always, even with errors) and the syntax errors.
public struct ParseResult: Sendable {
    public var file: ScriptFile
    public var diagnostics: [Diagnostic]

    public init(file: ScriptFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}

/// Hand-written recursive-descent parser with error recovery.
public enum Parser {
    /// Conditions may nest (parentheses and `not`) this deep; deeper is an error, so walking a
    /// parsed expression recursively can never overflow the stack.
    public static let maximumConditionDepth = 64

    /// Parses a whole file. Never traps; every problem becomes a diagnostic, and each
    /// independent mistake is reported once (panic-mode recovery at statement and declaration
    /// keywords and `}`). Lexer and parser diagnostics come back sorted by position.
    public static func parse(_ source: SourceFile) -> ParseResult {
        var state = ParserState(source: source)
        let file = state.parseFile()
        let diagnostics = Diagnostic.sortedForOutput(state.lexer.diagnostics + state.diagnostics)
        return ParseResult(file: file, diagnostics: diagnostics)
    }
}

/// The parser's moving parts: a token stream with a few tokens of lookahead, the errors so
/// far and the recovery flags. Tokens are pulled from the lexer on demand, so memory stays
/// proportional to the tree, not to the token count.
struct ParserState {
    var lexer: Lexer
    let source: SourceFile
    /// The token at the front of the stream, once pulled from the lexer (`loaded`), and the
    /// tokens pulled after it for lookahead (the grammar looks at most three tokens ahead).
    /// The front token is a stored value, not a slot of a ring, because every `at` and
    /// `consume` reads it: at 10,000 steps the ring's index arithmetic and checks were a
    /// twentieth of parsing.
    private var current: Token
    private var loaded = false
    private var lookahead: [Token] = []
    /// End offset of the last consumed token: where "expected ..." errors point when the
    /// missing thing belongs at the end of the previous line.
    private(set) var previousEnd = 0
    var diagnostics: [Diagnostic] = []
    private var stopped = false
    /// Set when a condition was too deep; suppresses follow-on errors in that condition.
    var conditionTooDeep = false

    /// Parsing stops after this many parser errors (one more diagnostic says so).
    static let errorLimit = 100

    init(source: SourceFile) {
        self.source = source
        self.lexer = Lexer(source: source)
        current = Token(kind: .endOfFile, span: Span(source.bytes.count, source.bytes.count), startsLine: true)
    }

    private static let maximumLookahead = 3

    // MARK: Token stream

    mutating func peek(_ ahead: Int = 0) -> Token {
        if stopped {
            return Token(kind: .endOfFile, span: Span(source.bytes.count, source.bytes.count), startsLine: true)
        }
        if !loaded {
            current = lexer.next()
            loaded = true
        }
        if ahead == 0 { return current }
        assert(ahead <= Self.maximumLookahead, "the grammar looks at most three tokens ahead")
        while lookahead.count < ahead { lookahead.append(lexer.next()) }
        return lookahead[ahead - 1]
    }

    /// The kind of the token `ahead` positions on.
    mutating func peekKind(_ ahead: Int = 0) -> TokenKind { peek(ahead).kind }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if token.kind != .endOfFile {
            if lookahead.isEmpty {
                loaded = false
            } else {
                current = lookahead.removeFirst()
            }
            previousEnd = token.span.end
        }
        return token
    }

    mutating func at(_ kind: TokenKind) -> Bool { peekKind() == kind }

    mutating func at(_ keyword: Keyword) -> Bool { peekKind() == .keyword(keyword) }

    mutating func consume(_ kind: TokenKind) -> Token? { at(kind) ? advance() : nil }

    mutating func consume(_ keyword: Keyword) -> Token? { at(keyword) ? advance() : nil }

    /// Rewrites the current token as a keyword (after reporting a capitalised keyword).
    mutating func retagCurrent(as keyword: Keyword) {
        if peek().kind != .endOfFile { current.kind = .keyword(keyword) }
    }

    /// The source text of a span (identifiers and numbers are only turned into text here).
    func text(_ span: Span) -> String {
        String(decoding: source.bytes[span.start..<span.end], as: UTF8.self)
    }

    mutating func name(_ token: Token) -> Name { Name(text(token.span), span: token.span) }

    // MARK: Errors

    mutating func error(
        _ code: DiagnosticCode, _ message: String, at span: Span, notes: [String] = [], help: String? = nil,
        fixIts: [FixIt] = []
    ) {
        // Once the lexer gave up (binary file, too many errors) the token stream ends early;
        // errors about that artificial end would only be noise.
        guard !stopped, !lexer.stopped else { return }
        diagnostics.append(
            Diagnostic(code, message, at: source.range(span.start, span.end), notes: notes, help: help, fixIts: fixIts))
        if diagnostics.count >= Self.errorLimit {
            diagnostics.append(
                Diagnostic(
                    .tooManyErrors, "too many errors in this file; stopped parsing it",
                    at: source.range(span.end, span.end), help: "fix the errors above and check the file again"))
            stopped = true
        }
    }

    /// Where to report something missing before the current token: at the end of the previous
    /// token when the current one is on a later line (the mistake is on the earlier line).
    mutating func missingSpan() -> Span {
        let token = peek()
        if token.startsLine || token.kind == .endOfFile, previousEnd > 0 { return Span(previousEnd, previousEnd) }
        return token.span
    }

    /// Reports `expected WHAT, found X` at the right place.
    mutating func errorExpected(_ what: String, help: String? = nil, fixIts: [FixIt] = []) {
        let token = peek()
        var found = token.kind.display
        if token.kind == .identifier { found = "'\(text(token.span))'" }
        error(
            .expectedToken, "expected \(what), found \(found)", at: missingSpan(), help: help ?? "add \(what)",
            fixIts: fixIts)
    }

    /// The 0-based byte column of an offset (for the indentation heuristic of `ask` blocks).
    func column(of offset: Int) -> Int {
        var start = offset
        while start > 0, source.bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return offset - start
    }

    func fixIt(_ message: String, replacing span: Span, with replacement: String) -> FixIt {
        FixIt(message: message, edits: [TextEdit(range: source.range(span.start, span.end), replacement: replacement)])
    }

    // MARK: Small shared pieces

    // What is expected is only put into words when it is missing: these descriptions are
    // interpolated strings, and building one for every token of a large script cost more
    // than parsing it.

    /// A string literal, or an error naming what was expected.
    mutating func expectString(_ what: @autoclosure () -> String) -> TextLiteral? {
        if let token = consume(.string) { return TextLiteral(content: lexer.takeText(of: token), span: token.span) }
        errorExpected(what())
        return nil
    }

    /// A name (identifier). A keyword in a name's place is consumed with an error, so the
    /// rest of the line still parses.
    mutating func expectName(_ what: @autoclosure () -> String) -> Name? {
        let token = peek()
        switch token.kind {
        case .identifier:
            return name(advance())
        case .keyword(let keyword) where !token.startsLine:
            error(
                .keywordAsName, "'\(keyword.rawValue)' is a keyword and cannot be used as a name", at: token.span,
                help: "choose another name, for example '\(String(keyword.rawValue.map { $0 == "-" ? "_" : $0 }))_step'"
            )
            return name(advance())
        default:
            errorExpected(what())
            return nil
        }
    }

    /// A whole number (`36`), for `version` and `customers N months`.
    mutating func expectInteger(_ what: @autoclosure () -> String) -> IntegerLiteral? {
        guard let token = consume(.number) else {
            errorExpected(what())
            return nil
        }
        let written = text(token.span)
        // The lexer has already reported a number with letters in it.
        if written.utf8.contains(where: isIdentifierByte), !written.utf8.allSatisfy(isDigit) { return nil }
        guard written.utf8.allSatisfy({ isDigit($0) }) else {
            error(
                .invalidNumber, "expected a whole number, found '\(written)'", at: token.span,
                help: "write a whole number such as 36")
            return nil
        }
        guard let value = Int(written) else {
            error(
                .invalidNumber, "number '\(written)' is too large", at: token.span, help: "write a smaller whole number"
            )
            return nil
        }
        return IntegerLiteral(value: value, span: token.span)
    }

    /// `->`, accepting the common mistakes `=>`, `=` and a missing arrow with a fix-it.
    mutating func expectArrow(_ context: @autoclosure () -> String) -> Bool {
        let token = peek()
        switch token.kind {
        case .arrow:
            advance()
            return true
        case .fatArrow, .assign, .greater:
            error(
                .missingArrow, "use '->' to jump \(context())", at: token.span,
                help: "a jump to a step is written '-> NAME'",
                fixIts: [fixIt("replace with '->'", replacing: token.span, with: "->")])
            advance()
            return true
        case .identifier where !token.startsLine && endsLine(after: 1):
            error(
                .missingArrow, "missing '->' before '\(text(token.span))'", at: token.span,
                help: "a jump to a step is written '-> NAME'",
                fixIts: [fixIt("insert '->'", replacing: Span(token.span.start, token.span.start), with: "-> ")])
            return true
        default:
            errorExpected("'->' \(context())", help: "a jump to a step is written '-> NAME'")
            return false
        }
    }

    /// True when the token `ahead` positions on is the last on its line.
    mutating func endsLine(after ahead: Int) -> Bool {
        let next = peek(ahead)
        return next.startsLine || next.kind == .rightBrace || next.kind == .endOfFile
    }

    /// If the current token is a capitalised keyword accepted by `accept` (`Step`, `SAY`),
    /// reports it with a fix-it and retags it, so parsing continues as if it were written right.
    mutating func normalizeCapitalizedKeyword(_ accept: (Keyword) -> Bool) -> Bool {
        let token = peek()
        guard token.kind == .identifier, token.span.end - token.span.start <= 10,
            source.bytes[token.span.start..<token.span.end].contains(where: { $0 >= 0x41 && $0 <= 0x5A })
        else { return false }
        var lowered = Array(source.bytes[token.span.start..<token.span.end])
        for index in lowered.indices where lowered[index] >= UInt8(ascii: "A") && lowered[index] <= UInt8(ascii: "Z") {
            lowered[index] += 32
        }
        guard let keyword = Keyword.lookup(lowered, 0, lowered.count), accept(keyword) else { return false }
        error(
            .capitalizedKeyword, "keywords are lower-case: '\(text(token.span))' should be '\(keyword.rawValue)'",
            at: token.span, help: "write '\(keyword.rawValue)'",
            fixIts: [fixIt("use '\(keyword.rawValue)'", replacing: token.span, with: keyword.rawValue)])
        retagCurrent(as: keyword)
        return true
    }
}
