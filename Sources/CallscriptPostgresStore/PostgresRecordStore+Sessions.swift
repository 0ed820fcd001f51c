import CallscriptPostgres
import CallscriptRuntime
import Foundation

/// Sessions, their locks, and the store's practice mode.
extension PostgresRecordStore {
    /// Holds the session with `pg_try_advisory_lock` on a connection of the lease's own. The
    /// lock lives exactly as long as that connection: released when the lease goes, and by
    /// the server when the process dies (a SIGKILLed runner's call can be resumed at once by
    /// another machine). The key is the schema and the session ID, so stores in different
    /// schemas of one database never block each other.
    public func lockSession(_ id: String) throws(RuntimeError) -> SessionLease {
        guard !id.isEmpty, id.count <= 128 else { throw .invalidSessionID(id: id) }
        let holder: PooledConnection
        let taken: Bool
        let key = "hashtextextended(current_schema() || '/session/' || $1, 0)"
        do {
            holder = try pool.lockHolder()
            let rows = try holder.connection.execute("SELECT pg_try_advisory_lock(\(key))", [id])
            taken = rows.rows.first?.first == "t"
        } catch { throw runtimeError(error, "lock the session") }
        guard taken else {
            pool.releaseLock(holder, unlock: "SELECT true", [])
            throw .sessionBusy(session: id)
        }
        // The lease unlocks and gives the connection back; if the process dies, the server ends
        // the connection and with it the lock.
        let pool = self.pool
        return SessionLease(session: id) { pool.releaseLock(holder, unlock: "SELECT pg_advisory_unlock(\(key))", [id]) }
    }

    public func saveSession(_ snapshot: SessionSnapshot) throws(RuntimeError) {
        let json = String(decoding: snapshot.encoded(), as: UTF8.self)
        try run("save the session", retry: false) { c throws(PostgresError) in
            _ = try c.execute(
                """
                INSERT INTO sessions (id, contact, phase, snapshot, saved_at) VALUES ($1, $2, $3, $4, clock_timestamp())
                ON CONFLICT (id) DO UPDATE SET contact = $2, phase = $3, snapshot = $4, saved_at = clock_timestamp()
                """, [snapshot.session, snapshot.contact, snapshot.phase, json])
        }
    }

    public func loadSession(_ id: String) throws(RuntimeError) -> SessionSnapshot? {
        let rows = try run("read the session") { c throws(PostgresError) in
            try c.execute("SELECT snapshot FROM sessions WHERE id = $1", [id])
        }
        guard let text = rows.rows.first?.first ?? nil else { return nil }
        return try SessionSnapshot.decode(Data(text.utf8), file: "\(name) (session \(id))")
    }

    public func unfinishedSessions(contact: String) throws(RuntimeError) -> [SavedSession] {
        let rows = try run("list the contact's sessions") { c throws(PostgresError) in
            try c.execute(
                """
                SELECT snapshot, extract(epoch FROM saved_at)::float8 FROM sessions
                WHERE contact = $1 AND phase <> 'ended' ORDER BY saved_at DESC
                """, [contact])
        }
        return rows.rows.compactMap { row in
            guard let text = row[0], let snapshot = try? SessionSnapshot.decode(Data(text.utf8), file: "session")
            else { return nil }
            let savedAt = Date(timeIntervalSince1970: Double(row[1] ?? "") ?? 0)
            return SavedSession(snapshot: snapshot, savedAt: savedAt)
        }
    }

    // MARK: Practice

    public func mode() throws(RuntimeError) -> StoreMode {
        try run("read the store's mode") { c throws(PostgresError) in try Self.mode(c) }
    }

    /// Marks an empty store as practice; the check and the mark are one serializable
    /// transaction, so a real call starting at the same moment cannot slip in between.
    public func markAsPractice() throws(RuntimeError) {
        let found = try run("mark the store as practice", retry: false) { c throws(PostgresError) -> StoreMode in
            try c.transaction(isolation: "SERIALIZABLE") { c throws(PostgresError) -> StoreMode in
                let mode = try Self.mode(c)
                if mode == .empty {
                    try c.execute(
                        "INSERT INTO settings (key, value) VALUES ('mode', 'practice') ON CONFLICT (key) DO UPDATE SET value = 'practice'"
                    )
                }
                return mode
            }
        }
        if found == .real { throw .practiceOnRealData(path: name) }
    }

    private static func mode(_ c: PostgresConnection) throws(PostgresError) -> StoreMode {
        let rows = try c.execute(
            """
            SELECT (SELECT value FROM settings WHERE key = 'mode'),
                   EXISTS (SELECT 1 FROM objections) OR EXISTS (SELECT 1 FROM consents)
                   OR EXISTS (SELECT 1 FROM callbacks) OR EXISTS (SELECT 1 FROM audit)
                   OR EXISTS (SELECT 1 FROM sessions)
            """)
        guard let row = rows.rows.first else { return .empty }
        if row[0] == "practice" { return .practice }
        return row[1] == "t" ? .real : .empty
    }
}
