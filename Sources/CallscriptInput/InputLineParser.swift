import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime

/// What the agent does on one input line: the part of `.calltest` that `.answers` files are
/// made of.
public enum AgentStep: Hashable, Sendable {
    case `continue`
    case answer(AnswerChoice)
    /// `capture FIELD = VALUE`; the field is nil when an answers file leaves it out
    /// (`capture VALUE`: whatever capture is on screen).
    case capture(field: String?, value: String)
    case event(CallEvent)
    /// Stop safely here; `run --resume` continues. Answers files only.
    case suspend
}

/// Where input lines are read. The lines are the same language; two things differ, both
/// because a test asserts more than a replay needs.
public enum InputDialect: Sendable, Hashable {
    /// A `.calltest` test: `capture` names its field (`capture FIELD [=] VALUE`); no `suspend`.
    case test
    /// A `run --answers` file: `capture VALUE` may leave the field out (then the value is the
    /// rest of the line; name a field with `capture FIELD = VALUE`); `suspend` stops the call.
    case answers
}

/// Reads one agent-input line after its keyword. Mistakes become diagnostics with the line's
/// range; the caller goes on with the next line, so one run shows every mistake.
public enum InputLineParser {
    /// The keywords of input lines.
    public static let keywords = ["continue", "answer", "capture", "event", "suspend"]

    /// Event names (the one list, `CallEvent`) and the spellings people also write for hang-up.
    public static let eventWords: [String: CallEvent] = Dictionary(
        uniqueKeysWithValues: CallEvent.allCases.map { ($0.rawValue, $0) } + [
            ("hangup", .hangUp), ("hung-up", .hangUp),
        ])

    static let eventHelp = "write one of: " + CallEvent.allCases.map(\.rawValue).joined(separator: ", ")

    /// The step of a line starting with `keyword` (one of `keywords`); nil after a diagnostic.
    /// Tokens after a complete step are left for the caller to report.
    public static func step(
        _ keyword: String, _ reader: inout InputLineReader, dialect: InputDialect, diagnostics: inout [Diagnostic]
    ) -> AgentStep? {
        func error(_ code: DiagnosticCode, _ message: String, _ range: SourceRange, help: String) {
            diagnostics.append(Diagnostic(code, message, at: range, help: help))
        }
        switch keyword {
        case "continue": return .continue
        case "suspend":
            guard dialect == .answers else {
                error(
                    .testMisplacedLine, "'suspend' belongs in answers files, not in a test",
                    reader.range(reader.tokens[0]),
                    help: "a test runs the call to its end; remove the line, or end the test with an expectation")
                return nil
            }
            return .suspend
        case "answer": return answer(&reader, error)
        case "capture": return capture(&reader, dialect: dialect, error)
        case "event":
            guard let word = reader.next() else {
                error(.testMalformedLine, "'event' needs the event", reader.endRange, help: eventHelp)
                return nil
            }
            guard let event = eventWords[word.text] else {
                let near = Suggestions.closest(to: word.text, among: CallEvent.allCases.map(\.rawValue))
                error(
                    .testBadValue, "unknown event '\(word.text)'", reader.range(word),
                    help: near.map { "did you mean '\($0)'?" } ?? eventHelp)
                return nil
            }
            return .event(event)
        case "expect":
            error(
                .testUnknownKeyword, "'expect' belongs in a .calltest test, not in an answers file",
                reader.range(reader.tokens[0]),
                help: "an answers file has only inputs; put the lines in a test to check what the call shows")
            return nil
        default:
            let near = Suggestions.closest(to: keyword, among: keywords)
            error(
                .testUnknownKeyword, "unknown input '\(keyword)'", reader.range(reader.tokens[0]),
                help: near.map { "did you mean '\($0)'?" }
                    ?? "each line is continue, answer, capture, event or suspend")
            return nil
        }
    }

    /// Reports a mistake: code, message, where, help.
    typealias Report = (DiagnosticCode, String, SourceRange, String) -> Void

    /// `answer 2`, `answer yes`, `answer "Ja, graag"`, `answer Nee, laat maar`.
    private static func answer(_ reader: inout InputLineReader, _ error: Report) -> AgentStep? {
        guard let first = reader.peek else {
            error(
                .testMalformedLine, "'answer' needs the answer", reader.endRange,
                "write the answer as shown, e.g. answer \"Ja\", or its number (answer 2) or class (answer yes)")
            return nil
        }
        if first.kind == .word, reader.tokens.count == 2 {
            _ = reader.next()
            if let n = Int(first.text) {
                guard n >= 1 else {
                    error(
                        .testBadValue, "answer numbers start at 1", reader.range(first),
                        "write the number shown on screen")
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

    /// `capture FIELD = VALUE`, `capture FIELD VALUE` (tests) or `capture VALUE` (answers files).
    private static func capture(_ reader: inout InputLineReader, dialect: InputDialect, _ error: Report)
        -> AgentStep?
    {
        let named = reader.tokens.count > 2 && reader.tokens[2].kind == .equals
        if dialect == .answers, !named {
            guard let (value, _) = reader.rest(), !value.isEmpty else {
                error(
                    .testMalformedLine, "'capture' needs a value", reader.endRange,
                    "write the value after it, e.g. capture naam@voorbeeld.nl")
                return nil
            }
            return .capture(field: nil, value: value)
        }
        guard let name = reader.next(), name.kind == .word else {
            error(
                .testMalformedLine, "'capture' needs a field name and a value", reader.endRange,
                "write e.g. capture emailadres = \"jan@voorbeeld.nl\"")
            return nil
        }
        if reader.peek?.kind == .equals { _ = reader.next() }
        guard let (value, _) = reader.rest() else {
            error(
                .testMalformedLine, "capture '\(name.text)' needs a value", reader.endRange,
                "write e.g. capture \(name.text) = \"...\"")
            return nil
        }
        return .capture(field: name.text, value: value)
    }
}
