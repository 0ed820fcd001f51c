import CallscriptDiagnostics

/// Conditions: `or` binds loosest, then `and`, then `not`; parentheses group. The height of
/// the resulting tree (each `(`, `not`, `and` and `or` adds a level) is bounded, so 10,000
/// nested parentheses or a 10,000-term `and` chain give one error instead of a stack
/// overflow in any recursive walk. A nil result means an error was already reported.
extension ParserState {
    mutating func parseCondition() -> Expression? {
        conditionTooDeep = false
        return parseOr(depth: 1)?.0
    }

    /// `depth` is the height of the tree above this point; every result's height (returned
    /// alongside it) is checked, so long `and`/`or` chains are bounded too.
    private mutating func parseOr(depth: Int) -> (Expression, Int)? {
        guard var (left, height) = parseAnd(depth: depth) else { return nil }
        while consume(.or) != nil {
            guard let (right, rightHeight) = parseAnd(depth: depth) else { return nil }
            height = max(height, rightHeight) + 1
            guard depth + height <= Parser.maximumConditionDepth + 1 else { return tooLong() }
            left = .or(left, right, span: left.span.union(right.span))
        }
        return (left, height)
    }

    private mutating func parseAnd(depth: Int) -> (Expression, Int)? {
        guard var (left, height) = parseUnary(depth: depth) else { return nil }
        while consume(.and) != nil {
            guard let (right, rightHeight) = parseUnary(depth: depth) else { return nil }
            height = max(height, rightHeight) + 1
            guard depth + height <= Parser.maximumConditionDepth + 1 else { return tooLong() }
            left = .and(left, right, span: left.span.union(right.span))
        }
        return (left, height)
    }

    private mutating func tooLong() -> (Expression, Int)? {
        reportTooDeep(message: "condition has too many 'and'/'or' terms")
        return nil
    }

    private mutating func parseUnary(depth: Int) -> (Expression, Int)? {
        if depth > Parser.maximumConditionDepth {
            reportTooDeep(message: "condition is nested too deeply")
            return nil
        }
        if let notToken = consume(.not) {
            guard let (operand, height) = parseUnary(depth: depth + 1) else { return nil }
            return (.not(operand, span: Span(notToken.span.start, operand.span.end)), height + 1)
        }
        return parsePrimary(depth: depth)
    }

    private mutating func parsePrimary(depth: Int) -> (Expression, Int)? {
        let token = peek()
        switch token.kind {
        case .leftParen:
            advance()
            guard let (inner, height) = parseOr(depth: depth + 1) else { return nil }
            guard let close = consume(.rightParen) else {
                errorExpected("')' to close the '(' in the condition")
                return nil
            }
            return (.group(inner, span: Span(token.span.start, close.span.end)), height + 1)
        case .identifier:
            return parseComparison().map { ($0, 1) }
        case .keyword(let keyword) where !token.startsLine && keyword != .if && keyword != .else:
            error(
                .keywordAsName, "'\(keyword.rawValue)' is a keyword, not a field name", at: token.span,
                help: "a condition compares a field, as in 'interest == low' or 'email is set'")
            return nil
        default:
            errorExpected("a condition such as 'interest == low'")
            return nil
        }
    }

    /// `field OP literal` or `field is set`.
    private mutating func parseComparison() -> Expression? {
        let field = name(advance())
        if consume(.is) != nil {
            guard consume(.set) != nil else {
                errorExpected("'set' after 'is'", help: "write '\(field.text) is set'")
                return nil
            }
            return .isSet(field: field, span: Span(field.span.start, previousEnd))
        }
        let token = peek()
        let op: ComparisonOperator
        if let written = token.kind.comparisonOperator {
            op = written
        } else if token.kind == .assign {
            error(
                .assignInsteadOfEqual, "use '==' to compare", at: token.span,
                help: "'=' is not an operator; '==' tests equality",
                fixIts: [fixIt("replace '=' with '=='", replacing: token.span, with: "==")])
            op = .equal
        } else {
            errorExpected(
                "a comparison such as '==' or 'is set' after '\(field.text)'",
                help: "the operators are ==, !=, <, <=, > and >=")
            return nil
        }
        advance()
        guard let value = parseLiteral() else { return nil }
        return .comparison(field: field, op: op, value: value, span: Span(field.span.start, value.span.end))
    }

    private mutating func parseLiteral() -> LiteralValue? {
        let token = peek()
        switch token.kind {
        case .number:
            advance()
            return LiteralValue(kind: .number(text(token.span)), span: token.span)
        case .string:
            advance()
            return LiteralValue(
                kind: .string(TextLiteral(content: lexer.takeText(of: token), span: token.span).plainText),
                span: token.span)
        case .identifier:
            advance()
            return LiteralValue(kind: .word(text(token.span)), span: token.span)
        default:
            errorExpected("a value (a number, a string or a word such as 'low')")
            return nil
        }
    }

    /// One error for the whole condition, then skip to its `->` (or the end of the line) so
    /// the rest of the step parses normally.
    private mutating func reportTooDeep(message: String) {
        guard !conditionTooDeep else { return }
        conditionTooDeep = true
        error(
            .conditionTooDeep, message, at: peek().span,
            notes: [
                "a condition may be at most \(Parser.maximumConditionDepth) levels deep (parentheses, 'not', 'and', 'or')"
            ],
            help: "split the condition over several 'if' lines or simplify it")
        while true {
            let token = peek()
            if token.kind == .endOfFile || token.kind == .arrow || token.kind == .leftBrace || token.kind == .rightBrace
            {
                return
            }
            advance()
            if peek().startsLine { return }
        }
    }
}
