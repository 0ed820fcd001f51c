import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// Resume never fails open: the gates run again, within a window, for one runner at a time.
@Suite struct ResumeGateTests {
    /// A call interrupted at the pitch on Monday 2 March 2026, 10:00; its runner is gone.
    func interrupted() throws -> DataFolder {
        let data = try RecordStoreFaultTests.freshFolder()
        var session = try CallSession.start(
            id: "call-1", context: try Fixtures.context(), gates: Fixtures.allowed, data: data,
            clock: RecordStoreFaultTests.clock)
        try session.continue()
        try session.continue()
        try session.answer(0)
        return data
    }

    func resume(_ data: DataFolder, at utc: String = "2026-03-02T09:10:00Z", window: TimeInterval = 1800)
        throws -> CallSession
    {
        try CallSession.resume(
            id: "call-1", context: try Fixtures.context(), data: data, clock: .fixed(Fixtures.instant(utc)),
            window: window)
    }

    func refusal(_ body: () throws -> CallSession) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as RuntimeError {
            guard case .resumeRefused = error else { return "not a resume refusal: \(error)" }
            return error.description
        } catch { return "\(error)" }
    }

    @Test func resumeWithinTheWindowContinuesAndLogsTheShownLineAgain() throws {
        let data = try interrupted()
        let session = try resume(data)
        #expect(session.phase == .showingLine(state: "offer.1"))
        let entries = try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload)
        #expect(entries.suffix(3).map(\.kind) == ["gate", "resume", "shown"])
        #expect(entries.suffix(3).first?.gates?.map(\.rule).last == Gates.resumeRule)
        #expect(entries.last?.state == "offer.1")
    }

    @Test func resumeAfterTheConsentWasWithdrawnIsRefused() throws {
        let data = try interrupted()
        try ConsentRegister(path: data.consentRegister.path).append(
            ConsentRecord(
                person: "K-1001", phone: "06 1234 5678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-03-02T09:05:00Z", script: "import", agent: "backoffice", status: .withdrawn))
        let text = refusal { try resume(data) }
        #expect(text?.contains("resume refused by NL-GATE-BASIS") == true, "\(text ?? "resumed")")
        let last = try AuditLog(path: data.auditLog.path).read().entries.last?.payload
        #expect(last?.kind == "gate" && last?.allowed == false && last?.reason == "resume")
    }

    @Test func resumeAfterAnotherRunnerRecordedAnObjectionIsRefused() throws {
        let data = try interrupted()
        // Another agent's call with the same person, other spelling of the number.
        try FileRecordStore(data).commit(
            StepWrite(session: "call-2", records: [.objection(phone: "0031 6 12 34 56 78")], audit: []))
        let text = refusal { try resume(data) }
        #expect(text?.contains("resume refused by NL-GATE-OBJECTION") == true, "\(text ?? "resumed")")
    }

    @Test func resumeAfterTheWindowIsRefused() throws {
        let data = try interrupted()
        let text = refusal { try resume(data, at: "2026-03-02T09:31:00Z") }
        #expect(text?.contains("resume refused by RESUME-WINDOW") == true, "\(text ?? "resumed")")
        #expect(text?.contains("31 min ago, beyond the 30-minute resume window") == true)
        // A longer window, asked for explicitly, lets it continue.
        #expect(try resume(data, at: "2026-03-02T09:31:00Z", window: 3600).phase == .showingLine(state: "offer.1"))
    }

    @Test func resumeAtNightIsRefused() throws {
        let data = try interrupted()
        // 03:00 on Tuesday in Amsterdam, with a window wide enough that only the hours refuse.
        let text = refusal { try resume(data, at: "2026-03-03T02:00:00Z", window: 86_400) }
        #expect(text?.contains("resume refused by NL-GATE-HOURS") == true, "\(text ?? "resumed")")
        #expect(text?.contains("RESUME-WINDOW") == false)
    }

    @Test func aSecondRunnerCannotResumeTheSameCall() throws {
        let data = try interrupted()
        let first = try resume(data)
        #expect(throws: RuntimeError.sessionBusy(session: "call-1")) { _ = try resume(data) }
        _ = first.id
    }

    @Test func aRunningCallCannotBeResumedElsewhere() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        let running = try CallSession.start(
            id: "call-1", context: try Fixtures.context(), gates: Fixtures.allowed, data: data,
            clock: RecordStoreFaultTests.clock)
        #expect(throws: RuntimeError.sessionBusy(session: "call-1")) { _ = try resume(data) }
        _ = running.id
    }
}
