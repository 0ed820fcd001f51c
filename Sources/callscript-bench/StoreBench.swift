import CallscriptMachine
import CallscriptPostgresStore
import CallscriptRuntime
import Dispatch
import Foundation

/// `--only store`: the record store's own costs, the file store beside PostgreSQL (`--store
/// URL`, migrated first). Per store: a call's gate checks (objection list and consent register,
/// as the gates ask them) and a step's commit (an objection and two audit entries), each
/// `samples` times in a row, then `writers` threads committing at once. Bounded: a few
/// hundred operations per store.
struct StoreBench: Sendable {
    var folder: URL
    var postgres: String?
    var samples = 200
    var writers = 8
    var log: @Sendable (String) -> Void

    struct Row {
        var store: String
        var gateP50: Double
        var gateP99: Double
        var commitP50: Double
        var commitP99: Double
        var concurrentCommitsPerSecond: Double
    }

    func run() throws -> [Row] {
        var rows: [Row] = []
        let file = FileRecordStore(DataFolder(root: folder.appendingPathComponent("store-bench")))
        _ = try file.prepare()
        rows.append(try measure("file", file))
        if let postgres {
            let store = PostgresRecordStore(url: postgres)
            _ = try store.migrate()
            rows.append(try measure("postgres", store))
        } else {
            log("note: no --store postgres://...; the PostgreSQL row is skipped")
        }
        return rows
    }

    private func measure(_ name: String, _ store: any RecordStore) throws -> Row {
        log("record store: \(name)")
        let clock = ContinuousClock()
        let run = UUID().uuidString.prefix(6)
        var commits: [Double] = []
        var gates: [Double] = []
        for i in 0..<samples {
            let session = "bench-\(run)-\(i)"
            let step = StepWrite(
                session: session, records: [.objection(phone: String(format: "+316%08d", i))],
                audit: [Self.payload("event", session), Self.payload("objection-recorded", session)])
            let start = clock.now
            try store.commit(step)
            commits.append(Measure.seconds(clock.now - start))
            let check = clock.now
            _ = try store.isObjected(String(format: "06 %08d", i + 1))
            _ = try store.hasConsent(
                person: "K-\(i)", phone: "0612345678", company: "Belcentrum Randstad B.V.", purpose: "telemarketing")
            gates.append(Measure.seconds(clock.now - check))
        }
        let perWriter = max(1, samples / writers)
        let start = clock.now
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            for i in 0..<perWriter {
                let session = "bench-\(run)-w\(w)-\(i)"
                _ = try? store.commit(
                    StepWrite(
                        session: session, records: [.objection(phone: String(format: "+3162%01d%06d", w % 10, i))],
                        audit: [Self.payload("event", session), Self.payload("objection-recorded", session)]))
            }
        }
        let wall = Measure.seconds(clock.now - start)
        guard AuditVerifier.verify(try store.auditContents()).isIntact else {
            throw BenchError("the \(name) store's audit trail does not verify after the benchmark")
        }
        return Row(
            store: name, gateP50: Self.percentile(gates, 0.5), gateP99: Self.percentile(gates, 0.99),
            commitP50: Self.percentile(commits, 0.5), commitP99: Self.percentile(commits, 0.99),
            concurrentCommitsPerSecond: Double(perWriter * writers) / wall)
    }

    private static func payload(_ kind: String, _ session: String) -> AuditPayload {
        AuditPayload(
            kind: kind, time: "2026-11-30T09:15:02Z", agent: "bench", contact: "K-1001", script: "bench",
            session: session)
    }

    static func percentile(_ samples: [Double], _ p: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    static func render(_ rows: [Row], writers: Int) -> String {
        func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
        var out = "record store | gate check p50 | p99 | commit p50 | p99 | commits/s (\(writers) writers)\n"
        out += "--- | --- | --- | --- | --- | ---\n"
        for r in rows {
            out +=
                "\(r.store) | \(ms(r.gateP50)) | \(ms(r.gateP99)) | \(ms(r.commitP50)) | \(ms(r.commitP99)) | \(String(format: "%.0f", r.concurrentCommitsPerSecond))\n"
        }
        return out
    }
}
