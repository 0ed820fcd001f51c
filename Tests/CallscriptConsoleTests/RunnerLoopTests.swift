import CallscriptConsole
import CallscriptMachine
import CallscriptRuntime
import Foundation
import Testing

/// The interactive loop over a scripted terminal and a real session on winback.call.
@Suite struct RunnerLoopTests {
    let style = ScreenStyle(color: false, width: 80)

    @Test func aWholeCallByKeys() throws {
        var (data, session) = try RunnerFixtures.session()
        // identify, purpose, basis, recording notice, convenient: yes, two pitches, interest, price,
        // term, withdrawal, sale: yes, e-mail, confirmation, consent yes, opt-out question yes, thanks.
        var terminal = ScriptedTerminal([
            "", "", "", "", "1", "", "", "3", "", "", "", "1", "anna@voorbeeld.nl", "", "1", "1", "",
        ])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(stop == .ended(Outcome(kind: .end, state: "tot_ziens.2")))
        #expect(terminal.screens.first?.contains("[IDENTIFY]  opening · line 1") == true)
        #expect(terminal.screens.last?.contains("[CALL ENDED]  call ended by the agent") == true)
        #expect(session.state.captures == ["interesse": "hoog", "emailadres": "anna@voorbeeld.nl"])
        let consents = try ConsentRegister(path: data.consentRegister.path).records()
        #expect(consents.count == 1)
    }

    @Test func aRefusedCaptureIsShownAndAskedAgain() throws {
        var (_, session) = try RunnerFixtures.session()
        var terminal = ScriptedTerminal(["", "", "", "", "1", "", "", "heel erg", "hoog"])
        _ = RunnerLoop.run(&session, terminal: &terminal, style: style)
        let refused = terminal.screens.first {
            $0.contains("✗ interesse: 'heel erg' is not one of: laag, gemiddeld, hoog")
        }
        #expect(refused?.contains("[CAPTURE]  interesse_peilen · line 1") == true)
        #expect(session.state.phase == .showingLine(state: "voorwaarden.1"))
    }

    @Test func anObjectionNeedsItsKeyTwiceAndIsOnDiskAtOnce() throws {
        var (data, session) = try RunnerFixtures.session()
        var terminal = ScriptedTerminal(["o", "x", "o", "o", "q"])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(terminal.screens[1].contains("? Objection: the number goes on the objection list for good"))
        #expect(terminal.screens[2].contains("· cancelled"))
        #expect(stop == .suspended(state: "on-objection.2"))
        #expect(try ObjectionList(path: data.objectionList.path).contains("+31612345678"))
    }

    @Test func eventsFromACaptureScreenUseASlash() throws {
        var (_, session) = try RunnerFixtures.session()
        var terminal = ScriptedTerminal(["", "", "", "", "1", "", "", "/h", "/h"])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(stop == .ended(Outcome(kind: .personHungUp)))
    }

    @Test func helpAndEndOfInput() throws {
        var (_, session) = try RunnerFixtures.session()
        var terminal = ScriptedTerminal(["?", "x"])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(terminal.screens[1].contains("suspend safely"))
        #expect(stop == .inputClosed(state: "opening.1"))
    }

    @Test func aFailedWriteStopsBeforeTheNextLineAndKeepsWhatWasConfirmed() throws {
        var (data, session) = try RunnerFixtures.session()
        var terminal = ScriptedTerminal(["o", "o"])
        _ = RunnerLoop.run(&session, terminal: &terminal, style: style)
        let logged = try AuditLog(path: data.auditLog.path).read().entries.count
        // The audit log's place is taken by a folder: the next append cannot be written.
        try FileManager.default.removeItem(at: data.auditLog)
        try FileManager.default.createDirectory(at: data.auditLog, withIntermediateDirectories: false)
        var next = ScriptedTerminal([""])
        let stop = RunnerLoop.run(&session, terminal: &next, style: style)
        guard case .stopped(_, let state) = stop else {
            Issue.record("expected a safe stop, got \(stop)")
            return
        }
        #expect(state == "on-objection.2")
        #expect(session.state.phase == .showingLine(state: "on-objection.2"))
        #expect(try ObjectionList(path: data.objectionList.path).contains("+31612345678"))
        #expect(logged > 0)
    }
}
