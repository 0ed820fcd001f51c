import CallscriptPostgres
import CallscriptRuntime
import Foundation

/// Keyed checkpoints, erasure (AVG art. 17) and export (art. 15) on the database: the same
/// entries, markers and documents as the file store's, written in one transaction under the
/// `audit_head` row lock, so no runner's append lands in the middle.
extension PostgresRecordStore {
    @discardableResult
    public func appendCheckpoint(key: AuditKey, time: String, agent: String) throws(RuntimeError) -> AuditEntry {
        let failure = Failure()
        return try failure.rethrowing { () throws(RuntimeError) -> AuditEntry in
            try run("seal the audit trail", retry: false) { c throws(PostgresError) -> AuditEntry in
                try c.transaction(isolation: "READ COMMITTED") { c throws(PostgresError) -> AuditEntry in
                    let last = try Self.lockHead(c)
                    let entry: AuditEntry
                    do throws(RuntimeError) {
                        entry = try AuditEntry.checkpoint(after: last, key: key, time: time, agent: agent)
                    } catch {
                        throw failure.keep(error)
                    }
                    try Self.insert(c, entry, session: "", contact: "")
                    try Self.moveHead(c, to: entry)
                    return entry
                }
            }
        }
    }

    /// Erases contact `id`: their audit entries become sealed markers (an `erasure` entry and
    /// a checkpoint record it), their sessions, consents and callbacks (by ID or any number of
    /// theirs) are deleted, their number stays on the objection list. One transaction; then
    /// `VACUUM FULL`, so the old row versions leave the table files too.
    public func erase(contact id: String, key: AuditKey, agent: String, clock: RuntimeClock = .system)
        throws(RuntimeError) -> ErasureReport
    {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else { throw .erasureNeedsContact(path: name) }
        let failure = Failure()
        let time = clock.timestamp()
        let report = try failure.rethrowing { () throws(RuntimeError) -> ErasureReport in
            try run("erase the contact's data", retry: false) { c throws(PostgresError) -> ErasureReport in
                try c.transaction(isolation: "READ COMMITTED") { c throws(PostgresError) -> ErasureReport in
                    _ = try Self.lockHead(c)
                    let contents = try Self.contents(c)
                    var phones: Set<String> = []
                    for entry in contents.entries {
                        if let p = entry.payload, p.contact == id, let phone = p.phone {
                            phones.insert(Self.normalized(phone))
                        }
                    }
                    for table in ["consents", "callbacks"] {
                        for row in try c.execute("SELECT phone FROM \(table) WHERE person = $1", [id]).rows {
                            if let phone = row[0] { phones.insert(phone) }
                        }
                    }
                    let rewrite: AuditEraser.Rewrite
                    do throws(RuntimeError) {
                        rewrite = try AuditEraser.rewrite(
                            contents, name: auditName, key: key, contact: id, reason: "erasure request", time: time,
                            agent: agent
                        ) { $0.contact == id }
                    } catch { throw failure.keep(error) }
                    var report = try Self.write(c, rewrite)
                    let numbers = Self.textArray(phones)
                    report.consents = try Self.count(
                        c.execute(
                            "DELETE FROM consents WHERE person = $1 OR phone = ANY($2::text[]) RETURNING 1",
                            [id, numbers]))
                    report.callbacks = try Self.count(
                        c.execute(
                            "DELETE FROM callbacks WHERE person = $1 OR phone = ANY($2::text[]) RETURNING 1",
                            [id, numbers]))
                    report.attempts = try Self.count(
                        c.execute("DELETE FROM attempts WHERE phone = ANY($1::text[]) RETURNING 1", [numbers]))
                    report.sessions = try Self.count(
                        c.execute(
                            "DELETE FROM sessions WHERE contact = $1 OR EXISTS (SELECT 1 FROM unnest($2::text[]) p WHERE strpos(snapshot, p) > 0) RETURNING 1",
                            [id, numbers]))
                    return report
                }
            }
        }
        try rewriteTables()
        return report
    }

    /// The retention periods of the store: the `retention` settings row, which holds the text
    /// of a data folder's `settings.json`; without one, the defaults (the customer term).
    public func retentionSettings() throws(RuntimeError) -> RetentionSettings {
        let rows = try run("read the retention settings") { c throws(PostgresError) in
            try c.execute("SELECT value FROM settings WHERE key = 'retention'")
        }
        guard let text = rows.rows.first?.first ?? nil else { return RetentionSettings() }
        return try RetentionSettings.parse(Array(text.utf8), file: "\(name) (settings row 'retention')")
    }

    /// Applies the retention periods with the same rule (`RetentionPlan`) and guarantees as a
    /// data folder's `erase --older-than`: one transaction under the `audit_head` lock, then
    /// the tables rewritten.
    public func applyRetention(
        _ settings: RetentionSettings, key: AuditKey, agent: String, clock: RuntimeClock = .system
    ) throws(RuntimeError) -> ErasureReport {
        let failure = Failure()
        let time = clock.timestamp()
        let now = clock.now()
        let report = try failure.rethrowing { () throws(RuntimeError) -> ErasureReport in
            try run("apply the retention periods", retry: false) { c throws(PostgresError) -> ErasureReport in
                try c.transaction(isolation: "READ COMMITTED") { c throws(PostgresError) -> ErasureReport in
                    _ = try Self.lockHead(c)
                    let contents = try Self.contents(c)
                    let plan = RetentionPlan(settings, trail: contents, now: now)
                    let rewrite: AuditEraser.Rewrite
                    do throws(RuntimeError) {
                        rewrite = try AuditEraser.rewrite(
                            contents, name: auditName, key: key, contact: "", reason: plan.reason, time: time,
                            agent: agent, where: plan.erases)
                    } catch { throw failure.keep(error) }
                    var report = try Self.write(c, rewrite)
                    report.consents = Self.count(
                        try c.execute(
                            "DELETE FROM consents WHERE record::json->>'time' < $1 RETURNING 1", [plan.consents]))
                    report.callbacks = Self.count(
                        try c.execute(
                            "DELETE FROM callbacks WHERE record::json->>'time' < $1 RETURNING 1", [plan.callbacks]))
                    report.attempts = Self.count(
                        try c.execute(
                            "DELETE FROM attempts WHERE record::json->>'time' < $1 RETURNING 1", [plan.attempts]))
                    let sessions = try c.execute("SELECT id, extract(epoch FROM saved_at)::float8 FROM sessions")
                    for row in sessions.rows {
                        guard let id = row[0] else { continue }
                        let saved = Date(timeIntervalSince1970: Double(row[1] ?? "") ?? 0)
                        if plan.sessionExpired(id, savedAt: saved) {
                            try c.execute("DELETE FROM sessions WHERE id = $1", [id])
                            report.sessions += 1
                        }
                    }
                    return report
                }
            }
        }
        try rewriteTables()
        return report
    }

    /// Everything the store holds about contact `id` (AVG art. 15), in the document the file
    /// store's export gives.
    public func export(contact id: String, clock: RuntimeClock = .system) throws(RuntimeError) -> DataExport {
        let rows = try run("export the contact's data") { c throws(PostgresError) -> [PostgresRows] in
            [
                try c.execute(
                    "SELECT seq, prev, payload_hash, payload FROM audit WHERE contact = $1 ORDER BY seq", [id]),
                try c.execute("SELECT record FROM consents WHERE person = $1 ORDER BY id", [id]),
                try c.execute("SELECT record FROM callbacks WHERE person = $1 ORDER BY id", [id]),
                try c.execute("SELECT snapshot FROM sessions WHERE contact = $1 ORDER BY id", [id]),
            ]
        }
        var audit: [DataExport.Entry] = []
        var phones: Set<String> = []
        for entry in rows[0].rows.map(Self.entry) {
            guard var p = entry.payload, p.contact == id, p.redacted != true, p.kind != "erasure" else { continue }
            p.salt = nil
            if let phone = p.phone { phones.insert(Self.normalized(phone)) }
            audit.append(DataExport.Entry(seq: entry.seq, payload: p))
        }
        var consents: [ConsentRecord] = []
        for row in rows[1].rows {
            if let text = row[0] { consents.append(try decode(ConsentRecord.self, text, "consent register")) }
        }
        var callbacks: [CallbackRecord] = []
        for row in rows[2].rows {
            if let text = row[0] { callbacks.append(try decode(CallbackRecord.self, text, "callback list")) }
        }
        var sessions: [SessionSnapshot] = []
        for row in rows[3].rows {
            if let text = row[0] {
                sessions.append(try SessionSnapshot.decode(Data(text.utf8), file: "\(name) (sessions)"))
            }
        }
        for phone in consents.map(\.phone) + callbacks.map(\.phone) { phones.insert(phone) }
        let numbers = Self.textArray(phones)
        let listed = try run("export the contact's data") { c throws(PostgresError) in
            try c.execute("SELECT phone FROM objections WHERE phone = ANY($1::text[]) ORDER BY phone", [numbers])
        }
        return DataExport(
            contact: id, exported: clock.timestamp(), phones: phones.sorted(),
            objections: listed.rows.compactMap { $0[0] },
            audit: audit, sessions: sessions, consents: consents, callbacks: callbacks)
    }

    // MARK: Rows

    /// Writes an erasure's rows: the markers in place of the entries, the `erasure` entry
    /// (naming the contact, if any) and the checkpoint, and moves the head.
    static func write(_ c: PostgresConnection, _ rewrite: AuditEraser.Rewrite) throws(PostgresError) -> ErasureReport {
        for entry in rewrite.markers {
            try c.execute(
                "UPDATE audit SET payload = $2, contact = '' WHERE seq = $1",
                [String(entry.seq), String(decoding: entry.payloadBytes, as: UTF8.self)])
        }
        try insert(c, rewrite.erasure, session: "", contact: rewrite.erasure.payload?.contact ?? "")
        try insert(c, rewrite.checkpoint, session: "", contact: "")
        try moveHead(c, to: rewrite.checkpoint)
        var report = ErasureReport()
        report.auditEntries = rewrite.markers.count
        report.erasureEntry = rewrite.erasure.seq
        return report
    }

    /// Deleted and updated rows stay in the table files as dead versions, and a plain VACUUM
    /// only marks their space free (the bytes stay): VACUUM FULL writes the tables anew
    /// without them, as the file store rewrites its files. It locks each table while it
    /// copies it, so runners wait that long; erasures are rare.
    func rewriteTables() throws(RuntimeError) {
        try run("rewrite the tables without the erased rows", retry: false) { c throws(PostgresError) in
            _ = try c.execute("VACUUM FULL audit, consents, callbacks, sessions")
        }
    }

    /// Locks the head row; returns the last entry (nil for an empty trail).
    static func lockHead(_ c: PostgresConnection) throws(PostgresError) -> AuditEntry? {
        let head = try c.execute("SELECT seq FROM audit_head WHERE one FOR UPDATE")
        guard let text = head.rows.first?.first ?? nil, let seq = Int(text), seq > 0 else { return nil }
        let rows = try c.execute("SELECT seq, prev, payload_hash, payload FROM audit WHERE seq = $1", [String(seq)])
        return rows.rows.first.map(entry)
    }

    static func entry(_ row: [String?]) -> AuditEntry {
        AuditEntry.stored(
            seq: Int(row[0] ?? "") ?? 0, prev: row[1] ?? "", payloadHash: row[2] ?? "",
            payloadBytes: Array((row[3] ?? "").utf8))
    }

    static func contents(_ c: PostgresConnection) throws(PostgresError) -> AuditContents {
        AuditContents(
            entries: try c.execute("SELECT seq, prev, payload_hash, payload FROM audit ORDER BY seq").rows.map(entry))
    }

    static func insert(_ c: PostgresConnection, _ entry: AuditEntry, session: String, contact: String)
        throws(PostgresError)
    {
        try c.execute(
            "INSERT INTO audit (seq, prev, payload_hash, payload, session, contact) VALUES ($1, $2, $3, $4, $5, $6)",
            [
                String(entry.seq), entry.prev, entry.payloadHash, String(decoding: entry.payloadBytes, as: UTF8.self),
                session, contact,
            ])
    }

    static func moveHead(_ c: PostgresConnection, to entry: AuditEntry) throws(PostgresError) {
        try c.execute("UPDATE audit_head SET seq = $1, hash = $2 WHERE one", [String(entry.seq), entry.hash])
    }

    static func count(_ rows: PostgresRows) -> Int { rows.rows.count }

    /// A PostgreSQL array literal of texts (`{"+31612345678","..."}`), each element quoted, so a
    /// number kept as written (with a comma or a quote) stays one element.
    static func textArray(_ values: Set<String>) -> String {
        let quoted = values.sorted().map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }
}

/// A runtime error raised inside a database transaction: kept here, the transaction rolled
/// back by a stand-in PostgreSQL error, and thrown again outside.
final class Failure: @unchecked Sendable {
    private(set) var error: RuntimeError?

    func keep(_ error: RuntimeError) -> PostgresError {
        self.error = error
        return .statement(sqlState: "P0001", message: "\(error.summary)")
    }

    /// Runs `body`; when it fails because of a kept error, throws that one instead.
    func rethrowing<T>(_ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        do { return try body() } catch { throw self.error ?? error }
    }
}
