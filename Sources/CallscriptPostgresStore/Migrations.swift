import CallscriptPostgres

/// One numbered step of the store's schema.
public struct Migration: Sendable, Hashable {
    public var version: Int
    public var name: String
    /// Run in order inside the migration's one transaction.
    public var statements: [String]

    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}

/// The store's versioned schema (`callscript store migrate`). Each migration runs in one
/// transaction together with its row in `schema_migrations`, so it is applied whole or not
/// at all; applied ones are skipped, so migrating twice (or from two machines at once, which
/// a transaction-scoped advisory lock serialises) changes nothing. Tables live in the
/// connection's current schema (`search_path`), so one database can hold several stores.
public enum Migrations {
    /// Every migration, oldest first. Never edit a released one: add the next number.
    public static let all: [Migration] = [
        Migration(
            version: 1, name: "records, sessions and the audit trail",
            statements: [
                // The objection list: one row per normalised number (E.164).
                """
                CREATE TABLE objections (
                    phone text PRIMARY KEY,
                    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp())
                """,
                // The consent register, append-only: the latest row per person or number decides.
                """
                CREATE TABLE consents (
                    id bigserial PRIMARY KEY,
                    person text NOT NULL, phone text NOT NULL, company text NOT NULL, purpose text NOT NULL,
                    status text NOT NULL CHECK (status IN ('given', 'withdrawn')),
                    record text NOT NULL)
                """,
                "CREATE INDEX consents_by_person ON consents (person, company, purpose, id)",
                "CREATE INDEX consents_by_phone ON consents (phone, company, purpose, id)",
                """
                CREATE TABLE callbacks (
                    id bigserial PRIMARY KEY,
                    person text NOT NULL, phone text NOT NULL,
                    at_minutes bigint NOT NULL,
                    record text NOT NULL)
                """,
                "CREATE INDEX callbacks_by_person ON callbacks (person, at_minutes)",
                "CREATE INDEX callbacks_by_phone ON callbacks (phone, at_minutes)",
                // Saved sessions: the snapshot JSON the file store writes to sessions/<id>.json.
                """
                CREATE TABLE sessions (
                    id text PRIMARY KEY,
                    contact text NOT NULL, phase text NOT NULL,
                    snapshot text NOT NULL,
                    saved_at timestamptz NOT NULL)
                """,
                "CREATE INDEX sessions_unfinished ON sessions (contact, saved_at) WHERE phase <> 'ended'",
                // The audit trail: the file's entries as rows, same fields, same hash chain.
                """
                CREATE TABLE audit (
                    seq bigint PRIMARY KEY CHECK (seq > 0),
                    prev text NOT NULL, payload_hash text NOT NULL,
                    payload text NOT NULL,
                    session text NOT NULL, contact text NOT NULL)
                """,
                "CREATE INDEX audit_by_session ON audit (session, seq)",
                // The chain's head: every append locks this one row, so appends from any number
                // of machines form one chain.
                """
                CREATE TABLE audit_head (
                    one boolean PRIMARY KEY DEFAULT true CHECK (one),
                    seq bigint NOT NULL, hash text NOT NULL)
                """,
                "INSERT INTO audit_head (seq, hash) VALUES (0, repeat('0', 64))",
                "CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL)",
            ]),
        Migration(
            version: 2, name: "call attempts for state call limits",
            statements: [
                // One row per call started under a call limit: the number and when (Unix seconds).
                """
                CREATE TABLE attempts (
                    id bigserial PRIMARY KEY,
                    phone text NOT NULL, at_seconds bigint NOT NULL,
                    record text NOT NULL)
                """,
                "CREATE INDEX attempts_by_phone ON attempts (phone, at_seconds)",
            ]),
    ]

    /// The version this callscript needs.
    public static var latest: Int { all.last?.version ?? 0 }

    /// The highest applied version, 0 when the database has no callscript tables.
    public static func current(_ c: PostgresConnection) throws(PostgresError) -> Int {
        let exists = try c.execute("SELECT to_regclass('schema_migrations') IS NOT NULL")
        guard exists.rows.first?.first == "t" else { return 0 }
        let rows = try c.execute("SELECT coalesce(max(version), 0) FROM schema_migrations")
        return rows.rows.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0
    }

    /// Applies the migrations not applied yet, each in its own transaction; returns those
    /// it applied (empty when the schema was current).
    @discardableResult
    public static func apply(_ c: PostgresConnection, migrations: [Migration] = all) throws(PostgresError)
        -> [Migration]
    {
        // Payloads are hashed as bytes; an encoding that converts text would change them.
        let encoding = try c.execute(
            "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")
        if let name = encoding.rows.first?.first ?? nil, name != "UTF8" {
            throw PostgresError.statement(
                sqlState: "22021",
                message:
                    "the database's encoding is \(name); callscript needs UTF8 (create it with `createdb --encoding UTF8`)"
            )
        }
        var applied: [Migration] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            let ran = try c.transaction(isolation: "READ COMMITTED") { c throws(PostgresError) -> Bool in
                try c.execute("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || '/migrate', 0))")
                try c.execute(
                    """
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version integer PRIMARY KEY, name text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT clock_timestamp())
                    """)
                let done = try c.execute(
                    "SELECT 1 FROM schema_migrations WHERE version = $1", [String(migration.version)])
                guard done.rows.isEmpty else { return false }
                for statement in migration.statements { try c.execute(statement) }
                try c.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                    [String(migration.version), migration.name])
                return true
            }
            if ran { applied.append(migration) }
        }
        return applied
    }
}
