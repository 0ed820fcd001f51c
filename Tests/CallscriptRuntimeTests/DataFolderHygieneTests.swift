import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// Personal data is owner-only, left-over temporary files go, a cut-off line never blocks calls.
@Suite struct DataFolderHygieneTests {
    func mode(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue
            ?? -1) & 0o777
    }

    @Test func recordsAre0600AndFolders0700() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        #expect(try RecordStoreFaultTests.run(RecordStoreFaultTests.calls[1].inputs, on: FileRecordStore(data)))
        for file in [
            data.objectionList, data.consentRegister, data.callbackList, data.auditLog, data.sessionFile("call-1"),
        ] {
            #expect(mode(file) == 0o600, "\(file.lastPathComponent): \(String(mode(file), radix: 8))")
        }
        for folder in [data.root, data.sessions] {
            #expect(mode(folder) == 0o700, "\(folder.lastPathComponent): \(String(mode(folder), radix: 8))")
        }
    }

    @Test func anEndedCallLeavesNoLockFile() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        #expect(try RecordStoreFaultTests.run(RecordStoreFaultTests.calls[1].inputs, on: FileRecordStore(data)))
        let names = try FileManager.default.contentsOfDirectory(atPath: data.sessions.path)
        #expect(names == ["call-1.json"], "\(names)")
    }

    @Test func existingOpenFilesAreTightenedOnPrepare() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        chmod(data.consentRegister.path, 0o644)
        chmod(data.root.path, 0o755)
        _ = try FileRecordStore(data).prepare()
        #expect(mode(data.consentRegister) == 0o600)
        #expect(mode(data.root) == 0o700)
    }

    @Test func temporaryFilesOfDeadRunnersAreRemovedOnTheNextStart() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        // A pid that no process has (above the kernel's maximum).
        let left = data.sessions.appendingPathComponent("call-9.json.tmp-99999999")
        try Data(#"{"captures":{"email":"anna@voorbeeld.nl"}}"#.utf8).write(to: left)
        _ = try FileRecordStore(data).prepare()
        #expect(!FileManager.default.fileExists(atPath: left.path))
    }

    @Test func aCutOffConsentLineWithCRLFIsSkippedWithAWarningAndRepaired() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        // Exported on Windows (CRLF), then a runner died mid-line, then another appended.
        let crlf =
            #"{"agent":"import","company":"Zonnig Energie B.V.","person":"K-1001","phone":"+31612345678","purpose":"telemarketing","script":"import","status":"given","time":"2026-01-05T09:00:00Z","verifiedAt":"2026-01-05T09:00:00Z","verifiedBy":"sms"}"#
            + "\r\n" + #"{"agent":"Jan","company":"Zonnig Energie B.V.","person":"K-1002","pho"#
        try Data(crlf.utf8).write(to: data.consentRegister)
        try ConsentRegister(path: data.consentRegister.path).append(
            ConsentRecord(
                person: "K-1003", phone: "+31612345679", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-03-02T09:00:00Z", script: "s", agent: "Jan", verifiedBy: "sms",
                verifiedAt: "2026-03-02T09:00:00Z"))
        let store = FileRecordStore(data)
        #expect(
            try store.hasConsent(
                person: "K-1001", phone: "06 1234 5678", company: "Zonnig Energie B.V.", purpose: "telemarketing"))
        #expect(
            try store.hasConsent(
                person: "K-1003", phone: "+31612345679", company: "Zonnig Energie B.V.", purpose: "telemarketing"))
        let decision = Gates.evaluate(
            machine: Fixtures.winback(), contact: Fixtures.anna, data: data, at: Fixtures.mondayMorning)
        #expect(decision.allowed, "\(decision.summary)")
        let warnings = try store.prepare()
        #expect(warnings.contains { $0.contains("skipped 1 cut-off line (line 2)") }, "\(warnings)")

        let done = try store.repair()
        #expect(done.contains { $0.contains("blanked 1 cut-off line") }, "\(done)")
        let after = try store.prepare()
        #expect(after.isEmpty, "\(after)")
        #expect(try ConsentRegister(path: data.consentRegister.path).records().map(\.person) == ["K-1001", "K-1003"])
    }

    @Test func aDamagedCompleteLineStillRefusesTheConsentGate() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        // A whole line that is not a record may be a confirmed withdrawal: the gate must not guess.
        try Data("{\"person\":\"K-1001\",\"status\":}\n".utf8).write(to: data.consentRegister)
        let decision = Gates.evaluate(
            machine: Fixtures.winback(), contact: Fixtures.anna, data: data, at: Fixtures.mondayMorning)
        #expect(decision.refusals.map(\.rule) == [Gates.basisRule])
    }

    @Test func practiceMarkingIsRefusedOnARealFolder() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        let store = FileRecordStore(data)
        #expect(try store.mode() == .real)
        #expect(throws: RuntimeError.practiceOnRealData(path: data.root.path)) { try store.markAsPractice() }
        let empty = FileRecordStore(Fixtures.dataFolder())
        #expect(try empty.mode() == .empty)
        try empty.markAsPractice()
        #expect(try empty.mode() == .practice)
    }

    @Test func practiceEntriesCarryTheRealClockAndTheSimulatedTime() throws {
        let data = Fixtures.dataFolder()
        let real = RuntimeClock.fixed(Fixtures.instant("2026-12-01T07:55:00Z"))
        let clock = RuntimeClock.practice(at: Fixtures.instant("2026-11-30T13:00:00Z"), real: real)
        let session = try CallSession.start(
            id: "call-1", context: try Fixtures.context(), gates: Fixtures.allowed, data: data, clock: clock)
        let entries = try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload)
        #expect(!entries.isEmpty)
        for entry in entries {
            #expect(entry.time == "2026-12-01T07:55:00Z")
            #expect(entry.practice == true && entry.simulatedTime == "2026-11-30T13:00:00Z")
        }
        _ = session.id
    }
}
