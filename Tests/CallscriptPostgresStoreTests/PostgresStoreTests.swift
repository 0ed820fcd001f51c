import CallscriptMachine
import CallscriptPostgres
import CallscriptPostgresStore
import CallscriptRuntime
import Foundation
import Testing

/// What only the database store has to show: migrations, several machines (pools) on one
/// database, transactions that keep nothing of a failed step, reconnection, and a trail whose
/// rows are checked by the same verifier as the file.
@Suite struct PostgresStoreTests {
    @Test func aStoreUsedBeforeMigrationNamesTheCommand() throws {
        let url = try TestDatabase.schemaURL("unmigrated")
        let store = PostgresRecordStore(url: url)
        #expect(throws: RuntimeError.storeNotMigrated(store: store.name, found: 0, expected: Migrations.latest)) {
            _ = try store.prepare()
        }
        #expect(throws: RuntimeError.storeNotMigrated(store: store.name, found: 0, expected: Migrations.latest)) {
            _ = try store.isObjected("0612345678")
        }
        let message = RuntimeError.storeNotMigrated(store: store.name, found: 0, expected: 1).description
        #expect(message.contains("callscript store migrate --store \(store.name)"), "\(message)")
    }

    @Test func migrationsApplyOnceAndEachWhole() throws {
        let url = try TestDatabase.schemaURL("migrations")
        let store = PostgresRecordStore(url: url)
        #expect(try store.migrate().map(\.version) == Migrations.all.map(\.version))
        #expect(try store.migrate().isEmpty)
        #expect(try store.prepare().isEmpty)
        let c = try PostgresConnection(url)
        #expect(try Migrations.current(c) == Migrations.latest)
        // A migration that fails halfway leaves nothing of itself, and is not recorded.
        let broken = Migration(
            version: Migrations.latest + 1, name: "half done",
            statements: ["CREATE TABLE dialer_lists (id bigserial PRIMARY KEY)", "SELECT no_such_function()"])
        #expect(throws: PostgresError.self) { try Migrations.apply(c, migrations: Migrations.all + [broken]) }
        #expect(try Migrations.current(c) == Migrations.latest)
        #expect(try c.execute("SELECT to_regclass('dialer_lists') IS NULL").rows == [["t"]])
        // A database migrated by a newer callscript is refused, not used.
        try c.execute(
            "INSERT INTO schema_migrations (version, name) VALUES ($1, 'from the future')",
            [
                String(Migrations.latest + 5)
            ])
        #expect(
            throws: RuntimeError.storeNotMigrated(
                store: store.name, found: Migrations.latest + 5, expected: Migrations.latest)
        ) { _ = try store.prepare() }
    }

    @Test func anObjectionThroughOneMachineRefusesTheNextCheckThroughAnother() throws {
        let a = try TestDatabase.store("two_machines")
        let b = PostgresRecordStore(url: try TestDatabase.url() + "?options=-csearch_path%3Ds_two_machines")
        #expect(try !b.isObjected("06 1111 2222"))
        try a.commit(
            StepWrite(
                session: "call-a", records: [.objection(phone: "06-1111 2222")],
                audit: [Sample.payload("objection-recorded", session: "call-a")]))
        // B's pooled connection was open before the objection: no cache, the next check sees it.
        #expect(try b.isObjected("+31611112222"))
    }

    /// A lease's connection is reused for the next lock, so the lock must really be given up
    /// when the lease ends (an advisory lock is reentrant on its own connection: only another
    /// machine's connection shows whether it was let go).
    @Test func anEndedLeaseIsFreeForAnotherMachineAndItsConnectionIsReused() throws {
        let a = try TestDatabase.store("lease_reuse")
        let b = PostgresRecordStore(url: try TestDatabase.url() + "?options=-csearch_path%3Ds_lease_reuse")
        for round in 0..<5 {
            var lease: SessionLease? = try a.lockSession("call-\(round)")
            #expect(throws: RuntimeError.sessionBusy(session: "call-\(round)")) {
                _ = try b.lockSession("call-\(round)")
            }
            #expect(lease?.session == "call-\(round)")
            lease = nil
            var taken: SessionLease? = try b.lockSession("call-\(round)")
            #expect(throws: RuntimeError.sessionBusy(session: "call-\(round)")) {
                _ = try a.lockSession("call-\(round)")
            }
            #expect(taken?.session == "call-\(round)")
            taken = nil
        }
        let backends = try PostgresConnection(try TestDatabase.url()).execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
        // Two stores, a handful of reused connections each; one per lock would be 20 or more.
        #expect((Int(backends.rows.first?.first.flatMap { $0 } ?? "") ?? 99) < 40)
    }

    @Test func aFailedStepKeepsNothingOfItself() throws {
        let url = try TestDatabase.schemaURL("atomic")
        let store = PostgresRecordStore(url: url)
        _ = try store.migrate()
        guard let at = LocalDateTime("2026-12-01T14:30") else { throw Sample.Bad() }
        let c = try PostgresConnection(url)
        // The callback insert fails after the objection insert in the same transaction.
        try c.execute("ALTER TABLE callbacks RENAME TO callbacks_away")
        let callback = CallbackRecord(
            person: "K-1001", phone: "0612345678", at: at, timeZone: "Europe/Amsterdam", company: Sample.company,
            script: "winback", agent: "Jan de Vries", session: "call-x", time: "2026-11-30T09:15:02Z")
        #expect(throws: RuntimeError.self) {
            try store.commit(
                StepWrite(
                    session: "call-x", records: [.objection(phone: "0612345678"), .callback(callback)],
                    audit: [Sample.payload("objection-recorded", session: "call-x")]))
        }
        try c.execute("ALTER TABLE callbacks_away RENAME TO callbacks")
        #expect(try !store.isObjected("0612345678"))
        #expect(try store.auditContents().entries.isEmpty)
        #expect(try c.execute("SELECT seq FROM audit_head").rows == [["0"]])
    }

    @Test func aBrokenConnectionIsReplaced() throws {
        let url = try TestDatabase.schemaURL("reconnect") + "&application_name=callscript_reconnect_test"
        let store = PostgresRecordStore(url: url)
        _ = try store.migrate()
        #expect(try !store.isObjected("0612345678"))
        // The server drops the pooled connection (a restart, a network cut).
        let admin = try PostgresConnection(try TestDatabase.url())
        let killed = try admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'callscript_reconnect_test'"
        )
        #expect(!killed.rows.isEmpty)
        usleep(100_000)
        #expect(try !store.isObjected("0612345678"))
        try store.commit(
            StepWrite(
                session: "call-r", records: [.objection(phone: "0612345678")],
                audit: [Sample.payload("objection-recorded", session: "call-r")]))
        #expect(try store.isObjected("0612345678"))
    }

    @Test func rowsChangedInTheDatabaseFailVerification() throws {
        let url = try TestDatabase.schemaURL("tamper")
        let store = PostgresRecordStore(url: url)
        _ = try store.migrate()
        for kind in ["gate", "start", "objection-recorded", "outcome"] {
            try store.commit(StepWrite(session: "call-t", audit: [Sample.payload(kind, session: "call-t")]))
        }
        #expect(AuditVerifier.verify(try store.auditContents()).isIntact)
        let c = try PostgresConnection(url)
        try c.execute("UPDATE audit SET payload = replace(payload, 'outcome', 'answer') WHERE seq = 4")
        try c.execute("DELETE FROM audit WHERE seq = 2")
        let report = AuditVerifier.verify(try store.auditContents())
        #expect(report.problems.map(\.kind) == [.removed, .changed])
    }

    @Test func theRowsWrittenAsAFileVerifyAsAnAuditLog() throws {
        let store = try TestDatabase.store("as_file")
        try store.commit(StepWrite(session: "call-f", audit: [Sample.payload("gate", session: "call-f")]))
        try store.commit(
            StepWrite(
                session: "call-f", records: [.objection(phone: "0612345678")],
                audit: [
                    Sample.payload("event", session: "call-f"), Sample.payload("objection-recorded", session: "call-f"),
                ]))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString).jsonl")
        let bytes: [UInt8] = try store.auditContents().entries.flatMap { $0.line + [0x0A] }
        try Data(bytes).write(to: file)
        let report = try AuditVerifier.verify(AuditLog(path: file.path))
        #expect(report.isIntact, "\(report)")
        #expect(report.entries == 3)
    }

    @Test func commitsDuringAnErasureAreAllKeptAndTheChainVerifies() throws {
        let store = try TestDatabase.store("erase_busy")
        let key = AuditKey.generate()
        for i in 0..<10 {
            try store.commit(
                StepWrite(
                    session: "call-anna-\(i)", records: [.consent(Sample.consent("K-1001", "0612345678", .given))],
                    audit: [Sample.payload("consent-recorded", session: "call-anna-\(i)")]))
        }
        try store.appendCheckpoint(key: key, time: "2026-11-30T09:20:00Z", agent: "Jan de Vries")
        let failures = Collected<String>()
        let erased = Collected<Int>()
        DispatchQueue.concurrentPerform(iterations: 5) { t in
            if t == 0 {
                do { erased.add(try store.erase(contact: "K-1001", key: key, agent: "Fatima (FG)").auditEntries) } catch
                {
                    failures.add("erase: \(error)")
                }
                return
            }
            for i in 0..<20 {
                let session = "call-bram-\(t)-\(i)"
                do {
                    try store.commit(
                        StepWrite(
                            session: session, records: [.objection(phone: "06 3\(t)00 00\(String(format: "%02d", i))")],
                            audit: [Sample.payload("objection-recorded", session: session, contact: "K-2002")]))
                } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(erased.all == [10])
        let contents = try store.auditContents()
        let report = AuditVerifier.verify(contents)
        #expect(report.isIntact, "\(report)")
        let kinds = contents.entries.compactMap(\.payload)
        #expect(kinds.filter { $0.contact == "K-2002" }.count == 80)
        #expect(kinds.filter { $0.redacted == true }.count == 10)
        #expect(
            try !store.hasConsent(
                person: "K-1001", phone: "0612345678", company: Sample.company, purpose: "telemarketing"))
        #expect(try store.isObjected("+31634000019"))
    }

    @Test func retentionErasesWhatIsPastItsPeriodAndKeepsTheRest() throws {
        let store = try TestDatabase.store("retention")
        let key = AuditKey.generate()
        func step(_ session: String, _ time: String, _ person: String) -> StepWrite {
            var capture = Sample.payload("capture", session: session, contact: person)
            capture.time = time
            capture.value = "\(person.lowercased())@voorbeeld.nl"
            var consent = Sample.consent(person, person == "K-1001" ? "0612345678" : "0687654321", .given)
            consent.time = time
            return StepWrite(session: session, records: [.consent(consent)], audit: [capture])
        }
        // A call of 2022 (past the 3-year customer term) and one of this week.
        try store.commit(step("call-20220301-101500-aaaaaa", "2022-03-01T10:15:00Z", "K-1001"))
        try store.commit(step("call-20261130-101500-bbbbbb", "2026-11-30T10:15:00Z", "K-2002"))
        try store.saveSession(try Sample.snapshot("call-20220301-101500-aaaaaa", contact: "K-1001", phase: "running"))
        try store.saveSession(try Sample.snapshot("call-20261130-101500-bbbbbb", contact: "K-2002", phase: "running"))
        let now = try #require(ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z"))
        let report = try store.applyRetention(
            RetentionSettings(), key: key, agent: "Fatima (FG)", clock: .fixed(now))
        #expect(report.auditEntries == 1)
        #expect(report.consents == 1)
        #expect(report.sessions == 1)
        let contents = try store.auditContents()
        let verified = AuditVerifier.verify(contents, key: key)
        #expect(verified.isIntact, "\(verified)")
        let payloads = contents.entries.compactMap(\.payload)
        #expect(!payloads.contains { $0.value == "k-1001@voorbeeld.nl" })
        #expect(payloads.contains { $0.value == "k-2002@voorbeeld.nl" })
        #expect(payloads.last?.kind == "checkpoint")
        #expect(try store.loadSession("call-20220301-101500-aaaaaa") == nil)
        #expect(try store.loadSession("call-20261130-101500-bbbbbb") != nil)
        #expect(try !store.hasConsent(person: "K-1001", phone: "", company: Sample.company, purpose: "telemarketing"))
        #expect(try store.hasConsent(person: "K-2002", phone: "", company: Sample.company, purpose: "telemarketing"))
    }

    @Test func anUnreachableServerIsAClearErrorWithoutThePassword() {
        #expect {
            _ = try PostgresRecordStore.open(url: "postgres://callscript:geheim@127.0.0.1:1/callscript")
        } throws: { error in
            guard case RuntimeError.storeUnreachable(let store, let reason) = error else { return false }
            return store == "postgres://callscript@127.0.0.1:1/callscript" && reason.contains("127.0.0.1")
                && !reason.contains("\n")
        }
    }
}
