import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// The complete script from the language spec parses cleanly into the expected tree.
@Suite struct CompleteExampleTests {
    let result: ParseResult

    init() throws {
        result = Parser.parse(try Fixtures.load("valid/winback.call"))
    }

    @Test func parsesWithoutDiagnostics() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }

    @Test func headerHasEveryEntry() throws {
        let header = try #require(result.file.header)
        #expect(header.name.plainText == "Winback Energie 2026")
        #expect(
            header.entries.map(\.kind.keyword) == ["company", "principal", "caller-id", "policy", "sector", "audience"])
        #expect(
            header.entries[0].kind
                == .company(TextLiteral(parts: [.text("Zonnig Energie B.V.")], span: header.entries[0].kind.textSpan)))
        guard case .audience(.optIn) = header.entries[5].kind else {
            Issue.record("expected 'audience opt-in', got \(header.entries[5].kind)")
            return
        }
    }

    @Test func topLevelItemsInOrder() {
        let shape = result.file.items.map { item -> String in
            switch item {
            case .use(let u): "use \(u.path.plainText)"
            case .field(let f): "\(f.origin.rawValue) \(f.name.text)"
            case .start(let s): "start \(s.target.text)"
            case .step(let s): "step \(s.name.text)"
            case .handler(let h): "on \(h.event.text)"
            }
        }
        #expect(
            shape == [
                "contact first_name", "contact customer_since", "capture email", "capture interest",
                "capture callback_at", "capture complaint", "start intro", "step intro", "step offer",
                "step send_offer", "step plan_callback", "step goodbye", "on objection", "on voicemail",
                "on complaint", "on minor",
            ])
    }

    @Test func choiceTypeKeepsItsValues() throws {
        let fields = result.file.items.compactMap { if case .field(let f) = $0 { f } else { nil } }
        let interest = try #require(fields.first { $0.name.text == "interest" })
        guard case .choice(let values) = interest.type.kind else {
            Issue.record("interest should be a choice")
            return
        }
        #expect(values.map(\.text) == ["low", "medium", "high"])
    }

    @Test func stepsHaveTheirStatementsAndEndings() throws {
        let steps = Dictionary(
            uniqueKeysWithValues: result.file.items.compactMap { item -> (String, StepBody)? in
                switch item {
                case .step(let s): (s.name.text, s.body)
                case .handler(let h): ("on " + h.event.text, h.body)
                default: nil
                }
            })
        let intro = try #require(steps["intro"])
        #expect(intro.statements.count == 1)
        guard case .identify(let line) = intro.statements[0].kind else {
            Issue.record("intro starts with identify")
            return
        }
        #expect(line.placeholders.map(\.text) == ["first_name", "agent", "company", "principal"])
        guard case .ask(let ask) = intro.ending?.kind else {
            Issue.record("intro ends with ask")
            return
        }
        #expect(ask.kind == .convenient)
        #expect(ask.answers.map { $0.answerClass?.text } == ["yes", "later", "no"])
        #expect(ask.answers.map(\.target.text) == ["offer", "plan_callback", "goodbye"])

        let offer = try #require(steps["offer"])
        guard case .branches(let jumps, let otherwise) = offer.ending?.kind else {
            Issue.record("offer ends with if/else")
            return
        }
        #expect(jumps.count == 1)
        #expect(otherwise?.text == "send_offer")
        guard case .comparison(let field, .equal, let value, _) = jumps.first?.condition else {
            Issue.record("offer's condition is a comparison")
            return
        }
        #expect(field.text == "interest")
        #expect(value.kind == .word("low"))

        let sendOffer = try #require(steps["send_offer"])
        guard case .ask(let consent) = sendOffer.ending?.kind, case .consent(let purpose) = consent.kind else {
            Issue.record("send_offer ends with ask consent")
            return
        }
        #expect(purpose.plainText == "email-offers")

        #expect(
            steps["plan_callback"]?.ending?.kind
                == .callback(
                    field: Name(
                        "callback_at",
                        span: steps["plan_callback"]?.ending.map { Span($0.span.end - 11, $0.span.end) } ?? Span(0, 0)))
        )
        #expect(steps["goodbye"]?.ending?.kind == .end)
        #expect(steps["on voicemail"]?.ending?.kind == .hangup)
        #expect(steps["on objection"]?.statements.first?.kind == .recordObjection)
        guard case .transferOptout = steps["on objection"]?.ending?.kind else {
            Issue.record("objection handler ends with transfer optout")
            return
        }
        guard case .jump(let target) = steps["on complaint"]?.ending?.kind else {
            Issue.record("complaint handler ends with a jump")
            return
        }
        #expect(target.text == "goodbye")
    }

    @Test func commentsAreKept() {
        #expect(result.file.comments.count == 8)
        #expect(result.file.comments.first?.text == " Winback campaign for former customers. Agents read this aloud.")
    }
}

extension HeaderEntryKind {
    /// The span of the entry's string value, for building expected values in tests.
    fileprivate var textSpan: Span {
        switch self {
        case .company(let t), .principal(let t), .callerID(let t), .policy(let t), .language(let t): t.span
        default: Span(0, 0)
        }
    }
}
