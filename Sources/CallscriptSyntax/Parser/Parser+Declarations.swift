import CallscriptDiagnostics

/// Top-level declarations: the header, `use`, fields, `start`, steps and handlers.
extension ParserState {
    mutating func parseFile() -> ScriptFile {
        var header: ScriptHeader?
        var items: [TopLevelItem] = []
        // Room for about as many items as a script of this size has (nearly all are steps, of
        // a few lines each): grown by doubling, a large script's list was copied a dozen
        // times, into fresh pages each time. Room not filled is never touched, so it costs
        // address space, not memory.
        items.reserveCapacity(source.bytes.count / Self.bytesPerItem + 16)
        while true {
            let before = peek()
            if before.kind == .endOfFile { break }
            _ = normalizeCapitalizedKeyword { $0.startsDeclaration }
            switch peek().keyword {
            case .script:
                let keyword = peek()
                let parsed = parseHeader()
                if let first = header {
                    error(
                        .misplacedHeader, "a file has only one script header", at: keyword.span,
                        notes: ["the first header starts at line \(source.location(ofOffset: first.span.start).line)"],
                        help: "merge the two headers into one")
                } else if !items.isEmpty {
                    error(
                        .misplacedHeader, "the script header must come first", at: keyword.span,
                        help: "move 'script \"...\" { ... }' to the top of the file")
                }
                header = header ?? parsed
            case .use: if let item = parseUse() { items.append(.use(item)) }
            case .contact, .capture: if let item = parseField() { items.append(.field(item)) }
            case .start: if let item = parseStart() { items.append(.start(item)) }
            case .step: if let item = parseStep() { items.append(.step(item)) }
            case .on: if let item = parseHandler() { items.append(.handler(item)) }
            default: unexpectedAtTopLevel()
            }
            if peek().span.start == before.span.start, peekKind() != .endOfFile { advance() }
        }
        return ScriptFile(header: header, items: items, comments: lexer.comments, span: Span(0, source.bytes.count))
    }

    /// Fewer source bytes than a step takes in practice (the generators' steps take 180-210).
    private static let bytesPerItem = 128

    private mutating func unexpectedAtTopLevel() {
        let token = peek()
        switch token.kind {
        case .keyword(let keyword) where keyword.startsStatement || keyword.startsEnding:
            error(
                .unexpectedAtTopLevel, "'\(keyword.rawValue)' must be inside a step", at: token.span,
                help: "statements belong in 'step NAME { ... }' or 'on EVENT { ... }'")
        case .keyword(let keyword) where keyword.startsHeaderEntry:
            error(
                .unexpectedAtTopLevel, "'\(keyword.rawValue)' must be inside the script header", at: token.span,
                help: "header entries belong in 'script \"name\" { ... }'")
        case .identifier:
            let word = text(token.span)
            let declarations = Keyword.allCases.filter(\.startsDeclaration).map(\.rawValue)
            if let suggestion = closestWord(to: word, in: declarations) {
                error(
                    .unexpectedAtTopLevel, "unknown declaration '\(word)'", at: token.span,
                    help: "did you mean '\(suggestion)'?",
                    fixIts: [fixIt("replace with '\(suggestion)'", replacing: token.span, with: suggestion)])
            } else {
                error(
                    .unexpectedAtTopLevel, "unknown declaration '\(word)'", at: token.span,
                    help: "a file holds 'script', 'use', 'contact', 'capture', 'start', 'step' and 'on' declarations")
            }
        case .rightBrace:
            error(
                .unexpectedAtTopLevel, "'}' closes nothing", at: token.span, help: "remove it",
                fixIts: [fixIt("remove the brace", replacing: token.span, with: "")])
            advance()
            return
        default:
            errorExpected("a declaration such as 'step'")
        }
        advance()
        synchronizeTopLevel()
    }

    /// `script "name" { entries }`.
    private mutating func parseHeader() -> ScriptHeader? {
        let keyword = advance()
        guard let name = expectString("the script's name after 'script'") else {
            synchronizeTopLevel()
            return nil
        }
        if consume(.leftBrace) == nil {
            errorExpected("'{' after the script's name")
            // Parse the entries anyway when they follow: they are likely right.
            guard peek().keyword?.startsHeaderEntry ?? false else {
                synchronizeTopLevel()
                return ScriptHeader(name: name, entries: [], span: Span(keyword.span.start, previousEnd))
            }
        }
        var entries: [HeaderEntry] = []
        while true {
            let before = peek()
            if consume(.rightBrace) != nil { break }
            if before.kind == .endOfFile || (before.keyword?.startsDeclaration ?? false) {
                error(
                    .unclosedBlock, "expected '}' to close the script header", at: missingSpan(),
                    help: "add '}' after the last header entry")
                break
            }
            _ = normalizeCapitalizedKeyword { $0.startsHeaderEntry }
            if let entryKeyword = peek().keyword, entryKeyword.startsHeaderEntry {
                if let entry = parseHeaderEntry(entryKeyword) { entries.append(entry) } else { synchronizeHeader() }
            } else if peekKind() == .identifier {
                let token = peek()
                let word = text(token.span)
                let options = Keyword.allCases.filter(\.startsHeaderEntry).map(\.rawValue)
                let suggestion = closestWord(to: word, in: options)
                error(
                    .unknownHeaderEntry, "unknown header entry '\(word)'", at: token.span,
                    help: suggestion.map { "did you mean '\($0)'?" }
                        ?? "the header holds company, principal, caller-id, policy, sector, audience, language and version",
                    fixIts: suggestion.map { [fixIt("replace with '\($0)'", replacing: token.span, with: $0)] } ?? [])
                advance()
                synchronizeHeader()
            } else {
                errorExpected("a header entry such as 'company'")
                synchronizeHeader()
            }
            if peek().span.start == before.span.start, peekKind() != .endOfFile { advance() }
        }
        return ScriptHeader(name: name, entries: entries, span: Span(keyword.span.start, previousEnd))
    }

    private mutating func parseHeaderEntry(_ keyword: Keyword) -> HeaderEntry? {
        let keywordToken = advance()
        let what = "after '\(keyword.rawValue)'"
        let kind: HeaderEntryKind
        switch keyword {
        case .company:
            guard let text = expectString("the company's name \(what)") else { return nil }
            kind = .company(text)
        case .principal:
            guard let text = expectString("the principal's name \(what)") else { return nil }
            kind = .principal(text)
        case .callerID:
            guard let text = expectString("a phone number in quotes \(what)") else { return nil }
            kind = .callerID(text)
        case .policy:
            guard let text = expectString("a policy name in quotes \(what)") else { return nil }
            kind = .policy(text)
        case .language:
            guard let text = expectString("a language code in quotes \(what)") else { return nil }
            kind = .language(text)
        case .version:
            guard let number = expectInteger("a whole number \(what)") else { return nil }
            kind = .version(number)
        case .sector:
            let token = peek()
            guard token.kind == .identifier || (token.keyword != nil && !token.startsLine) else {
                errorExpected("a sector name such as 'energy' \(what)")
                return nil
            }
            kind = .sector(name(advance()))
        case .audience:
            guard let clause = parseAudience() else { return nil }
            kind = .audience(clause)
        case .recording:
            kind = .recording
        default:
            return nil
        }
        return HeaderEntry(kind: kind, keywordSpan: keywordToken.span, span: Span(keywordToken.span.start, previousEnd))
    }

    /// `opt-in`, `customers N months` or `business`.
    private mutating func parseAudience() -> AudienceClause? {
        if consume(.optIn) != nil { return .optIn }
        if consume(.business) != nil { return .business }
        guard consume(.customers) != nil else {
            error(
                .invalidAudience, "expected 'opt-in', 'customers N months' or 'business' after 'audience'",
                at: missingSpan(),
                help:
                    "write 'audience opt-in' (people who gave consent), 'audience customers 36 months' (recent customers) or 'audience business' (legal persons)"
            )
            return nil
        }
        guard let months = expectInteger("the number of months after 'customers'") else { return nil }
        guard consume(.months) != nil else {
            error(
                .invalidAudience, "expected 'months' after 'customers \(months.value)'", at: missingSpan(),
                help: "write 'audience customers \(months.value) months'",
                fixIts: [fixIt("insert 'months'", replacing: Span(previousEnd, previousEnd), with: " months")])
            return .customers(months: months)
        }
        return .customers(months: months)
    }

    /// `use "path.call"`.
    private mutating func parseUse() -> UseDeclaration? {
        let keyword = advance()
        guard let path = expectString("a file path in quotes after 'use'") else {
            synchronizeTopLevel()
            return nil
        }
        return UseDeclaration(path: path, span: Span(keyword.span.start, previousEnd))
    }

    /// `contact NAME: TYPE` or `capture NAME: TYPE`, each optionally followed by
    /// `purpose "..."` (a contextual word: `purpose` stays free as a name elsewhere).
    private mutating func parseField() -> FieldDeclaration? {
        let keyword = advance()
        let origin: FieldOrigin = keyword.kind == .keyword(.contact) ? .contact : .capture
        guard let name = expectName("a field name after '\(origin.rawValue)'") else {
            synchronizeTopLevel()
            return nil
        }
        guard consume(.colon) != nil else {
            if at(.string) {
                error(
                    .unexpectedAtTopLevel, "'capture NAME \"prompt\"' must be inside a step", at: keyword.span,
                    help: "declare the field with 'capture \(name.text): TYPE' and ask for it inside a step")
            } else {
                errorExpected(
                    "':' and a type after '\(name.text)'",
                    help: "write '\(origin.rawValue) \(name.text): text' or another type")
            }
            synchronizeTopLevel()
            return nil
        }
        guard let type = parseType() else {
            synchronizeTopLevel()
            return nil
        }
        var purpose: TextLiteral?
        let next = peek()
        if next.kind == .identifier, !next.startsLine, text(next.span) == "purpose" {
            advance()
            guard let literal = expectString("the purpose in quotes after 'purpose'") else {
                synchronizeTopLevel()
                return nil
            }
            purpose = literal
        }
        return FieldDeclaration(
            origin: origin, name: name, type: type, purpose: purpose, span: Span(keyword.span.start, previousEnd))
    }

    static let typeNames = ["text", "number", "yesno", "date", "datetime", "email", "phone", "choice"]

    private mutating func parseType() -> TypeExpression? {
        let token = peek()
        guard token.kind == .identifier, !token.startsLine else {
            errorExpected("a type such as 'text'")
            return nil
        }
        let word = text(token.span)
        advance()
        let kind: TypeKind
        switch word {
        case "text": kind = .text
        case "number": kind = .number
        case "yesno": kind = .yesno
        case "date": kind = .date
        case "datetime": kind = .datetime
        case "email": kind = .email
        case "phone": kind = .phone
        case "choice":
            guard let values = parseChoiceValues() else { return nil }
            kind = .choice(values)
        default:
            let suggestion = closestWord(to: word, in: Self.typeNames)
            error(
                .unknownType, "unknown type '\(word)'", at: token.span,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "the types are text, number, yesno, date, datetime, email, phone and choice(a, b, ...)",
                fixIts: suggestion.map { [fixIt("replace with '\($0)'", replacing: token.span, with: $0)] } ?? [])
            return nil
        }
        return TypeExpression(kind: kind, span: Span(token.span.start, previousEnd))
    }

    /// `(a, b, c)` after `choice`.
    private mutating func parseChoiceValues() -> [Name]? {
        guard let open = consume(.leftParen) else {
            errorExpected("'(' and the values after 'choice'", help: "write 'choice(low, medium, high)'")
            return nil
        }
        if let close = consume(.rightParen) {
            error(
                .emptyChoice, "a choice needs at least one value", at: Span(open.span.start, close.span.end),
                help: "list the values, as in 'choice(low, medium, high)'")
            return nil
        }
        var values: [Name] = []
        while true {
            guard let value = expectName("a choice value") else { return nil }
            values.append(value)
            if consume(.comma) != nil { continue }
            if consume(.rightParen) != nil { return values }
            errorExpected("',' or ')' in the choice values")
            return nil
        }
    }

    /// `start NAME`.
    private mutating func parseStart() -> StartDeclaration? {
        let keyword = advance()
        guard let target = expectName("the first step's name after 'start'") else {
            synchronizeTopLevel()
            return nil
        }
        return StartDeclaration(target: target, span: Span(keyword.span.start, previousEnd))
    }

    /// `step NAME { body }`.
    private mutating func parseStep() -> StepDeclaration? {
        let keyword = advance()
        guard let name = expectName("a step name after 'step'") else {
            synchronizeTopLevel()
            return nil
        }
        guard let body = parseBody(owner: "step '\(name.text)'") else { return nil }
        return StepDeclaration(name: name, body: body, span: Span(keyword.span.start, previousEnd))
    }

    /// `on EVENT { body }`. Any word is accepted as the event (even a keyword such as
    /// `objection`); the compiler checks it.
    private mutating func parseHandler() -> HandlerDeclaration? {
        let keyword = advance()
        let token = peek()
        guard token.kind == .identifier || (token.keyword != nil && !token.startsLine) else {
            errorExpected("an event name after 'on'", help: "the events are objection, voicemail, complaint and minor")
            synchronizeTopLevel()
            return nil
        }
        let event = name(advance())
        guard let body = parseBody(owner: "handler 'on \(event.text)'") else { return nil }
        return HandlerDeclaration(event: event, body: body, span: Span(keyword.span.start, previousEnd))
    }
}
