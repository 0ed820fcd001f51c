import CallscriptMachine
import CallscriptPostgresStore
import CallscriptRuntime
import Foundation
import Testing

/// The promises of `RecordStore`, one test body run against the file store and the
/// PostgreSQL store alike: what holds for one must hold for the other.
@Suite struct RecordStoreContractTests {
    @Test(arguments: StoreKind.allCases)
    func anObjectionBlocksTheNumberInEverySpelling(kind: StoreKind) throws {
        let store = try kind.make("objection_\(kind)")
        #expect(try !store.isObjected("06 1234 5678"))
        try store.commit(
            StepWrite(
                session: "call-1", records: [.objection(phone: "+31 (0)6-1234\u{00A0}5678")],
                audit: [Sample.payload("objection-recorded", session: "call-1")]))
        for spelling in [
            "+31612345678", "0612345678", "0031 6 12 34 56 78", "06.1234.5678", "(06) 12345678",
            "\u{FEFF}06 1234 5678\r", "+31 (0)6 1234 5678",
        ] {
            #expect(try store.isObjected(spelling), "\(spelling) was not blocked")
        }
        #expect(try !store.isObjected("06 1234 5679"))
    }

    @Test(arguments: StoreKind.allCases)
    func theLatestConsentDecidesByPersonOrNumber(kind: StoreKind) throws {
        let store = try kind.make("consent_\(kind)")
        let company = Sample.company
        #expect(
            try !store.hasConsent(person: "K-1001", phone: "0612345678", company: company, purpose: "telemarketing"))
        try store.commit(
            StepWrite(
                session: "call-2", records: [.consent(Sample.consent("K-1001", "06 1234 5678", .given))],
                audit: [Sample.payload("consent-recorded", session: "call-2")]))
        #expect(
            try store.hasConsent(person: "K-1001", phone: "+31612345678", company: company, purpose: "telemarketing"))
        // Found by number alone (another ID in the CRM), but not for another purpose or company.
        #expect(
            try store.hasConsent(person: "K-7", phone: "+31 6 12345678", company: company, purpose: "telemarketing"))
        #expect(try !store.hasConsent(person: "K-1001", phone: "0612345678", company: company, purpose: "e-mail"))
        #expect(
            try !store.hasConsent(
                person: "K-1001", phone: "0612345678", company: "Ander B.V.", purpose: "telemarketing"))
        // A withdrawal through the number, written another way, wins over the earlier consent.
        try store.commit(
            StepWrite(
                session: "call-3", records: [.consent(Sample.consent("K-9", "0031-6-1234-5678", .withdrawn))],
                audit: [Sample.payload("consent-recorded", session: "call-3")]))
        #expect(
            try !store.hasConsent(person: "K-1001", phone: "0612345678", company: company, purpose: "telemarketing"))
    }

    @Test(arguments: StoreKind.allCases)
    func aCallbackIsFoundWithinItsWindowOnly(kind: StoreKind) throws {
        let store = try kind.make("callback_\(kind)")
        guard let at = LocalDateTime("2026-12-01T14:30"), let near = LocalDateTime("2026-12-01T14:40"),
            let far = LocalDateTime("2026-12-01T15:31")
        else { throw Sample.Bad() }
        let record = CallbackRecord(
            person: "K-1001", phone: "06 1234 5678", at: at, timeZone: "Europe/Amsterdam", company: Sample.company,
            script: "winback", agent: "Jan de Vries", session: "call-4", time: "2026-11-30T09:15:02Z")
        try store.commit(
            StepWrite(
                session: "call-4", records: [.callback(record)],
                audit: [Sample.payload("callback-planned", session: "call-4")]))
        let found = try store.agreedCallback(person: "K-1001", phone: "+31612345678", near: near, windowMinutes: 15)
        #expect(found?.at == at)
        #expect(found?.phone == "+31612345678", "the store keeps the normalised number")
        #expect(try store.agreedCallback(person: "K-2", phone: "0612345678", near: near, windowMinutes: 15) != nil)
        #expect(try store.agreedCallback(person: "K-1001", phone: "0612345678", near: far, windowMinutes: 60) == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func commitsChainOneTrailThatVerifies(kind: StoreKind) throws {
        let store = try kind.make("chain_\(kind)")
        let first = try store.commit(StepWrite(session: "call-5", audit: [Sample.payload("gate", session: "call-5")]))
        let step = try store.commit(
            StepWrite(
                session: "call-5", records: [.objection(phone: "0201234567")],
                audit: [
                    Sample.payload("event", session: "call-5"), Sample.payload("objection-recorded", session: "call-5"),
                ]))
        #expect(first.map(\.seq) == [1])
        #expect(step.map(\.seq) == [2, 3])
        #expect(step.first?.prev == first.first?.hash)
        let contents = try store.auditContents()
        #expect(contents.entries == first + step)
        #expect(contents.entries.compactMap(\.payload?.kind) == ["gate", "event", "objection-recorded"])
        let report = AuditVerifier.verify(contents)
        #expect(report.isIntact, "\(report)")
        #expect(report.entries == 3)
        #expect(try store.recover(session: nil).isEmpty)
        #expect(try store.repairAudit() == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func sessionsAreSavedLoadedAndListedNewestFirst(kind: StoreKind) throws {
        let store = try kind.make("sessions_\(kind)")
        #expect(try store.loadSession("call-20261130-090000-aaaaaa") == nil)
        let older = try Sample.snapshot("call-20261130-090000-aaaaaa", contact: "K-1001", phase: "running")
        let newer = try Sample.snapshot("call-20261130-091500-bbbbbb", contact: "K-1001", phase: "running")
        let ended = try Sample.snapshot("call-20261130-093000-cccccc", contact: "K-1001", phase: "ended")
        let other = try Sample.snapshot("call-20261130-094500-dddddd", contact: "K-2002", phase: "running")
        for s in [older, newer, ended, other] {
            try store.saveSession(s)
            usleep(20_000)
        }
        #expect(try store.loadSession(newer.session) == newer)
        let unfinished = try store.unfinishedSessions(contact: "K-1001").map(\.snapshot.session)
        #expect(unfinished == [newer.session, older.session])
        var moved = older
        moved.inputs = 9
        try store.saveSession(moved)
        #expect(try store.loadSession(older.session)?.inputs == 9)
        #expect(try store.unfinishedSessions(contact: "K-1001").first?.snapshot.session == older.session)
    }

    @Test(arguments: StoreKind.allCases)
    func aSessionIsHeldByOneRunnerAtATime(kind: StoreKind) throws {
        let store = try kind.make("lock_\(kind)")
        var lease: SessionLease? = try store.lockSession("call-20261130-090000-3fa2c1")
        #expect(throws: RuntimeError.sessionBusy(session: "call-20261130-090000-3fa2c1")) {
            _ = try store.lockSession("call-20261130-090000-3fa2c1")
        }
        // Another session is free meanwhile.
        _ = try store.lockSession("call-20261130-090500-77aa01")
        #expect(lease?.session == "call-20261130-090000-3fa2c1")
        lease = nil
        _ = try store.lockSession("call-20261130-090000-3fa2c1")
    }

    @Test(arguments: StoreKind.allCases)
    func practiceOnlyOnAnEmptyStore(kind: StoreKind) throws {
        let empty = try kind.make("practice_\(kind)")
        #expect(try empty.mode() == .empty)
        try empty.markAsPractice()
        try empty.markAsPractice()
        #expect(try empty.mode() == .practice)
        let real = try kind.make("real_\(kind)")
        try real.commit(StepWrite(session: "call-6", audit: [Sample.payload("gate", session: "call-6")]))
        #expect(try real.mode() == .real)
        #expect(throws: RuntimeError.self) { try real.markAsPractice() }
        #expect(try real.mode() == .real)
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentWritersLoseNothingAndTheChainVerifies(kind: StoreKind) throws {
        let store = try kind.make("writers_\(kind)")
        let threads = 8
        let steps = 15
        let failures = Collected<String>()
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            for i in 0..<steps {
                let session = "call-t\(t)-\(i)"
                do {
                    try store.commit(
                        StepWrite(
                            session: session, records: [.objection(phone: "06 2\(t)00 00\(String(format: "%02d", i))")],
                            audit: [
                                Sample.payload("event", session: session),
                                Sample.payload("objection-recorded", session: session),
                            ]))
                } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let contents = try store.auditContents()
        let report = AuditVerifier.verify(contents)
        #expect(report.isIntact, "\(report)")
        #expect(report.entries == threads * steps * 2)
        // A step's two entries stay consecutive: no other writer's entry lands between them.
        let sessions = contents.entries.compactMap(\.payload?.session)
        for pair in stride(from: 0, to: sessions.count, by: 2) { #expect(sessions[pair] == sessions[pair + 1]) }
        for t in 0..<threads {
            for i in 0..<steps { #expect(try store.isObjected("+3162\(t)0000\(String(format: "%02d", i))")) }
        }
    }
}

extension Sample {
    struct Bad: Error {}
}
