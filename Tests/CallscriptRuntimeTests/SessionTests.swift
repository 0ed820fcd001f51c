import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct SessionTests {
    func started(_ id: String = "call-7") throws -> (DataFolder, CallSession) {
        let data = Fixtures.dataFolder()
        let session = try CallSession.start(
            id: id, context: try Fixtures.context(), gates: Fixtures.allowed, data: data,
            clock: .fixed(Fixtures.mondayMorning))
        return (data, session)
    }

    @Test func objectionIsOnDiskBeforeTheNextLineShows() throws {
        var (data, session) = try started()
        try session.raise(.objection)
        #expect(session.phase == .showingLine(state: "on-objection.2"))
        #expect(try ObjectionList(path: data.objectionList.path).contains("+31612345678"))
        let kinds = try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload?.kind)
        #expect(kinds.suffix(3) == ["event", "objection-recorded", "shown"])
    }

    @Test func refusedCaptureIsLoggedWithItsReason() throws {
        var (data, session) = try started()
        try session.continue()
        try session.answer(1)
        #expect(
            throws: SessionError.refused(
                .invalidValue(
                    field: "callback_at",
                    reason: "'morgen' is not a date and time (write YYYY-MM-DDTHH:MM, e.g. 2026-07-01T14:30)"))
        ) {
            try session.capture("morgen")
        }
        try session.capture("2026-03-03T14:30")
        try session.continue()
        #expect(
            session.phase
                == .ended(
                    Outcome(kind: .callback, state: "plan_callback.3", callbackAt: LocalDateTime("2026-03-03T14:30"))))
        let callbacks = try CallbackList(path: data.callbackList.path).records()
        #expect(callbacks.map(\.at.description) == ["2026-03-03T14:30"])
        let refused = try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload).filter {
            $0.kind == "capture-refused"
        }
        #expect(refused.count == 1 && refused.first?.value == nil)
    }

    @Test func saveAndRestoreByStableIDs() throws {
        var (data, session) = try started()
        try session.continue()
        try session.answer(0)
        try session.continue()
        try session.capture("medium")
        let saved = try Data(contentsOf: data.sessionFile("call-7"))
        let snapshot = try SessionSnapshot.decode(saved, file: "call-7.json")
        #expect(
            snapshot.state == "send_offer.1" && snapshot.phase == "awaiting-capture"
                && snapshot.captures == ["interest": "medium"])
        let restored = try snapshot.restore(on: try Fixtures.loaded())
        #expect(restored == session.state)
    }

    @Test func restoreOntoAnotherMachineIsRefused() throws {
        let (data, _) = try started()
        let snapshot = try SessionSnapshot.decode(try Data(contentsOf: data.sessionFile("call-7")), file: "call-7.json")
        var changed = Fixtures.winback()
        changed.states[0].text = "Goedendag {first_name}, met {agent} van {company}, namens {principal}."
        let other = try Fixtures.loaded(CanonicalJSON.sealed(changed))
        #expect(throws: RuntimeError.sessionForOtherMachine(saved: snapshot.machineDigest, loaded: other.digest)) {
            try snapshot.restore(on: other)
        }
    }

    @Test func restoreRefusesAPhaseThatDoesNotFit() throws {
        let (data, _) = try started()
        var snapshot = try SessionSnapshot.decode(try Data(contentsOf: data.sessionFile("call-7")), file: "call-7.json")
        snapshot.phase = "awaiting-answer"
        #expect(throws: RuntimeError.self) { try snapshot.restore(on: try Fixtures.loaded()) }
    }

    @Test func resumeAfterACrashContinuesTheSameCall() throws {
        // The crashed runner is gone (its session, and so its hold on it, ends with the scope).
        func crashedCall() throws -> (DataFolder, SessionState, Data) {
            var (data, session) = try started()
            try session.continue()
            let savedEarly = try Data(contentsOf: data.sessionFile("call-7"))
            try session.answer(0)
            try session.continue()
            return (data, session.state, savedEarly)
        }
        let (data, crashedState, savedEarly) = try crashedCall()
        // The gates run again on resume: Anna's opt-in must be on record.
        try ConsentRegister(path: data.consentRegister.path).append(
            ConsentRecord(
                person: "K-1001", phone: "+31612345678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-01-05T09:00:00Z", script: "import", agent: "import", verifiedBy: "sms",
                verifiedAt: "2026-01-05T09:00:00Z"))
        // Crash: the session file is one step behind, and the last audit line was half written.
        try savedEarly.write(to: data.sessionFile("call-7"))
        let handle = try FileHandle(forWritingTo: data.auditLog)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":99,"prev":"00"#.utf8))
        try handle.close()

        let context = try Fixtures.context()
        #expect(throws: RuntimeError.self) { try CallSession.resume(id: "call-7", context: context, data: data) }
        var resumed = try CallSession.resume(
            id: "call-7", context: context, data: data, clock: .fixed(Fixtures.mondayMorning),
            repairTruncatedLog: true)
        #expect(resumed.state == crashedState)
        #expect(resumed.phase == .awaitingCapture(state: "offer.2"))
        try resumed.capture("low")
        #expect(resumed.phase == .showingLine(state: "goodbye.1"))
        #expect(try AuditVerifier.verify(AuditLog(path: data.auditLog.path)).isIntact)
        #expect(try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload?.kind).contains("resume"))
    }
}
