import CallscriptMachine
import CallscriptPostgres
import CallscriptRuntime
import Foundation

/// The record store shared by many machines: the objection list, consent register, callback
/// list, sessions and audit trail as tables of one PostgreSQL database (see
/// `Docs/data-formats.md`, "The PostgreSQL store").
///
/// What the file store does with file locks, a journal and `fsync`, this store does with
/// transactions: `commit` writes a step's records and audit entries in one transaction, so
/// nothing is ever half-done and `recover` has nothing to complete; audit appends lock the
/// one row of `audit_head`, so appends from every machine form one chain with the file
/// store's entries and hashes; a session is held with an advisory lock on a connection of
/// the lease's own, which the server releases when that connection (or its process) dies.
/// Every gate check is a query: no cache can hide an objection another machine committed.
public struct PostgresRecordStore: RecordStore {
    /// The URL without its password, as messages show it.
    public let name: String
    let pool: ConnectionPool

    /// A store on the database at `url` (`postgres://USER@HOST:PORT/DB`, any libpq URI or
    /// connection string). Connects lazily; `open` connects and checks the schema at once.
    public init(url: String, idleConnections: Int = 32) {
        name = StoreURL.display(url)
        pool = ConnectionPool(conninfo: url, keep: idleConnections)
    }

    /// Connects and checks the schema: a missing library, an unreachable server or an
    /// unmigrated database is a clear error before anything else happens.
    public static func open(url: String) throws(RuntimeError) -> PostgresRecordStore {
        let store = PostgresRecordStore(url: url)
        try store.checkSchema()
        return store
    }

    /// True for URLs this store takes (`postgres://`, `postgresql://`).
    public static func accepts(_ url: String) -> Bool { StoreURL.isPostgres(url) }

    public var auditName: String { "\(name) (table audit)" }

    static func normalized(_ phone: String) -> String {
        PhoneNumber.normalize(phone) ?? phone.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Talking to the database

    /// Runs `body` on a pooled connection; PostgreSQL's errors become the runtime's.
    func run<T>(
        _ operation: String, retry: Bool = true, _ body: (PostgresConnection) throws(PostgresError) -> T
    ) throws(RuntimeError) -> T {
        do { return try pool.with(retry: retry, body) } catch { throw runtimeError(error, operation) }
    }

    func runtimeError(_ error: PostgresError, _ operation: String) -> RuntimeError {
        // libpq's messages span lines ("...failed: Connection refused\n\tIs the server running"):
        // one line reads better in a diagnostic.
        func oneLine(_ text: String) -> String {
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
        }
        switch error {
        case .library(let reason): return .storeLibraryMissing(reason: oneLine(reason))
        case .connection(let reason): return .storeUnreachable(store: name, reason: oneLine(reason))
        // An undefined table or no schema: the database was never migrated.
        case .statement(let state, _) where state == "42P01" || state == "3F000":
            return .storeNotMigrated(store: name, found: 0, expected: Migrations.latest)
        case .statement: return .storeFailed(store: name, operation: operation, reason: oneLine(error.description))
        }
    }

    /// Refuses a database whose schema is not the one this callscript needs.
    func checkSchema() throws(RuntimeError) {
        let found = try run("read the schema version") { c throws(PostgresError) in try Migrations.current(c) }
        guard found == Migrations.latest else {
            throw .storeNotMigrated(store: name, found: found, expected: Migrations.latest)
        }
    }

    /// Applies the migrations not applied yet; returns them.
    public func migrate() throws(RuntimeError) -> [Migration] {
        try run("migrate the schema", retry: false) { c throws(PostgresError) in try Migrations.apply(c) }
    }

    // MARK: Gate checks (a query every time)

    public func isObjected(_ phone: String) throws(RuntimeError) -> Bool {
        let number = Self.normalized(phone)
        return try run("check the objection list") { c throws(PostgresError) in
            !(try c.execute("SELECT 1 FROM objections WHERE phone = $1", [number])).rows.isEmpty
        }
    }

    public func latestConsent(person: String, phone: String, company: String, purpose: String)
        throws(RuntimeError) -> ConsentRecord?
    {
        let number = Self.normalized(phone)
        let rows = try run("check the consent register") { c throws(PostgresError) in
            try c.execute(
                """
                SELECT record FROM consents
                WHERE (person = $1 OR phone = $2) AND company = $3 AND purpose = $4
                ORDER BY id DESC LIMIT 1
                """, [person, number, company, purpose])
        }
        guard let text = rows.rows.first?.first ?? nil else { return nil }
        return try decode(ConsentRecord.self, text, "consent register")
    }

    public func attempts(phone: String, since: Date) throws(RuntimeError) -> Int {
        let number = Self.normalized(phone)
        let rows = try run("count the call attempts") { c throws(PostgresError) in
            try c.execute(
                "SELECT count(*) FROM attempts WHERE phone = $1 AND at_seconds >= $2",
                [number, String(Int(since.timeIntervalSince1970.rounded(.down)))])
        }
        return (rows.rows.first?.first ?? nil).flatMap { Int($0) } ?? 0
    }

    public func agreedCallback(person: String, phone: String, near time: LocalDateTime, windowMinutes: Int)
        throws(RuntimeError) -> CallbackRecord?
    {
        let number = Self.normalized(phone)
        let minute = time.minutesSinceEpoch
        let rows = try run("check the callback list") { c throws(PostgresError) in
            try c.execute(
                """
                SELECT record FROM callbacks
                WHERE (person = $1 OR phone = $2) AND at_minutes BETWEEN $3 AND $4
                ORDER BY id DESC LIMIT 1
                """, [person, number, String(minute - windowMinutes), String(minute + windowMinutes)])
        }
        guard let text = rows.rows.first?.first ?? nil else { return nil }
        return try decode(CallbackRecord.self, text, "callback list")
    }

    // MARK: Writes

    /// One transaction: the head row is locked first (so every writer queues in the same
    /// order and none deadlocks), then the records, then the entries chained onto the head.
    @discardableResult
    public func commit(_ step: StepWrite) throws(RuntimeError) -> [AuditEntry] {
        let records = try step.records.map { r throws(RuntimeError) in try RecordRow(r) }
        // Encoded once, outside the transaction: a retried transaction writes the same bytes.
        let drafts = try step.audit.map { p throws(RuntimeError) in
            try AuditEntry.chained(seq: 0, prev: AuditEntry.genesis, payload: p)
        }
        let payloads = step.audit
        return try run("commit a step", retry: false) { c throws(PostgresError) in
            try c.transaction(isolation: "READ COMMITTED") { c throws(PostgresError) -> [AuditEntry] in
                let head = try c.execute("SELECT seq, hash FROM audit_head WHERE one FOR UPDATE")
                for record in records { try record.insert(c) }
                guard let row = head.rows.first, let seqText = row[0], var seq = Int(seqText), var prev = row[1]
                else { throw PostgresError.statement(sqlState: "42P01", message: "audit_head has no row") }
                var entries: [AuditEntry] = []
                for (draft, payload) in zip(drafts, payloads) {
                    seq += 1
                    let entry = AuditEntry.stored(
                        seq: seq, prev: prev, payloadHash: draft.payloadHash, payloadBytes: draft.payloadBytes)
                    try c.execute(
                        "INSERT INTO audit (seq, prev, payload_hash, payload, session, contact) VALUES ($1, $2, $3, $4, $5, $6)",
                        [
                            String(seq), prev, entry.payloadHash, String(decoding: entry.payloadBytes, as: UTF8.self),
                            payload.session, payload.contact,
                        ])
                    prev = entry.hash
                    entries.append(entry)
                }
                if !entries.isEmpty {
                    try c.execute("UPDATE audit_head SET seq = $1, hash = $2 WHERE one", [String(seq), prev])
                }
                return entries
            }
        }
    }

    public func auditContents() throws(RuntimeError) -> AuditContents {
        let rows = try run("read the audit trail") { c throws(PostgresError) in
            try c.execute("SELECT seq, prev, payload_hash, payload FROM audit ORDER BY seq")
        }
        return AuditContents(
            entries: rows.rows.map { row in
                AuditEntry.stored(
                    seq: Int(row[0] ?? "") ?? 0, prev: row[1] ?? "", payloadHash: row[2] ?? "",
                    payloadBytes: Array((row[3] ?? "").utf8))
            })
    }

    /// A row is written whole or not at all: there is never a cut-off entry to drop.
    public func repairAudit() throws(RuntimeError) -> Int { 0 }

    /// Each step is one transaction, so no step is ever left half-done: nothing to complete.
    @discardableResult
    public func recover(session: String?) throws(RuntimeError) -> RecoveryReport { RecoveryReport() }

    /// Checks that the schema is current. Nothing to repair or complete (see `recover`).
    public func prepare() throws(RuntimeError) -> [String] {
        try checkSchema()
        return []
    }

    func decode<T: Decodable>(_ type: T.Type, _ text: String, _ what: String) throws(RuntimeError) -> T {
        do { return try JSONDecoder().decode(T.self, from: Data(text.utf8)) } catch {
            throw .storeFailed(store: name, operation: "read the \(what)", reason: "a row is not a record (\(error))")
        }
    }
}

/// A record ready for its table, its number normalised.
struct RecordRow: Sendable {
    var sql: String
    var parameters: [String?]

    init(_ record: StoredRecord) throws(RuntimeError) {
        switch record {
        case .objection(let phone):
            sql = "INSERT INTO objections (phone) VALUES ($1) ON CONFLICT (phone) DO NOTHING"
            parameters = [PostgresRecordStore.normalized(phone)]
        case .consent(var r):
            r.phone = PostgresRecordStore.normalized(r.phone)
            sql =
                "INSERT INTO consents (person, phone, company, purpose, status, record) VALUES ($1, $2, $3, $4, $5, $6)"
            parameters = [r.person, r.phone, r.company, r.purpose, r.status.rawValue, try Self.json(r)]
        case .callback(var r):
            r.phone = PostgresRecordStore.normalized(r.phone)
            sql = "INSERT INTO callbacks (person, phone, at_minutes, record) VALUES ($1, $2, $3, $4)"
            parameters = [r.person, r.phone, String(r.at.minutesSinceEpoch), try Self.json(r)]
        case .attempt(var a):
            a.phone = PostgresRecordStore.normalized(a.phone)
            // A time that cannot be read counts as now: the limit never passes on a guess.
            let at = a.instant ?? Date()
            sql = "INSERT INTO attempts (phone, at_seconds, record) VALUES ($1, $2, $3)"
            parameters = [a.phone, String(Int(at.timeIntervalSince1970)), try Self.json(a)]
        }
    }

    func insert(_ c: PostgresConnection) throws(PostgresError) { try c.execute(sql, parameters) }

    static func json<T: Encodable>(_ value: T) throws(RuntimeError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return String(decoding: try encoder.encode(value), as: UTF8.self) } catch {
            throw .io(path: "record", operation: "encode a record", reason: "\(error)")
        }
    }
}
