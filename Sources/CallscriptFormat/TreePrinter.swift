import CallscriptSyntax

/// Turns a syntax tree into layout lines; literals are copied from the source bytes.
struct TreePrinter {
    let bytes: [UInt8]
    private(set) var lines: [LayoutLine] = []
    private var item = 0
    private var kind: LayoutLine.ItemKind = .block
    private var askBlocks = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func print(_ file: ScriptFile) {
        if let header = file.header { printHeader(header) }
        for top in file.items {
            item += 1
            switch top {
            case .use(let d):
                kind = .use
                emit(0, "use \(raw(d.path.span))", d.span)
            case .field(let d):
                kind = .field
                let purpose = d.purpose.map { " purpose \(raw($0.span))" } ?? ""
                emit(0, "\(d.origin.rawValue) \(d.name.text): \(typeText(d.type))\(purpose)", d.span)
            case .start(let d):
                kind = .start
                emit(0, "start \(d.target.text)", d.span)
            case .step(let d):
                kind = .block
                printBody(
                    opening: "step \(d.name.text) {", openSpan: d.name.span.union(Span(d.span.start, d.name.span.end)),
                    d.body)
            case .handler(let d):
                kind = .block
                printBody(opening: "on \(d.event.text) {", openSpan: Span(d.span.start, d.event.span.end), d.body)
            }
        }
    }

    private mutating func printHeader(_ header: ScriptHeader) {
        kind = .header
        emit(0, "script \(raw(header.name.span)) {", Span(header.span.start, header.name.span.end))
        for entry in header.entries {
            let value: String
            switch entry.kind {
            case .company(let t), .principal(let t), .callerID(let t), .policy(let t), .language(let t):
                value = raw(t.span)
            case .sector(let n): value = n.text
            case .audience(.optIn): value = "opt-in"
            case .audience(.customers(let months)): value = "customers \(raw(months.span)) months"
            case .version(let v): value = raw(v.span)
            }
            emit(1, "\(entry.kind.keyword) \(value)", entry.span)
        }
        closing(0, header.span)
    }

    private mutating func printBody(opening: String, openSpan: Span, _ body: StepBody) {
        emit(0, opening, Span(openSpan.start, body.span.start + 1))
        for statement in body.statements { emit(1, statementText(statement.kind), statement.span) }
        if let ending = body.ending { printEnding(ending) }
        closing(0, body.span)
    }

    private mutating func printEnding(_ ending: StepEnding) {
        switch ending.kind {
        case .ask(let ask):
            var head = "ask "
            switch ask.kind {
            case .plain: break
            case .convenient: head += "convenient "
            case .consent(let purpose): head += "consent \(raw(purpose.span)) "
            }
            head += "\(raw(ask.question.span)) {"
            emit(1, head, Span(ask.span.start, ask.question.span.end))
            askBlocks += 1
            for answer in ask.answers {
                var line = lineFor(2, "", answer.span)
                line.answer = .init(
                    classWord: answer.answerClass?.text, label: raw(answer.label.span), target: answer.target.text,
                    block: askBlocks)
                lines.append(line)
            }
            closing(1, ask.span)
        case .jump(let target): emit(1, "-> \(target.text)", ending.span)
        case .branches(let jumps, let otherwise):
            for jump in jumps {
                emit(1, "if \(expressionText(jump.condition)) -> \(jump.target.text)", jump.span)
            }
            if let otherwise {
                emit(
                    1, "else -> \(otherwise.text)", Span(jumps.last?.span.end ?? ending.span.start, otherwise.span.end))
            }
        case .end: emit(1, "end", ending.span)
        case .hangup: emit(1, "hangup", ending.span)
        case .callback(let field): emit(1, "callback at \(field.text)", ending.span)
        case .transferOptout(let text): emit(1, "transfer optout \(raw(text.span))", ending.span)
        }
    }

    private func statementText(_ kind: StatementKind) -> String {
        switch kind {
        case .say(let t): "say \(raw(t.span))"
        case .identify(let t): "identify \(raw(t.span))"
        case .pitch(let t): "pitch \(raw(t.span))"
        case .optout(let t): "optout \(raw(t.span))"
        case .disclose(let topic, let t): "disclose \(topic.text) \(raw(t.span))"
        case .capture(let field, let prompt): "capture \(field.text) \(raw(prompt.span))"
        case .recordObjection: "record objection"
        }
    }

    private func typeText(_ type: TypeExpression) -> String {
        switch type.kind {
        case .text: "text"
        case .number: "number"
        case .yesno: "yesno"
        case .date: "date"
        case .datetime: "datetime"
        case .email: "email"
        case .phone: "phone"
        case .choice(let names): "choice(\(names.map(\.text).joined(separator: ", ")))"
        }
    }

    /// Conditions get canonical spacing; written parentheses are kept, none are added.
    private func expressionText(_ e: Expression) -> String {
        switch e {
        case .comparison(let field, let op, let value, _): "\(field.text) \(op.rawValue) \(raw(value.span))"
        case .isSet(let field, _): "\(field.text) is set"
        case .and(let l, let r, _): "\(expressionText(l)) and \(expressionText(r))"
        case .or(let l, let r, _): "\(expressionText(l)) or \(expressionText(r))"
        case .not(let inner, _): "not \(expressionText(inner))"
        case .group(let inner, _): "(\(expressionText(inner)))"
        }
    }

    private func raw(_ span: Span) -> String {
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    private func lineFor(_ indent: Int, _ text: String, _ span: Span) -> LayoutLine {
        LayoutLine(indent: indent, text: text, start: span.start, end: span.end, item: item, itemKind: kind)
    }

    private mutating func emit(_ indent: Int, _ text: String, _ span: Span) {
        lines.append(lineFor(indent, text, span))
    }

    /// The `}` of a block whose span ends just after it.
    private mutating func closing(_ indent: Int, _ span: Span) {
        var line = lineFor(indent, "}", Span(max(span.start, span.end - 1), span.end))
        line.isClosing = true
        lines.append(line)
    }
}
