import CallscriptDiagnostics

/// Step and handler bodies: statements, then exactly one ending.
extension ParserState {
    /// `{ statements ending }`. Nil only when there is no body at all (no `{` and nothing
    /// that looks like a statement after the name).
    mutating func parseBody(owner describe: @autoclosure () -> String) -> StepBody? {
        let open: Int
        if let brace = consume(.leftBrace) {
            open = brace.span.start
        } else {
            let next = peek()
            let looksLikeBody =
                next.kind == .arrow || (next.keyword.map { $0.startsStatement || $0.startsEnding } ?? false)
            errorExpected("'{' after the name of \(describe())")
            guard looksLikeBody else {
                synchronizeTopLevel()
                return nil
            }
            // Parse the body anyway: the statements are likely right and worth checking.
            open = next.span.start
        }
        var statements: [Statement] = []
        var ending: StepEnding?
        var sawEnding = false
        var reportedAfterEnding = false
        while true {
            let before = peek()
            if consume(.rightBrace) != nil { break }
            if before.kind == .endOfFile || startsDeclarationOutsideBody(before) {
                error(
                    .unclosedBlock, "expected '}' to close \(describe())", at: missingSpan(),
                    help: "add '}' after the last line of \(describe())")
                break
            }
            _ = normalizeCapitalizedKeyword { $0.startsStatement || $0.startsEnding }
            let token = peek()
            let startsEnding = token.kind == .arrow || (token.keyword?.startsEnding ?? false)
            let startsStatement = token.keyword?.startsStatement ?? false
            if startsEnding || startsStatement {
                if sawEnding && !reportedAfterEnding {
                    reportedAfterEnding = true
                    error(
                        .statementsAfterEnding, "statements after the end of the step", at: token.span,
                        help:
                            "a step ends with its 'ask', '->', 'if'/'else' or 'end'/'hangup'/'callback'/'transfer'; move these lines before it or into another step"
                    )
                }
                if startsStatement {
                    let statement = parseStatement()
                    if let statement, !sawEnding { statements.append(statement) }
                } else if token.keyword == .else {
                    error(
                        .elseWithoutIf, "'else' without 'if'", at: token.span,
                        help: "'else -> STEP' follows one or more 'if CONDITION -> STEP' lines")
                    advance()
                    synchronizeBody()
                } else {
                    let parsed = parseEnding()
                    if !sawEnding { ending = parsed }
                    sawEnding = true
                }
            } else {
                unknownStatement()
            }
            if peek().span.start == before.span.start, peekKind() != .endOfFile { advance() }
        }
        return StepBody(statements: statements, ending: ending, span: Span(open, previousEnd))
    }

    /// A declaration keyword inside a body means the body's `}` is missing. `capture` is also
    /// a statement, so it only counts when written as a declaration (`capture NAME:`).
    private mutating func startsDeclarationOutsideBody(_ token: Token) -> Bool {
        guard let keyword = token.keyword, keyword.startsDeclaration else { return false }
        if keyword == .capture { return peekKind(1) == .identifier && peekKind(2) == .colon }
        return true
    }

    private mutating func unknownStatement() {
        let token = peek()
        switch token.kind {
        case .identifier:
            let word = text(token.span)
            let options = Keyword.allCases.filter { $0.startsStatement || $0.startsEnding }.map(\.rawValue)
            let suggestion = closestWord(to: word, in: options)
            error(
                .unknownStatement, "unknown statement '\(word)'", at: token.span,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "a line in a step starts with say, identify, pitch, optout, disclose, capture, record, ask, if, ->, end, hangup, callback or transfer",
                fixIts: suggestion.map { [fixIt("replace with '\($0)'", replacing: token.span, with: $0)] } ?? [])
            advance()
        case .string:
            error(
                .unknownStatement, "a line of text needs a statement keyword", at: token.span,
                help: "start the line with 'say', 'identify', 'pitch' or 'optout'",
                fixIts: [fixIt("insert 'say'", replacing: Span(token.span.start, token.span.start), with: "say ")])
            advance()
        default:
            errorExpected("a statement such as 'say'")
        }
        synchronizeBody()
    }

    // MARK: Statements

    private mutating func parseStatement() -> Statement? {
        let keywordToken = advance()
        guard let keyword = keywordToken.keyword else { return nil }
        let kind: StatementKind
        switch keyword {
        case .say, .identify, .pitch, .optout:
            guard let text = expectString("the text to read after '\(keyword.rawValue)'") else {
                synchronizeBody()
                return nil
            }
            switch keyword {
            case .say: kind = .say(text)
            case .identify: kind = .identify(text)
            case .pitch: kind = .pitch(text)
            default: kind = .optout(text)
            }
        case .disclose:
            let topicToken = peek()
            // `recording` is also a header keyword; after `disclose` it is the topic.
            guard topicToken.kind == .identifier || topicToken.keyword == .recording, !topicToken.startsLine else {
                errorExpected("a topic such as 'purpose' or 'goods' after 'disclose'")
                synchronizeBody()
                return nil
            }
            let topic = name(advance())
            let topics = StatementKind.disclosureTopics
            if !topics.contains(topic.text) {
                let suggestion = closestWord(to: topic.text, in: topics)
                error(
                    .unknownDisclosureTopic, "unknown disclosure topic '\(topic.text)'", at: topic.span,
                    help: suggestion.map { "did you mean '\($0)'?" }
                        ?? "the topics are " + topics.map { "'\($0)'" }.joined(separator: ", "),
                    fixIts: suggestion.map { [fixIt("replace with '\($0)'", replacing: topic.span, with: $0)] } ?? [])
            }
            guard let text = expectString("the text to read after 'disclose \(topic.text)'") else {
                synchronizeBody()
                return nil
            }
            kind = .disclose(topic: topic, text: text)
        case .capture:
            guard let field = expectName("the name of a captured field after 'capture'"),
                let prompt = expectString("the question to ask after 'capture \(field.text)'")
            else {
                synchronizeBody()
                return nil
            }
            kind = .capture(field: field, prompt: prompt)
        case .record:
            guard consume(.objection) != nil else {
                errorExpected("'objection' after 'record'", help: "the statement is 'record objection'")
                synchronizeBody()
                return nil
            }
            kind = .recordObjection
        default:
            return nil
        }
        return Statement(kind: kind, span: Span(keywordToken.span.start, previousEnd))
    }

    // MARK: Endings

    private mutating func parseEnding() -> StepEnding? {
        let token = peek()
        let start = token.span.start
        let kind: EndingKind
        switch token.kind {
        case .arrow:
            advance()
            guard let target = expectName("a step name after '->'") else {
                synchronizeBody()
                return nil
            }
            kind = .jump(target)
        case .keyword(.ask):
            guard let block = parseAsk() else { return nil }
            kind = .ask(block)
        case .keyword(.if):
            kind = parseBranches()
        case .keyword(.end):
            advance()
            kind = .end
        case .keyword(.hangup):
            advance()
            kind = .hangup
        case .keyword(.callback):
            advance()
            if consume(.at) == nil {
                if peekKind() == .identifier, !peek().startsLine {
                    error(
                        .expectedToken, "expected 'at' after 'callback'", at: peek().span,
                        help: "write 'callback at \(text(peek().span))'",
                        fixIts: [
                            fixIt("insert 'at'", replacing: Span(peek().span.start, peek().span.start), with: "at ")
                        ])
                } else {
                    errorExpected(
                        "'at' after 'callback'", help: "write 'callback at FIELD' with a captured datetime field")
                    synchronizeBody()
                    return nil
                }
            }
            guard let field = expectName("a datetime field after 'callback at'") else {
                synchronizeBody()
                return nil
            }
            kind = .callback(field: field)
        case .keyword(.transfer):
            advance()
            guard consume(.optout) != nil else {
                errorExpected("'optout' after 'transfer'", help: "the statement is 'transfer optout \"announcement\"'")
                synchronizeBody()
                return nil
            }
            guard let announcement = expectString("the announcement after 'transfer optout'") else {
                synchronizeBody()
                return nil
            }
            kind = .transferOptout(announcement)
        default:
            advance()
            return nil
        }
        return StepEnding(kind: kind, span: Span(start, previousEnd))
    }

    /// `ask [convenient | consent "purpose" | optout | sale] "question" { answers }`. `sale` is
    /// not reserved: it is a kind only right after `ask`, before the question.
    private mutating func parseAsk() -> AskBlock? {
        let keyword = advance()
        var kind = AskKind.plain
        if consume(.convenient) != nil {
            kind = .convenient
        } else if consume(.optout) != nil {
            kind = .optout
        } else if at(.identifier), text(peek().span) == "sale", peekKind(1) == .string {
            advance()
            kind = .sale
        } else if consume(.consent) != nil {
            guard let purpose = expectString("the consent purpose in quotes after 'consent'") else {
                synchronizeBody()
                return nil
            }
            kind = .consent(purpose: purpose)
        }
        guard let question = expectString("the question in quotes after 'ask'") else {
            synchronizeBody()
            return nil
        }
        if consume(.leftBrace) == nil {
            errorExpected(
                "'{' and the answers after the question",
                help: "list the answers as '\"answer\" -> step' lines in '{ }'")
            // Parse the answers anyway when they follow: they are likely right.
            let looksLikeAnswers = at(.string) || (at(.identifier) && peekKind(1) == .string)
            guard looksLikeAnswers else {
                synchronizeBody()
                return nil
            }
        }
        var answers: [AnswerClause] = []
        let askColumn = column(of: keyword.span.start)
        while true {
            let before = peek()
            // A `}` indented left of `ask` closes the step: the answers' own `}` is missing.
            // Indentation is only a hint for recovery: when another `}` follows, this one
            // closes the answers and the next the step, so valid code always parses.
            let closesStep =
                before.kind == .rightBrace && before.startsLine && column(of: before.span.start) < askColumn
                && peekKind(1) != .rightBrace
            if !closesStep, consume(.rightBrace) != nil { break }
            if closesStep || before.kind == .endOfFile || (before.startsLine && isBodyLevelKeyword(before)) {
                error(
                    .unclosedBlock, "expected '}' to close the answers", at: missingSpan(),
                    help: "add '}' after the last answer")
                break
            }
            if let answer = parseAnswer() { answers.append(answer) } else { synchronizeAnswers() }
            if peek().span.start == before.span.start, peekKind() != .endOfFile { advance() }
        }
        return AskBlock(kind: kind, question: question, answers: answers, span: Span(keyword.span.start, previousEnd))
    }

    private mutating func isBodyLevelKeyword(_ token: Token) -> Bool {
        guard let keyword = token.keyword else { return false }
        return keyword.startsStatement || keyword.startsEnding || keyword.startsDeclaration
    }

    /// `[class] "label" -> target`.
    private mutating func parseAnswer() -> AnswerClause? {
        let start = peek().span.start
        var answerClass: Name?
        if peekKind() == .identifier { answerClass = name(advance()) }
        guard
            let label = expectString(
                answerClass == nil ? "an answer in quotes" : "the answer in quotes after '\(answerClass?.text ?? "")'")
        else {
            return nil
        }
        guard expectArrow("after the answer"), let target = expectName("a step name after '->'") else { return nil }
        return AnswerClause(answerClass: answerClass, label: label, target: target, span: Span(start, previousEnd))
    }

    /// A line after `if` lines that starts like a condition (`not`, `(`, `field ==`) is an
    /// `if` line whose `if` is missing: report it and parse the line as one.
    private mutating func missingIf() -> Token? {
        let token = peek()
        guard token.startsLine else { return nil }
        let startsCondition: Bool
        switch token.kind {
        case .keyword(.not), .leftParen: startsCondition = true
        case .identifier:
            let next = peekKind(1)
            startsCondition = next.comparisonOperator != nil || next == .assign || next == .keyword(.is)
        default: startsCondition = false
        }
        guard startsCondition else { return nil }
        error(
            .expectedToken, "expected 'if' before the condition", at: token.span,
            help: "each condition line is written 'if CONDITION -> STEP'",
            fixIts: [fixIt("insert 'if'", replacing: Span(token.span.start, token.span.start), with: "if ")])
        return Token(kind: .keyword(.if), span: Span(token.span.start, token.span.start), startsLine: true)
    }

    /// `if C -> A` lines, then `else -> B`.
    private mutating func parseBranches() -> EndingKind {
        var jumps: [ConditionalJump] = []
        while let ifToken = consume(.if) ?? missingIf() {
            let condition = parseCondition()
            if condition == nil && !at(.arrow) {
                synchronizeBody()
                continue
            }
            if !at(.arrow) && !at(.fatArrow) && !at(.assign) && condition != nil && !endsLine(after: 1) {
                errorExpected(
                    "'->' after the condition",
                    help: "join conditions with 'and' or 'or'; the step to go to follows '->'")
                synchronizeBody()
                continue
            }
            guard expectArrow("after the condition"), let target = expectName("a step name after '->'") else {
                synchronizeBody()
                continue
            }
            if let condition {
                jumps.append(
                    ConditionalJump(condition: condition, target: target, span: Span(ifToken.span.start, previousEnd)))
            }
        }
        guard consume(.else) != nil else {
            if at(.arrow), peek().startsLine {
                // `-> x` after the `if` lines: the `else` is missing, the intent is clear.
                let arrow = peek()
                error(
                    .missingElse, "expected 'else' before '->' after the 'if' lines", at: arrow.span,
                    help: "write 'else -> STEP' for where the call goes when no condition holds",
                    fixIts: [fixIt("insert 'else'", replacing: Span(arrow.span.start, arrow.span.start), with: "else ")]
                )
                advance()
                return .branches(jumps, otherwise: expectName("a step name after '->'"))
            }
            error(
                .missingElse, "expected 'else -> STEP' after the 'if' lines", at: missingSpan(),
                help: "add 'else -> STEP' so the call goes on when no condition holds")
            return .branches(jumps, otherwise: nil)
        }
        guard expectArrow("after 'else'"), let otherwise = expectName("a step name after 'else ->'") else {
            synchronizeBody()
            return .branches(jumps, otherwise: nil)
        }
        return .branches(jumps, otherwise: otherwise)
    }
}
