import CallscriptDiagnostics
import CallscriptInput
import CallscriptMachine
import CallscriptRuntime

/// Reads `.calltest` files. Line-based and forgiving: keywords are English, values may be
/// quoted or bare, `#` starts a comment. Every malformed line gets its own diagnostic with
/// `file:line:col`, and parsing goes on with the next line, so one run shows every mistake.
public enum ScriptTestParser {
    /// The parsed file (nil when it has errors) and all diagnostics, sorted.
    public static func parse(_ source: SourceFile) -> (file: ScriptTestFile?, diagnostics: [Diagnostic]) {
        var state = ParseState(source: source)
        for line in InputLineLexer.lines(of: source) {
            switch line {
            case .line(let lexed): state.line(lexed)
            case .mistake(let diagnostic): state.diagnostics.append(diagnostic)
            }
        }
        return state.finish()
    }

    /// Keywords that may start a line, for "did you mean" help.
    static let keywords = [
        "script", "now", "date", "agent", "phone", "contact", "gates", "given", "test", "from", "continue", "answer",
        "capture", "event", "expect", "checkpoint",
    ]
}

/// Accumulates the file while its lines are read.
struct ParseState {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []
    var script: (String, SourceRange)?
    var settings = TestSettings()
    var tests: [ScriptTestCase] = []
    var names: [String: SourceRange] = [:]
    /// Checkpoints by name: the test, the step and where each was set.
    var checkpoints: [String: (test: Int, step: Int, range: SourceRange)] = [:]
    /// The first setting line of the current test, for a `from` written after it.
    var firstSetting: (keyword: String, range: SourceRange)?

    init(source: SourceFile) { self.source = source }

    mutating func error(
        _ code: DiagnosticCode, _ message: String, _ range: SourceRange, help: String? = nil,
        related: [RelatedLocation] = []
    ) {
        diagnostics.append(Diagnostic(code, message, at: range, related: related, help: help))
    }

    mutating func line(_ lexed: LexedLine) {
        let first = lexed.first
        let lineRange = lexed.range
        let text = lexed.text
        var reader = lexed.reader
        guard first.kind == .word else {
            error(
                .testMalformedLine, "expected a keyword at the start of the line", reader.range(first),
                help: "start the line with test, answer, capture, event or expect")
            return
        }
        let keyword = first.text
        switch keyword {
        case "script": scriptLine(&reader, first)
        case "now", "date", "agent", "phone", "contact", "gates", "given": setting(keyword, &reader, first)
        case "test": testLine(&reader, lineRange)
        case "from": fromLine(&reader, first, lineRange)
        case "checkpoint": checkpointLine(&reader, first, lineRange, text)
        case "continue", "answer", "capture", "event", "suspend", "expect":
            guard !tests.isEmpty else {
                error(
                    .testMisplacedLine, "'\(keyword)' before the first test", reader.range(first),
                    help: "start a test first, e.g. test \"happy path\"")
                return
            }
            if let action = StepParser.action(keyword, &reader, &self) {
                if !reader.atEnd, let extra = reader.peek {
                    error(
                        .testMalformedLine, "unexpected '\(extra.text)' after '\(keyword)' line", reader.range(extra),
                        help: "write one step per line; quote text with spaces")
                    return
                }
                if case .expect(.refused) = action, case .checkpoint? = tests.last?.steps.last?.action {
                    error(
                        .testMisplacedLine, "'expect refused' right after a checkpoint", reader.range(first),
                        help: "`expect refused` belongs right after its capture: put the checkpoint after it")
                    return
                }
                tests[tests.count - 1].steps.append(TestStep(action, range: lineRange, text: text))
            }
        default:
            let near = closestWord(to: keyword, in: ScriptTestParser.keywords)
            error(
                .testUnknownKeyword, "unknown test line '\(keyword)'", reader.range(first),
                help: near.map { "did you mean '\($0)'?" }
                    ?? "lines start with test, answer, capture, event, expect or a setting")
        }
    }

    mutating func scriptLine(_ reader: inout InputLineReader, _ keyword: InputToken) {
        guard tests.isEmpty else {
            error(
                .testMisplacedLine, "'script' must come before the first test", reader.range(keyword),
                help: "move the line to the top of the file")
            return
        }
        guard let value = reader.next(), value.kind != .equals else {
            error(
                .testMalformedLine, "'script' needs the path of the script", reader.endRange,
                help: "write the path relative to this file, e.g. script \"../winback.call\"")
            return
        }
        if let (_, earlier) = script {
            error(
                .testDuplicateSetting, "the script is named twice", reader.range(value),
                help: "a test file tests one script; put tests of another script in their own file",
                related: [RelatedLocation(label: "first named here", range: earlier)])
            return
        }
        script = (value.text, reader.range(value))
        trailing(&reader, "script")
    }

    mutating func trailing(_ reader: inout InputLineReader, _ keyword: String) {
        if let extra = reader.next() {
            error(
                .testMalformedLine, "unexpected '\(extra.text)' after '\(keyword)' line", reader.range(extra),
                help: "quote text with spaces, e.g. \"Jan de Vries\"")
        }
    }

    mutating func setting(_ keyword: String, _ reader: inout InputLineReader, _ first: InputToken) {
        var target = tests.last?.settings ?? settings
        if let test = tests.last, !test.steps.isEmpty {
            error(
                .testMisplacedLine, "'\(keyword)' after the first step of test '\(test.name)'", reader.range(first),
                help: "settings of a test come right after its `test` line, before any step")
            return
        }
        if let test = tests.last, let origin = test.from {
            error(
                .testContinuingSetting,
                "'\(keyword)' in test '\(test.name)', which continues the call at checkpoint '\(origin.checkpoint)'",
                reader.range(first),
                help:
                    "a continuing test keeps the contact, time and gates of the call it continues; set them in the test with the checkpoint, or start a test of its own",
                related: [RelatedLocation(label: "continues the call here", range: origin.range)])
            return
        }
        if !tests.isEmpty, firstSetting == nil { firstSetting = (keyword, reader.range(first)) }
        let scope = tests.isEmpty ? "this file" : "this test"
        func duplicate(_ what: String, _ at: SourceRange) {
            error(.testDuplicateSetting, "\(what) is set twice in \(scope)", at, help: "keep one of the two lines")
        }
        switch keyword {
        case "now", "date":
            guard let value = reader.next(), value.kind != .equals else {
                error(
                    .testMalformedLine, "'\(keyword)' needs a value", reader.endRange,
                    help: keyword == "now" ? "write e.g. now \"2026-09-14T10:00\"" : "write e.g. date \"2026-09-14\"")
                return
            }
            let parsed =
                keyword == "now"
                ? LocalDateTime(value.text)
                : CalendarDate(value.text).map { LocalDateTime(date: $0, hour: 10, minute: 0) }
            guard let parsed else {
                error(
                    .testBadValue,
                    keyword == "now" ? "'\(value.text)' is not a date and time" : "'\(value.text)' is not a date",
                    reader.range(value),
                    help: keyword == "now"
                        ? "write YYYY-MM-DDTHH:MM, e.g. 2026-09-14T10:00" : "write YYYY-MM-DD, e.g. 2026-09-14")
                return
            }
            if target.now != nil { duplicate("the time", reader.range(value)) }
            target.now = parsed
        case "agent", "phone":
            guard let (text, range) = reader.rest(), !text.isEmpty else {
                error(
                    .testMalformedLine, "'\(keyword)' needs a value", reader.endRange,
                    help: keyword == "agent" ? "write e.g. agent \"Sanne\"" : "write e.g. phone \"+31 6 1234 5678\"")
                return
            }
            if keyword == "phone", PhoneNumber.normalize(text) == nil {
                error(
                    .testBadValue, "'\(text)' is not a phone number", range,
                    help: "write it with its country code, e.g. +31 6 1234 5678")
                return
            }
            if keyword == "agent" {
                if target.agent != nil { duplicate("the agent", range) }
                target.agent = text
            } else {
                if target.phone != nil { duplicate("the phone number", range) }
                target.phone = text
            }
        case "contact":
            guard let name = reader.next(), name.kind == .word else {
                error(
                    .testMalformedLine, "'contact' needs a field name and a value", reader.endRange,
                    help: "write e.g. contact voornaam = \"Jan\"")
                return
            }
            if reader.peek?.kind == .equals { _ = reader.next() }
            guard let (text, range) = reader.rest() else {
                error(
                    .testMalformedLine, "contact field '\(name.text)' needs a value", reader.endRange,
                    help: "write e.g. contact \(name.text) = \"...\"")
                return
            }
            if let earlier = target.contact[name.text], earlier.range.start.offset != range.start.offset {
                duplicate("contact field '\(name.text)'", reader.range(name))
            }
            target.contact[name.text] = SettingValue(text, range: range)
        case "gates":
            guard let value = reader.next(), value.text == "on" || value.text == "off" else {
                error(
                    .testMalformedLine, "'gates' needs on or off", reader.endRange,
                    help: "write gates on to check the pre-call gates")
                return
            }
            target.gates = value.text == "on"
            trailing(&reader, "gates")
        default:
            guard let given = givenRecord(&reader) else { return }
            target.given.append(given)
            trailing(&reader, "given")
        }
        if tests.isEmpty { settings = target } else { tests[tests.count - 1].settings = target }
    }

    mutating func givenRecord(_ reader: inout InputLineReader) -> GivenRecord? {
        let help = "write given objection, given consent \"telemarketing\" or given callback \"2026-12-01T10:00\""
        guard let kind = reader.next() else {
            error(.testMalformedLine, "'given' needs a record", reader.endRange, help: help)
            return nil
        }
        switch kind.text {
        case "objection": return .objection
        case "consent":
            guard let purpose = reader.next(), purpose.kind != .equals else {
                error(.testMalformedLine, "'given consent' needs a purpose", reader.endRange, help: help)
                return nil
            }
            return .consent(purpose: purpose.text)
        case "callback":
            guard let value = reader.next(), let at = LocalDateTime(value.text) else {
                error(
                    .testBadValue, "'given callback' needs a date and time", reader.endRange,
                    help: "write YYYY-MM-DDTHH:MM, e.g. 2026-12-01T10:00")
                return nil
            }
            return .callback(at: at)
        default:
            error(.testMalformedLine, "unknown record '\(kind.text)'", reader.range(kind), help: help)
            return nil
        }
    }

    mutating func testLine(_ reader: inout InputLineReader, _ lineRange: SourceRange) {
        guard let (name, range) = reader.rest(), !name.isEmpty else {
            error(.testMalformedLine, "'test' needs a name", reader.endRange, help: "write e.g. test \"happy path\"")
            return
        }
        if let earlier = names[name] {
            error(
                .testDuplicateName, "duplicate test name '\(name)'", range, help: "give every test its own name",
                related: [RelatedLocation(label: "first used here", range: earlier)])
        }
        names[name] = range
        tests.append(ScriptTestCase(name: name, range: lineRange))
        firstSetting = nil
    }

    mutating func finish() -> (file: ScriptTestFile?, diagnostics: [Diagnostic]) {
        let origin = SourceRange.wholeFile(source.path)
        if script == nil {
            error(
                .testMissingScript, "test file does not name its script", origin,
                help: "start the file with the script's path relative to it, e.g. script \"../winback.call\"")
        }
        if tests.isEmpty, script != nil {
            error(
                .testNoTests, "test file has no tests", origin,
                help: "add a test, e.g. test \"happy path\" followed by its steps")
        }
        resolveOrigins()
        // A test whose every line was wrong has no steps too; say so only when that is the news.
        for test in tests where test.steps.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(
                Diagnostic(
                    .testEmpty, "test '\(test.name)' has no steps", at: test.range,
                    help: "add answers and expectations, e.g. expect outcome end"))
        }
        let sorted = Diagnostic.sortedForOutput(diagnostics)
        guard let (path, range) = script, !sorted.contains(where: { $0.severity == .error }) else {
            return (nil, sorted)
        }
        return (
            ScriptTestFile(path: source.path, script: path, scriptRange: range, settings: settings, tests: tests),
            sorted
        )
    }
}

/// The nearest word within typo distance, for "did you mean" help.
func closestWord(to word: String, in candidates: [String]) -> String? {
    Suggestions.closest(to: word, among: candidates)
}
