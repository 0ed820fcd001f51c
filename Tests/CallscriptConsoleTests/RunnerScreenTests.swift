import CallscriptConsole
import CallscriptMachine
import Testing

@testable import CallscriptRuntime

/// The agent's screen is a pure function of the prompt: what must be on it, and nothing else.
@Suite struct RunnerScreenTests {
    func model(_ prompt: Prompt, notice: ScreenModel.Notice? = nil) -> ScreenModel {
        ScreenModel(
            scriptName: "Winback", contact: "K-1001 · +31612345678", agent: "Jan", prompt: prompt, step: "opening",
            statement: 1, notice: notice)
    }

    let plain = ScreenStyle(color: false, width: 80)

    @Test func lineShowsRoleStepTextAndHowToGoOn() {
        let screen = ScreenRenderer.render(
            model(.line(state: "opening.1", role: .identify, text: "Goedemiddag Anna, met Jan.")), style: plain)
        #expect(screen.contains("[IDENTIFY]  opening · line 1"))
        #expect(screen.contains("┃ Goedemiddag Anna, met Jan."))
        #expect(screen.contains("Read this aloud, then press Enter"))
        #expect(screen.contains("o objection  v voicemail  c complaint  b data source  m minor  k vulnerable\n"))
        #expect(screen.hasSuffix("\n h hung up  q suspend  ? help\n"))
        #expect(!screen.contains("\u{1B}["))
    }

    @Test func theBasisSourceIsUnderTheHeaderWhenThereIsOne() {
        var m = model(.line(state: "opening.1", role: .identify, text: "Goedemiddag Anna, met Jan."))
        #expect(!ScreenRenderer.render(m, style: plain).contains("source:"))
        m.source = "consent: webformulier zonnig.nl/aanbod; verified by sms at 2026-03-02T09:19:02Z"
        let lines = ScreenRenderer.render(m, style: plain).split(separator: "\n").map(String.init)
        #expect(lines[1] == " source: consent: webformulier zonnig.nl/aanbod; verified by sms at")
        #expect(lines[2] == " 2026-03-02T09:19:02Z")
    }

    @Test(arguments: [
        (Role.pitch, "[PITCH]"), (.optout, "[OPT-OUT]"), (.disclose, "[DISCLOSE]"), (.say, "[SAY]"),
        (.transferOptout, "[TRANSFER OPT-OUT]"),
    ])
    func everySpokenRoleHasABadge(_ role: Role, _ badge: String) {
        #expect(ScreenRenderer.render(model(.line(state: "x.1", role: role, text: "t")), style: plain).contains(badge))
    }

    @Test func questionNumbersItsAnswersWithTheirClass() {
        let answers = [
            AnswerOption(index: 0, label: "Ja", answerClass: .yes),
            AnswerOption(index: 1, label: "Later", answerClass: .later),
        ]
        let screen = ScreenRenderer.render(
            model(.question(state: "opening.3", role: .askConvenient, text: "Komt het gelegen?", answers: answers)),
            style: plain)
        #expect(screen.contains("[CONVENIENT?]"))
        #expect(screen.contains("[1] Ja     (yes)"))
        #expect(screen.contains("[2] Later  (later)"))
        #expect(screen.contains("Press the number of the person's answer"))
    }

    @Test func captureShowsTypeExampleAndSlashKeys() {
        let prompt = Prompt.capture(
            state: "mail.1", field: "emailadres", type: FieldType(.email), text: "Welk e-mailadres?")
        let m = model(
            prompt, notice: .refused("emailadres: 'anna@' is not an e-mail address (write e.g. naam@voorbeeld.nl)"))
        let screen = ScreenRenderer.render(m, style: plain)
        #expect(screen.contains("[CAPTURE]"))
        #expect(screen.contains("emailadres: email, e.g. naam@voorbeeld.nl"))
        #expect(screen.contains("✗ emailadres: 'anna@' is not an e-mail address"))
        #expect(screen.contains("/o objection"))
        #expect(ScreenRenderer.inputPrompt(m, style: plain) == "  emailadres › ")
    }

    @Test func choiceCaptureNumbersTheWords() {
        let prompt = Prompt.capture(
            state: "x.1", field: "interesse", type: FieldType(.choice, choices: ["laag", "hoog"]), text: "Hoe?")
        #expect(ScreenRenderer.render(model(prompt), style: plain).contains("interesse: one of   1 laag   2 hoog"))
    }

    @Test func endScreenSaysTheOutcomeAndHasNoKeys() {
        var m = model(.ended(Outcome(kind: .transferOptout)))
        m.objectionRecorded = true
        let screen = ScreenRenderer.render(m, style: plain)
        #expect(screen.contains("[CALL ENDED]  put through to the opt-out line"))
        #expect(screen.contains("on the objection list"))
        #expect(!screen.contains("q suspend"))
    }

    @Test func colourOnlyWhenAsked() {
        let line = model(.line(state: "a.1", role: .pitch, text: "Aanbod"), notice: .confirm("sure?"))
        #expect(
            ScreenRenderer.render(line, style: ScreenStyle(color: true)).contains("\u{1B}[1;30;43m PITCH \u{1B}[0m"))
        #expect(!ScreenRenderer.render(line, style: plain).contains("\u{1B}"))
    }

    @Test func longTextWrapsInsideTheBlock() {
        let text = String(repeating: "woord ", count: 40)
        let screen = ScreenRenderer.render(
            model(.line(state: "a.1", role: .say, text: text)), style: ScreenStyle(color: false, width: 40))
        let block = screen.split(separator: "\n").filter { $0.contains("┃") }
        #expect(block.count > 3)
        #expect(block.allSatisfy { $0.count <= 40 })
    }
}
