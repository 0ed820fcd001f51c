import CallscriptDiagnostics

/// Turns the UTF-8 bytes of a `.call` file into tokens, one at a time, in linear time.
///
/// The lexer never fails: bad input becomes a diagnostic and lexing continues, so the parser
/// always sees a well-formed token stream ending in `.endOfFile`. Comments are collected in
/// `comments`. After too many errors, or for a binary file, it reports once and stops.
public struct Lexer: Sendable {
    /// The file being lexed (diagnostic ranges are resolved against it).
    public let source: SourceFile
    let bytes: [UInt8]
    var position: Int
    /// Its own copy of the keyword table (`Lexer+Word`).
    let keywords = Keyword.table
    private var newlineSeen = true
    /// Every `#` comment seen so far, in source order.
    public internal(set) var comments: [Comment] = []
    /// Lexical errors seen so far, in source order.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// The decoded content of every string token so far, indexed by `Token.stringIndex`; the
    /// parser takes each out when it builds the literal, so they are not held twice.
    public internal(set) var strings: [TemplateText] = []
    var reportedInvalidUTF8 = false
    var stopped = false
    /// The last token was `on`: an event name follows, and `voice-mail` is read as one word so
    /// the checker can say "did you mean 'voicemail'?" instead of two errors about a `-`.
    var afterOn = false

    /// Lexing stops after this many errors (one more diagnostic says so).
    public static let errorLimit = 100
    /// How much of the file is inspected for NUL bytes to recognise binary files.
    static let binaryProbeLength = 8000

    public init(source: SourceFile) {
        self.source = source
        self.bytes = source.bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let probeEnd = min(bytes.count, Self.binaryProbeLength)
        if let nul = bytes[0..<probeEnd].firstIndex(of: 0) {
            diagnostics.append(
                Diagnostic(
                    .binaryFile, "file is binary, not a UTF-8 text script", at: source.range(nul, nul + 1),
                    notes: ["found a NUL byte at offset \(nul)"],
                    help: "callscript reads '.call' text files saved as UTF-8; check that the right file was given"))
            stopped = true
        }
    }

    /// Lexes a whole file at once (for tools such as highlighters and for tests).
    public static func tokenize(_ source: SourceFile) -> LexedFile {
        var lexer = Lexer(source: source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfFile { break }
        }
        return LexedFile(
            tokens: tokens, strings: lexer.strings, comments: lexer.comments, diagnostics: lexer.diagnostics)
    }

    /// The decoded content of a string token, moved out of the lexer; empty for any other
    /// token. The parser calls this once per string, right after consuming it.
    public mutating func takeText(of token: Token) -> TemplateText {
        let index = Int(token.stringIndex)
        guard index >= 0, index < strings.count else { return TemplateText(parts: []) }
        // Tokens are taken in order, so the newest string is nearly always the one taken, and
        // the table never holds more than the lookahead's strings and any skipped by recovery.
        if index == strings.count - 1 { return strings.removeLast() }
        var text = TemplateText(parts: [])
        swap(&text, &strings[index])
        return text
    }

    /// The next token; `.endOfFile` forever once the input is exhausted.
    public mutating func next() -> Token {
        while true {
            skipTrivia()
            if stopped || position >= bytes.count {
                return Token(kind: .endOfFile, span: Span(bytes.count, bytes.count), startsLine: true)
            }
            let start = position
            let startsLine = newlineSeen
            let scanned = scanToken()
            // Every token and every skipped stretch consumes input; otherwise the lexer would
            // return the same empty token forever.
            if position == start { position += 1 }
            if let kind = scanned {
                newlineSeen = false
                afterOn = kind == .keyword(.on)
                let index = kind == .string ? Int32(strings.count - 1) : -1
                return Token(kind: kind, span: Span(start, position), startsLine: startsLine, stringIndex: index)
            }
        }
    }

    /// Skips spaces, line breaks and comments.
    private mutating func skipTrivia() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "\n"):
                newlineSeen = true
                position += 1
            case UInt8(ascii: "#"):
                scanComment()
            default:
                return
            }
        }
    }

    private mutating func scanComment() {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
            position = skipPlainCommentBytes(from: position)
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else { break }
            if bytes[position] >= 0x80 {
                position += utf8LengthOrReport(at: position)
            } else {
                position += 1
            }
        }
        var end = position
        if end > start + 1, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        comments.append(
            Comment(text: String(decoding: bytes[(start + 1)..<end], as: UTF8.self), span: Span(start, end)))
    }

    /// The offset of the next line break or non-ASCII byte at or after `start`.
    private func skipPlainCommentBytes(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count, buffer[index] < 0x80, buffer[index] != UInt8(ascii: "\n") { index += 1 }
            return index
        }
    }

    /// Scans one token at `position`; nil when the bytes there were skipped after an error.
    private mutating func scanToken() -> TokenKind? {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return scanWord()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            scanNumber(start: position)
            return .number
        case UInt8(ascii: "\""):
            return string(openingLength: 1, quotes: .straight)
        case UInt8(ascii: "'"):
            return string(openingLength: 1, quotes: .single)
        case UInt8(ascii: "{"): return single(.leftBrace)
        case UInt8(ascii: "}"): return single(.rightBrace)
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: ":"): return single(.colon)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "-"):
            if peekByte(1) == UInt8(ascii: ">") { return double(.arrow) }
            if let next = peekByte(1), isDigit(next) {
                let start = position
                position += 1
                scanNumber(start: start)
                return .number
            }
        case UInt8(ascii: "="):
            if peekByte(1) == UInt8(ascii: "=") { return double(.equal) }
            if peekByte(1) == UInt8(ascii: ">") { return double(.fatArrow) }
            return single(.assign)
        case UInt8(ascii: "!"):
            if peekByte(1) == UInt8(ascii: "=") { return double(.notEqual) }
        case UInt8(ascii: "<"):
            return peekByte(1) == UInt8(ascii: "=") ? double(.lessOrEqual) : single(.less)
        case UInt8(ascii: ">"):
            return peekByte(1) == UInt8(ascii: "=") ? double(.greaterOrEqual) : single(.greater)
        case 0x80...0xFF:
            if isOpeningTypographicQuote(at: position) {
                return string(openingLength: 3, quotes: .typographic)
            }
            if isClosingTypographicQuote(at: position) {
                // A `”` with no string open: its string ended at the line break, or never began.
                // (A word stops before `”`, so taking it as a word would never move on.)
                let start = position
                position += 3
                report(
                    .unexpectedCharacter, "unexpected closing quote '”'", start, position,
                    help: "a string starts and ends on the same line; write it between straight quotes \"...\"")
                return nil
            }
            if utf8Length(at: position) != nil { return scanWord() }
            // Invalid UTF-8 outside a string: report once, skip the byte.
            _ = utf8LengthOrReport(at: position)
            position += 1
            return nil
        default:
            break
        }
        skipStrayCharacters()
        return nil
    }

    private mutating func single(_ kind: TokenKind) -> TokenKind {
        position += 1
        return kind
    }

    private mutating func double(_ kind: TokenKind) -> TokenKind {
        position += 2
        return kind
    }

    /// Scans a string and keeps its decoded parts for the parser.
    private mutating func string(openingLength: Int, quotes: QuoteStyle) -> TokenKind {
        strings.append(scanString(openingLength: openingLength, quotes: quotes))
        return .string
    }

    func peekByte(_ ahead: Int) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    /// Digits with an optional fraction; `start` is where the number began (before a `-`).
    private mutating func scanNumber(start: Int) {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        if peekByte(0) == UInt8(ascii: "."), let next = peekByte(1), isDigit(next) {
            position += 1
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, isIdentifierByte(bytes[position]) {
            while position < bytes.count, isIdentifierByte(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
                position += 1
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            report(
                .invalidNumber, "invalid number '\(text)'", start, position,
                help: "names cannot start with a digit; numbers are written like 3, 2.5 or -1")
        }
    }

    /// Skips a run of characters that cannot start a token and reports them once.
    private mutating func skipStrayCharacters() {
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

    /// Records an error; after `errorLimit` errors, records that lexing stops and stops.
    mutating func report(
        _ code: DiagnosticCode, _ message: String, _ start: Int, _ end: Int, help: String? = nil, fixIts: [FixIt] = []
    ) {
        guard !stopped else { return }
        diagnostics.append(Diagnostic(code, message, at: source.range(start, end), help: help, fixIts: fixIts))
        if diagnostics.count >= Self.errorLimit {
            diagnostics.append(
                Diagnostic(
                    .tooManyErrors, "too many errors in this file; stopped reading it", at: source.range(end, end),
                    help: "fix the errors above and check the file again"))
            stopped = true
        }
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

@inline(__always) func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
}

@inline(__always) func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || isDigit(byte) || byte == UInt8(ascii: "_")
}
