import CallscriptConsole
import CallscriptMachine
import Testing

@testable import CallscriptRuntime

/// Keys and typed lines on each kind of screen.
@Suite struct RunnerInputTests {
    let line = Prompt.line(state: "a.1", role: .say, text: "t")
    let question = Prompt.question(
        state: "a.2", role: .ask, text: "q?",
        answers: [AnswerOption(index: 0, label: "Ja"), AnswerOption(index: 1, label: "Nee")])
    let choice = Prompt.capture(
        state: "a.3", field: "interesse", type: FieldType(.choice, choices: ["laag", "hoog"]), text: "?")

    @Test func enterContinuesOnlyOnALine() {
        #expect(AgentInput.key("", for: line) == .command(.input(.continue)))
        #expect(AgentInput.key("", for: question) == .hint("press the number of the person's answer (1–2)"))
    }

    @Test func digitsPickAnswers() {
        #expect(AgentInput.key("2", for: question) == .command(.input(.answer(1))))
        #expect(AgentInput.key("3", for: question) == .hint("there is no answer 3; choose 1–2"))
        #expect(AgentInput.key("0", for: question) == .hint("there is no answer 0; choose 1–2"))
        #expect(AgentInput.key("1", for: line) == .hint("read the line aloud, then press Enter"))
    }

    @Test(arguments: [
        ("o", CallEvent.objection), ("v", .voicemail), ("c", .complaint), ("b", .sourceQuestion), ("m", .minor),
        ("k", .vulnerable), ("h", .hangUp),
    ])
    func eventKeysAskForConfirmation(_ key: String, _ event: CallEvent) {
        guard case .confirm(let command, let question) = AgentInput.key(key, for: line) else {
            Issue.record("\(key) should ask to confirm")
            return
        }
        #expect(command == .input(.event(event)))
        #expect(question.contains("Press \(key) again"))
        #expect(AgentInput.confirms(key, command))
        #expect(AgentInput.confirms("y", command))
        #expect(!AgentInput.confirms("x", command))
        #expect(!AgentInput.confirms("", command))
    }

    @Test func upperCaseAndEscapeSequencesDoNothing() {
        #expect(AgentInput.key("O", for: line) == .hint("unknown key 'O'; press ? for help"))
        if case .hint = AgentInput.key("\u{1B}", for: line) {} else { Issue.record("escape should be ignored") }
    }

    @Test func suspendAndHelp() {
        #expect(AgentInput.key("q", for: question) == .command(.suspend))
        #expect(AgentInput.key("?", for: line) == .command(.help))
    }

    @Test func captureLinesAreValuesUnlessSlashed() {
        #expect(AgentInput.captureLine("hoog", for: choice) == .command(.input(.capture("hoog"))))
        #expect(AgentInput.captureLine("2", for: choice) == .command(.input(.capture("hoog"))))
        #expect(AgentInput.captureLine("3", for: choice) == .command(.input(.capture("3"))))
        #expect(AgentInput.captureLine("//pad", for: choice) == .command(.input(.capture("/pad"))))
        #expect(AgentInput.captureLine("/q", for: choice) == .command(.suspend))
        #expect(AgentInput.captureLine("   ", for: choice) == .hint("type the value, then press Enter"))
        guard case .confirm(let command, _) = AgentInput.captureLine("/o", for: choice) else {
            Issue.record("/o should ask to confirm")
            return
        }
        #expect(AgentInput.confirms("/o", command))
    }
}
