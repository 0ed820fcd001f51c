import CallscriptDiagnostics
import CallscriptInput
import CallscriptMachine
import CallscriptRuntime

/// Reads the step lines of a test: the input lines (`continue`, `answer`, `capture`, `event`,
/// read by `InputLineParser` as in answers files) and `expect`.
enum StepParser {
    static let expectWords =
        ["line", "state", "step", "say", "refused", "outcome", "consent", "objection", "callback", "call", "no"]
        + ExpectedRole.allCases.map(\.rawValue)

    static let outcomeWords: [String: Outcome.Kind] = [
        "end": .end, "hangup": .hangup, "callback": .callback, "transfer-optout": .transferOptout,
        "transfer": .transferOptout,
        "objection": .objection, "minor": .minor, "person-hung-up": .personHungUp, "hung-up": .personHungUp,
        "hang-up": .personHungUp,
    ]

    /// `continue`, `answer`, `capture`, `event` (the input language, shared with answers files)
    /// or `expect`.
    static func action(_ keyword: String, _ reader: inout InputLineReader, _ state: inout ParseState) -> TestAction? {
        guard InputLineParser.keywords.contains(keyword) else { return expect(&reader, &state).map(TestAction.expect) }
        switch InputLineParser.step(keyword, &reader, dialect: .test, diagnostics: &state.diagnostics) {
        case .continue?: return .continue
        case .answer(let choice)?: return .answer(choice)
        case .capture(let field?, let value)?: return .capture(field: field, value: value)
        case .event(let event)?: return .event(event)
        // The test dialect requires the field and refuses `suspend`, with a diagnostic.
        case .capture(nil, _)?, .suspend?, nil: return nil
        }
    }

    static func expect(_ reader: inout InputLineReader, _ state: inout ParseState) -> Expectation? {
        let help = "write e.g. expect line aanbod.1, expect say \"...\", expect outcome end or expect consent \"...\""
        guard let word = reader.next(), word.kind == .word else {
            state.error(.testMalformedLine, "'expect' needs what to expect", reader.endRange, help: help)
            return nil
        }
        func text(_ what: String, example: String) -> String? {
            guard let t = reader.next(), t.kind != .equals else {
                state.error(
                    .testMalformedLine, "'expect \(word.text)' needs \(what)", reader.endRange,
                    help: "write e.g. \(example)")
                return nil
            }
            return t.text
        }
        func optionalText() -> String? { reader.peek.map { _ in reader.next()?.text ?? "" } }
        switch word.text {
        case "line", "state": return text("a state ID", example: "expect line aanbod.1").map(Expectation.line)
        case "step": return text("a step name", example: "expect step aanbod").map(Expectation.step)
        case "say": return text("the text", example: "expect say \"Goedemiddag\"").map { .text($0, role: nil) }
        case "refused": return .refused(optionalText())
        case "consent": return text("the purpose", example: "expect consent \"telemarketing\"").map(Expectation.consent)
        case "objection":
            if reader.peek?.text == "recorded" { _ = reader.next() }
            return .objectionRecorded
        case "callback": return timeOrNil(&reader, &state).map(Expectation.callback)
        case "call":
            guard reader.next()?.text == "refused" else {
                state.error(
                    .testMalformedLine, "expected 'refused' after 'expect call'", reader.endRange,
                    help: "write expect call refused, optionally with the gate: expect call refused \"NL-GATE-HOURS\"")
                return nil
            }
            return .callRefused(optionalText())
        case "outcome": return outcome(&reader, &state)
        case "no", "not": return negative(&reader, &state)
        default:
            if let role = ExpectedRole(rawValue: word.text) {
                if let t = reader.peek, t.kind == .string {
                    _ = reader.next()
                    return .text(t.text, role: role)
                }
                return .role(role)
            }
            let near = closestWord(to: word.text, in: expectWords)
            state.error(
                .testUnknownKeyword, "unknown expectation '\(word.text)'", reader.range(word),
                help: near.map { "did you mean '\($0)'?" } ?? help)
            return nil
        }
    }

    /// An optional `YYYY-MM-DDTHH:MM`; `.some(nil)` when absent, nil after an error.
    static func timeOrNil(_ reader: inout InputLineReader, _ state: inout ParseState) -> LocalDateTime?? {
        guard let t = reader.next() else { return .some(nil) }
        guard let time = LocalDateTime(t.text) else {
            state.error(
                .testBadValue, "'\(t.text)' is not a date and time", reader.range(t),
                help: "write YYYY-MM-DDTHH:MM, e.g. 2026-12-01T10:00")
            return nil
        }
        return .some(time)
    }

    static func outcome(_ reader: inout InputLineReader, _ state: inout ParseState) -> Expectation? {
        let kinds = Outcome.Kind.allCases.map(\.rawValue)
        guard let t = reader.next(), t.kind == .word else {
            state.error(
                .testMalformedLine, "'expect outcome' needs the outcome", reader.endRange,
                help: "write one of: \(kinds.joined(separator: ", "))")
            return nil
        }
        guard let kind = outcomeWords[t.text] else {
            let near = closestWord(to: t.text, in: kinds + ["hung-up"])
            state.error(
                .testBadValue, "unknown outcome '\(t.text)'", reader.range(t),
                help: near.map { "did you mean '\($0)'?" } ?? "write one of: \(kinds.joined(separator: ", "))")
            return nil
        }
        guard kind == .callback, let at = timeOrNil(&reader, &state) else {
            return kind == .callback ? nil : .outcome(kind, callbackAt: nil)
        }
        return .outcome(kind, callbackAt: at)
    }

    static func negative(_ reader: inout InputLineReader, _ state: inout ParseState) -> Expectation? {
        guard let t = reader.next(), t.kind == .word else {
            state.error(
                .testMalformedLine, "'expect no' needs what must not happen", reader.endRange,
                help: "write e.g. expect no pitch, expect no consent, expect no objection or expect no line aanbod.1")
            return nil
        }
        switch t.text {
        case "line", "state", "step":
            guard let name = reader.next() else {
                state.error(
                    .testMalformedLine, "'expect no \(t.text)' needs a name", reader.endRange,
                    help: "write e.g. expect no \(t.text) aanbod")
                return nil
            }
            return .never(t.text == "step" ? .step(name.text) : .line(name.text))
        case "consent": return .never(.consent(reader.next()?.text))
        case "objection":
            if reader.peek?.text == "recorded" { _ = reader.next() }
            return .never(.objection)
        case "callback": return .never(.callback)
        default:
            if let role = ExpectedRole(rawValue: t.text) { return .never(.role(role)) }
            let near = closestWord(
                to: t.text,
                in: ["line", "step", "consent", "objection", "callback"] + ExpectedRole.allCases.map(\.rawValue))
            state.error(
                .testUnknownKeyword, "unknown expectation 'no \(t.text)'", reader.range(t),
                help: near.map { "did you mean 'no \($0)'?" } ?? "write e.g. expect no pitch or expect no consent")
            return nil
        }
    }
}
