import CallscriptPostgres
import CallscriptPostgresStore
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript run --store postgres://...` as a floor uses it: real processes (two machines'
/// runners) on one database. Needs the server `.ci/run` starts; a missing one fails the tests.
@Suite struct RunnerPostgresStoreTests {
    /// A migrated practice store in a fresh schema holding the opt-in consents of `contacts`.
    static func store(_ name: String, consents contacts: [(String, String)]) throws -> (String, PostgresRecordStore) {
        guard let base = ProcessInfo.processInfo.environment["CALLSCRIPT_TEST_POSTGRES"], !base.isEmpty else {
            Issue.record(
                "CALLSCRIPT_TEST_POSTGRES is not set; run `export CALLSCRIPT_TEST_POSTGRES=\"$(Tests/Support/start-postgres.sh)\"`"
            )
            throw CancellationError()
        }
        let admin = try PostgresConnection(base)
        try admin.execute("SET client_min_messages TO warning")
        try admin.execute("DROP SCHEMA IF EXISTS cli_\(name) CASCADE")
        try admin.execute("CREATE SCHEMA cli_\(name)")
        let url = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3Dcli_\(name)"
        let migrate = try BuiltBinary.run(["store", "migrate", "--store", url])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("applied migration 1"), "\(migrate.stdout)")
        let store = try PostgresRecordStore.open(url: url)
        try store.markAsPractice()
        for (person, phone) in contacts {
            try store.commit(
                StepWrite(
                    session: "import",
                    records: [
                        .consent(
                            ConsentRecord(
                                person: person, phone: phone, company: "Belcentrum Randstad B.V.",
                                purpose: "telemarketing", time: "2026-01-05T09:00:00Z", script: "import",
                                agent: "import", verifiedBy: "sms", verifiedAt: "2026-01-05T09:00:00Z",
                                validUntil: "2027-12-31"))
                    ], audit: []))
        }
        return (url, store)
    }

    static func run(_ w: RunnerWorkspace, _ url: String, contact: String, answers: String, _ extra: [String] = [])
        throws -> ProcessOutput
    {
        let name = "answers-\(UUID().uuidString.prefix(8)).txt"
        try w.write(name, answers)
        return try w.callscript(arguments(url, contact: contact, ["--answers", name] + extra))
    }

    static func arguments(_ url: String, contact: String, _ extra: [String] = []) -> [String] {
        [
            "run", RunnerWorkspace.winback, "--contact", contact, "--agent", "Jan", "--store", url, "--practice",
            "--now", RunnerWorkspace.monday,
        ] + extra
    }

    @Test func twoRunnersAtOnceShareOneChainAndAnObjectionThroughOneRefusesTheOther() throws {
        let w = try RunnerWorkspace()
        let (url, store) = try Self.store("two", consents: [("K-1001", "+31612345678"), ("K-2002", "+31687654321")])
        try w.write(
            "piet.json",
            """
            {"id": "K-2002", "phone": "06-8765 4321",
             "fields": {"voornaam": "Piet", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 2800, "zonnepanelen": false}}
            """)
        // Machine A: Anna objects mid-call. Machine B at the same time: Piet's whole call.
        let statuses = Collected<Int32>()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let result =
                i == 0
                ? try? Self.run(
                    w, url, contact: "anna.json", answers: "continue\nevent objection\ncontinue\ncontinue\n")
                : try? Self.run(w, url, contact: "piet.json", answers: RunnerWorkspace.fullCall)
            statuses.add(result?.status ?? -1)
        }
        #expect(statuses.all == [0, 0])
        #expect(try store.isObjected("0612345678"))
        // The next start of Anna's number, through another runner, is refused by the objection gate.
        let again = try Self.run(w, url, contact: "anna.json", answers: RunnerWorkspace.fullCall)
        #expect(again.status == 1)
        #expect(again.stderr.contains("NL-GATE-OBJECTION"), "\(again.stderr)")
        let verify = try w.callscript(["audit", "verify", "--store", url])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let count = try store.auditContents().entries.count
        #expect(count > 20)
        #expect(verify.stdout.contains("intact: \(count) entries verified"), "\(verify.stdout)")
        let show = try w.callscript(["audit", "show", "--store", url])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("K-1001") && show.stdout.contains("K-2002"), "\(show.stdout)")
        #expect(show.stderr.isEmpty, "an intact trail gives no warning: \(show.stderr)")
        let kinds = try store.auditContents().entries.compactMap(\.payload?.kind)
        #expect(kinds.filter { $0 == "gate" }.count == 3)
        #expect(kinds.filter { $0 == "outcome" }.count == 2)
        #expect(kinds.filter { $0 == "objection-recorded" }.count == 1)
        #expect(kinds.filter { $0 == "consent-recorded" }.count == 1)
    }

    @Test func aKilledRunnersCallResumesThroughAnother() throws {
        let w = try RunnerWorkspace()
        let (url, store) = try Self.store("kill", consents: [("K-1001", "+31612345678")])
        let first = try RunnerLiveProcess(Self.arguments(url, contact: "anna.json"), in: w.folder, terminal: false)
        #expect(first.waitFor("[IDENTIFY]"))
        first.type("\n")
        #expect(first.waitFor("[DISCLOSE]"))
        // While A holds the call, B may not take it.
        let busy = try Self.run(w, url, contact: "anna.json", answers: "continue\n", ["--resume"])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("is held by another runner"), "\(busy.stderr)")
        first.kill()
        // The server releases a dead connection's advisory lock; B takes the call over.
        var resumed = try Self.run(
            w, url, contact: "anna.json", answers: "continue\nanswer no\ncontinue\ncontinue\n", ["--resume"])
        for _ in 0..<20 where resumed.stderr.contains("is held by another runner") {
            usleep(100_000)
            resumed = try Self.run(
                w, url, contact: "anna.json", answers: "continue\nanswer no\ncontinue\ncontinue\n", ["--resume"])
        }
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("resumed"), "\(resumed.stdout)")
        #expect(try w.callscript(["audit", "verify", "--store", url]).status == 0)
        let kinds = try store.auditContents().entries.compactMap(\.payload?.kind)
        #expect(kinds.contains("resume"))
        #expect(kinds.last == "outcome")
    }

    @Test func anUnmigratedStoreAndAnUnreachableServerAreClearErrors() throws {
        let w = try RunnerWorkspace()
        guard let base = ProcessInfo.processInfo.environment["CALLSCRIPT_TEST_POSTGRES"], !base.isEmpty else {
            Issue.record("CALLSCRIPT_TEST_POSTGRES is not set; run Tests/Support/start-postgres.sh")
            return
        }
        let admin = try PostgresConnection(base)
        try admin.execute("SET client_min_messages TO warning")
        try admin.execute("DROP SCHEMA IF EXISTS cli_fresh CASCADE")
        try admin.execute("CREATE SCHEMA cli_fresh")
        let fresh = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3Dcli_fresh"
        let unmigrated = try w.callscript(Self.arguments(fresh, contact: "anna.json", ["--answers", "none.txt"]))
        #expect(unmigrated.status == 2)
        #expect(unmigrated.stderr.contains("[RT0387]"), "\(unmigrated.stderr)")
        #expect(unmigrated.stderr.contains("callscript store migrate --store"), "\(unmigrated.stderr)")
        let down = try w.callscript(
            [
                "run", RunnerWorkspace.winback, "--contact", "anna.json", "--agent", "Jan", "--store",
                "postgres://callscript:geheim@127.0.0.1:1/callscript",
            ])
        #expect(down.status == 2)
        #expect(down.stderr.contains("[RT0388]"), "\(down.stderr)")
        #expect(!down.stderr.contains("geheim"), "the password is never shown: \(down.stderr)")
        let both = try w.callscript(Self.arguments(fresh, contact: "anna.json", ["--data", "data"]))
        #expect(both.status == 2)
        #expect(both.stderr.contains("--store and --data"), "\(both.stderr)")
        let other = try w.callscript(["store", "migrate", "--store", "mysql://db/callscript"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("unsupported --store"), "\(other.stderr)")
    }
}

/// Values collected from several threads.
private final class Collected<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [T] = []

    func add(_ item: T) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [T] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
