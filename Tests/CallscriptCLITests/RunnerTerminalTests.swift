import CallscriptTestSupport
import Foundation
import Testing

/// The runner under a pseudo-terminal, driven by key presses as an agent would, with
/// assertions on what is on the screen.
@Suite struct RunnerTerminalTests {
    @Test func anAgentWorksThroughTheCallWithSingleKeys() throws {
        let w = try RunnerWorkspace()
        let tty = try RunnerLiveProcess(w.runArguments(), in: w.folder, terminal: true)
        #expect(tty.waitFor("IDENTIFY", onScreen: true))
        #expect(tty.screen.contains("┃ Goedemiddag Anna, u spreekt met Jan van Belcentrum Randstad B.V."))
        // winback.call has `on source-question` and (from gedeeld/afsluiting.call) `on vulnerable`.
        #expect(
            tty.screen.contains(
                "o objection  v voicemail  c complaint  b data source  m minor  k vulnerable  h hung up"))
        #expect(tty.raw.contains("\u{1B}[1;97;44m IDENTIFY \u{1B}[0m")) // colour on a terminal
        tty.type("\r")
        #expect(tty.waitFor("DISCLOSE", onScreen: true))
        // purpose, basis, recording notice: three disclosures before the convenient question.
        tty.type("\r")
        #expect(tty.waitFor("toestemming gegeven", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("wordt opgenomen", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("[3] Nee", onScreen: true))
        tty.type("1") // one key, no Enter
        #expect(tty.waitFor("PITCH", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("zonder terugleverkosten", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("interesse ›", onScreen: true))
        #expect(tty.screen.contains("interesse: one of   1 laag   2 gemiddeld   3 hoog"))
        tty.type("heel erg\r")
        #expect(tty.waitFor("✗ interesse: 'heel erg' is not one of: laag, gemiddeld, hoog", onScreen: true))
        #expect(tty.screen.contains("interesse ›"))
        tty.type("3\r")
        // price, term and withdrawal period, then the sale question.
        #expect(tty.waitFor("27 cent per kWh", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("drie jaar", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("veertien dagen bedenktijd", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("[1] Ja, stuur maar", onScreen: true))
        tty.type("1")
        #expect(tty.waitFor("Naar welk e-mailadres", onScreen: true))
        tty.type("/q\r")
        #expect(tty.waitFor("call suspended at aanbod_per_mail.1"))
        #expect(tty.wait() == 0)
    }

    @Test func anObjectionIsConfirmedWithASecondKeyPress() throws {
        let w = try RunnerWorkspace()
        let tty = try RunnerLiveProcess(w.runArguments(), in: w.folder, terminal: true, environment: ["NO_COLOR": "1"])
        #expect(tty.waitFor("[IDENTIFY]", onScreen: true))
        tty.type("o")
        #expect(
            tty.waitFor("? Objection: the number goes on the objection list for good. Press o again", onScreen: true))
        #expect(!w.read("data/objections.txt").contains("+31612345678"))
        tty.type("o")
        #expect(tty.waitFor("[SAY]  on objection · line 2", onScreen: true))
        #expect(w.read("data/objections.txt").contains("+31612345678"))
        tty.type("\r")
        #expect(tty.waitFor("[TRANSFER OPT-OUT]", onScreen: true))
        tty.type("\r")
        #expect(tty.waitFor("[CALL ENDED]  put through to the opt-out line", onScreen: true))
        #expect(tty.wait() == 0)
        #expect(!tty.raw.contains("\u{1B}[1;")) // NO_COLOR: no colour, only screen clearing
    }
}
