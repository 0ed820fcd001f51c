import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// Every node's span slices exactly the source text it was parsed from.
@Suite struct SpanTests {
    @Test(arguments: ["valid/all-forms.call", "valid/winback.call"])
    func everySpanSlicesItsSource(path: String) throws {
        let source = try Fixtures.load(path)
        let result = Parser.parse(source)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        var checker = SpanChecker(bytes: source.bytes)
        checker.check(result.file)
        #expect(checker.checked > 100)
        #expect(checker.failures.isEmpty, "\(checker.failures.joined(separator: "\n"))")
    }

    @Test func placeholderSpansCoverTheirBraces() throws {
        let text = try #require(TemplateTextTests.firstSay("step a {\n  say \"Hoi {naam}, {{x}} {b}\"\n  end\n}\n"))
        #expect(
            text.parts == [
                .text("Hoi "), .placeholder(Name("naam", span: Span(20, 26))), .text(", {x} "),
                .placeholder(Name("b", span: Span(34, 37))),
            ])
        #expect(text.template == "Hoi {naam}, {{x}} {b}")
    }

    @Test func diagnosticRangesPointAtTheMistake() throws {
        let source = SourceFile(path: "t.call", text: "step a {\n  sya \"Hoi\"\n  end\n}\n")
        let diagnostic = try #require(Parser.parse(source).diagnostics.first)
        #expect(diagnostic.range.start.line == 2)
        #expect(diagnostic.range.start.column == 3)
        #expect(diagnostic.range.end.column == 6)
        #expect(diagnostic.fixIts.first?.edits.first?.replacement == "say")
    }
}

/// Walks a tree and checks each span against what the node must look like in the source.
struct SpanChecker {
    let bytes: [UInt8]
    var failures: [String] = []
    var checked = 0

    func slice(_ span: Span) -> String {
        guard span.start >= 0, span.start <= span.end, span.end <= bytes.count else { return "<bad span \(span)>" }
        return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    mutating func expect(_ span: Span, equals text: String, _ what: String) {
        checked += 1
        if slice(span) != text { failures.append("\(what): expected '\(text)', span has '\(slice(span))'") }
    }

    mutating func expect(_ span: Span, startsWith prefix: String, endsWith suffix: String, _ what: String) {
        checked += 1
        let text = slice(span)
        if !text.hasPrefix(prefix) || !text.hasSuffix(suffix) {
            failures.append("\(what): expected '\(prefix)...\(suffix)', span has '\(text)'")
        }
    }

    mutating func check(_ name: Name, _ what: String) { expect(name.span, equals: name.text, what) }

    mutating func check(_ text: TextLiteral, _ what: String) {
        expect(text.span, startsWith: "\"", endsWith: "\"", what)
        for name in text.placeholders { expect(name.span, equals: "{\(name.text)}", "placeholder in \(what)") }
    }

    mutating func check(_ file: ScriptFile) {
        for comment in file.comments { expect(comment.span, equals: "#" + comment.text, "comment") }
        if let header = file.header {
            expect(header.span, startsWith: "script \"", endsWith: "}", "header")
            check(header.name, "script name")
            for entry in header.entries {
                expect(entry.keywordSpan, equals: entry.kind.keyword, "header keyword")
                expect(entry.span, startsWith: entry.kind.keyword, endsWith: lastText(of: entry), "header entry")
            }
        }
        for item in file.items {
            switch item {
            case .use(let use):
                expect(use.span, startsWith: "use", endsWith: slice(use.path.span), "use")
                check(use.path, "use path")
            case .field(let field):
                expect(field.span, startsWith: field.origin.rawValue, endsWith: slice(field.type.span), "field")
                check(field.name, "field name")
                let typeText = slice(field.type.span)
                if case .choice(let values) = field.type.kind {
                    expect(field.type.span, startsWith: "choice(", endsWith: ")", "choice type")
                    for value in values { check(value, "choice value") }
                } else if typeText.contains(" ") || typeText.isEmpty {
                    failures.append("type span '\(typeText)'")
                }
            case .start(let start):
                expect(start.span, equals: "start " + start.target.text, "start")
                check(start.target, "start target")
            case .step(let step):
                expect(step.span, startsWith: "step", endsWith: "}", "step")
                check(step.name, "step name")
                check(step.body, "step \(step.name.text)")
            case .handler(let handler):
                expect(handler.span, startsWith: "on", endsWith: "}", "handler")
                check(handler.event, "event")
                check(handler.body, "on \(handler.event.text)")
            }
        }
    }

    func lastText(of entry: HeaderEntry) -> String {
        switch entry.kind {
        case .company(let t), .principal(let t), .callerID(let t), .policy(let t), .language(let t): slice(t.span)
        case .sector(let name): name.text
        case .audience(.optIn): "opt-in"
        case .audience(.customers): "months"
        case .audience(.business): "business"
        case .version(let number): slice(number.span)
        case .recording: "recording"
        }
    }

    mutating func check(_ body: StepBody, _ what: String) {
        expect(body.span, startsWith: "{", endsWith: "}", "body of \(what)")
        for statement in body.statements {
            let keyword = slice(statement.span).prefix { $0 != " " }
            switch statement.kind {
            case .say(let t), .identify(let t), .pitch(let t), .optout(let t):
                check(t, "\(keyword) text")
                expect(statement.span, startsWith: String(keyword), endsWith: slice(t.span), "statement")
            case .disclose(let topic, let t):
                check(topic, "disclose topic")
                check(t, "disclose text")
                expect(statement.span, startsWith: "disclose", endsWith: slice(t.span), "disclose")
            case .capture(let field, let prompt):
                check(field, "capture field")
                check(prompt, "capture prompt")
                expect(statement.span, startsWith: "capture", endsWith: slice(prompt.span), "capture")
            case .recordObjection:
                expect(statement.span, equals: "record objection", "record")
            }
        }
        guard let ending = body.ending else {
            failures.append("\(what) has no ending")
            return
        }
        switch ending.kind {
        case .ask(let ask):
            expect(ending.span, startsWith: "ask", endsWith: "}", "ask ending")
            expect(ask.span, startsWith: "ask", endsWith: "}", "ask block")
            check(ask.question, "question")
            if case .consent(let purpose) = ask.kind { check(purpose, "consent purpose") }
            for answer in ask.answers {
                if let answerClass = answer.answerClass {
                    check(answerClass, "answer class")
                    expect(answer.span, startsWith: answerClass.text, endsWith: answer.target.text, "answer")
                } else {
                    expect(answer.span, startsWith: "\"", endsWith: answer.target.text, "answer")
                }
                check(answer.label, "answer label")
                check(answer.target, "answer target")
            }
        case .jump(let target):
            expect(ending.span, startsWith: "->", endsWith: target.text, "jump")
            check(target, "jump target")
        case .branches(let jumps, let otherwise):
            expect(ending.span, startsWith: "if", endsWith: otherwise?.text ?? "?", "branches")
            for jump in jumps {
                expect(jump.span, startsWith: "if", endsWith: jump.target.text, "if line")
                check(jump.target, "if target")
                check(jump.condition)
            }
            if let otherwise { check(otherwise, "else target") }
        case .end: expect(ending.span, equals: "end", "end")
        case .hangup: expect(ending.span, equals: "hangup", "hangup")
        case .callback(let field):
            expect(ending.span, equals: "callback at \(field.text)", "callback")
            check(field, "callback field")
        case .transferOptout(let t):
            expect(ending.span, startsWith: "transfer optout", endsWith: slice(t.span), "transfer")
            check(t, "announcement")
        }
    }

    mutating func check(_ expression: Expression) {
        switch expression {
        case .comparison(let field, let op, let value, let span):
            check(field, "compared field")
            expect(span, startsWith: field.text, endsWith: slice(value.span), "comparison")
            if !slice(span).contains(op.rawValue) {
                failures.append("comparison '\(slice(span))' lacks \(op.rawValue)")
            }
            switch value.kind {
            case .number(let n), .word(let n): expect(value.span, equals: n, "literal")
            case .string(let s): expect(value.span, equals: "\"\(s)\"", "string literal")
            }
        case .isSet(let field, let span):
            check(field, "is-set field")
            expect(span, equals: "\(field.text) is set", "is set")
        case .and(let l, let r, let span), .or(let l, let r, let span):
            expect(span, startsWith: slice(l.span), endsWith: slice(r.span), "and/or")
            check(l)
            check(r)
        case .not(let inner, let span):
            expect(span, startsWith: "not", endsWith: slice(inner.span), "not")
            check(inner)
        case .group(let inner, let span):
            expect(span, startsWith: "(", endsWith: ")", "group")
            check(inner)
        }
    }
}
