import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime

/// Reads the step lines of a test: `continue`, `answer`, `capture`, `event` and `expect`.
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

    static let eventWords: [String: CallEvent] = [
        "objection": .objection, "voicemail": .voicemail, "complaint": .complaint, "minor": .minor, "hang-up": .hangUp,
        "hangup": .hangUp, "hung-up": .hangUp,
    ]

    static func action(_ keyword: String, _ reader: inout LineReader, _ state: inout ParseState) -> TestAction? {
        switch keyword {
        case "continue": return .continue
        case "answer": return answer(&reader, &state)
        case "capture": return capture(&reader, &state)
        case "event":
            guard let word = reader.next() else {
                state.error(
                    .testMalformedLine, "'event' needs the event", reader.endRange,
                    help: "write one of: objection, voicemail, complaint, minor, hang-up")
                return nil
            }
            guard let event = eventWords[word.text] else {
                let near = closestWord(to: word.text, in: CallEvent.allCases.map(\.rawValue))
                state.error(
                    .testBadValue, "unknown event '\(word.text)'", reader.range(word),
                    help: near.map { "did you mean '\($0)'?" }
                        ?? "write one of: objection, voicemail, complaint, minor, hang-up")
                return nil
            }
            return .event(event)
        default: return expect(&reader, &state).map(TestAction.expect)
        }
    }

    static func answer(_ reader: inout LineReader, _ state: inout ParseState) -> TestAction? {
        guard let first = reader.peek else {
            state.error(
                .testMalformedLine, "'answer' needs the answer", reader.endRange,
                help: "write the answer as shown, e.g. answer \"Ja\", or its number (answer 2) or class (answer yes)")
            return nil
        }
        if first.kind == .word, reader.tokens.count == 2 {
            _ = reader.next()
            if let n = Int(first.text) {
                guard n >= 1 else {
                    state.error(
                        .testBadValue, "answer numbers start at 1", reader.range(first),
                        help: "write the number shown on screen")
                    return nil
                }
                return .answer(.number(n))
            }
            if let cls = AnswerClass(rawValue: first.text) { return .answer(.answerClass(cls)) }
            return .answer(.label(first.text))
        }
        guard let (text, _) = reader.rest() else { return nil }
        return .answer(.label(text))
    }

    static func capture(_ reader: inout LineReader, _ state: inout ParseState) -> TestAction? {
        guard let name = reader.next(), name.kind == .word else {
            state.error(
                .testMalformedLine, "'capture' needs a field name and a value", reader.endRange,
                help: "write e.g. capture emailadres = \"jan@voorbeeld.nl\"")
            return nil
        }
        if reader.peek?.kind == .equals { _ = reader.next() }
        guard let (value, _) = reader.rest() else {
            state.error(
                .testMalformedLine, "capture '\(name.text)' needs a value", reader.endRange,
                help: "write e.g. capture \(name.text) = \"...\"")
            return nil
        }
        return .capture(field: name.text, value: value)
    }

    static func expect(_ reader: inout LineReader, _ state: inout ParseState) -> Expectation? {
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
    static func timeOrNil(_ reader: inout LineReader, _ state: inout ParseState) -> LocalDateTime?? {
        guard let t = reader.next() else { return .some(nil) }
        guard let time = LocalDateTime(t.text) else {
            state.error(
                .testBadValue, "'\(t.text)' is not a date and time", reader.range(t),
                help: "write YYYY-MM-DDTHH:MM, e.g. 2026-12-01T10:00")
            return nil
        }
        return .some(time)
    }

    static func outcome(_ reader: inout LineReader, _ state: inout ParseState) -> Expectation? {
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

    static func negative(_ reader: inout LineReader, _ state: inout ParseState) -> Expectation? {
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
