import CallscriptPostgres
import Synchronization

/// A connection lent to one caller at a time. libpq connections must not be used by two
/// threads at once; the pool guarantees that by handing each one out to a single caller, so
/// passing it between threads (never sharing it) is safe.
final class PooledConnection: @unchecked Sendable {
    let connection: PostgresConnection

    init(_ connection: PostgresConnection) { self.connection = connection }
}

/// A small pool of connections to one database: a caller takes an idle connection (or opens
/// one), uses it alone and gives it back. A connection that broke (a server restart, a
/// network cut) is dropped rather than given back, so the next caller gets a fresh one.
final class ConnectionPool: Sendable {
    let conninfo: String
    /// How many idle connections are kept; more callers at once open more, closed on return.
    let keep: Int
    private let idle = Mutex<[PooledConnection]>([])
    /// Idle connections that held a session lock and let it go: the next lock reuses one, so
    /// starting a call does not wait for a new server process.
    private let idleLockHolders = Mutex<[PooledConnection]>([])

    init(conninfo: String, keep: Int = 8) {
        self.conninfo = conninfo
        self.keep = keep
    }

    /// A new connection with the session settings every store connection has.
    func open() throws(PostgresError) -> PooledConnection {
        let connection = try PostgresConnection(conninfo)
        // Payloads are hashed as bytes: they must come back exactly as they went in.
        try connection.execute("SET client_encoding TO 'UTF8'")
        // The server's notices ("already exists, skipping") are not the user's business.
        try connection.execute("SET client_min_messages TO warning")
        return PooledConnection(connection)
    }

    /// Runs `body` on a connection of its own. When `retry` is set (the body only reads, or
    /// is safe to repeat) and the connection turns out broken, it runs once more on a new
    /// connection: a pooled connection may have died while idle.
    func with<T>(retry: Bool, _ body: (PostgresConnection) throws(PostgresError) -> T) throws(PostgresError) -> T {
        var pooled: PooledConnection
        if let idleOne = idle.withLock({ $0.popLast() }) { pooled = idleOne } else { pooled = try open() }
        if !pooled.connection.isHealthy { pooled = try open() }
        do {
            let value = try body(pooled.connection)
            giveBack(pooled)
            return value
        } catch {
            if pooled.connection.isHealthy {
                giveBack(pooled)
                throw error
            }
            // The connection died under the statement: say so, whatever libpq called it.
            guard retry else { throw PostgresError.connection(Self.reason(error)) }
            let fresh = try open()
            let value = try body(fresh.connection)
            giveBack(fresh)
            return value
        }
    }

    /// A connection to hold a session's advisory lock on, for as long as the lease lives.
    func lockHolder() throws(PostgresError) -> PooledConnection {
        if let reused = idleLockHolders.withLock({ $0.popLast() }), reused.connection.isHealthy { return reused }
        return try open()
    }

    /// Ends a lease: unlocks on the holder and keeps it for the next lock. When the unlock does
    /// not go through, the connection is dropped instead, which releases the lock just as surely.
    func releaseLock(_ holder: PooledConnection, unlock sql: String, _ parameters: [String?]) {
        guard holder.connection.isHealthy,
            (try? holder.connection.execute(sql, parameters))?.rows.first?.first == "t"
        else { return }
        idleLockHolders.withLock { holders in
            if holders.count < keep { holders.append(holder) }
        }
    }

    private static func reason(_ error: PostgresError) -> String {
        switch error {
        case .library(let m), .connection(let m), .statement(_, let m): return m
        }
    }

    private func giveBack(_ pooled: PooledConnection) {
        guard pooled.connection.isHealthy else { return }
        idle.withLock { connections in
            if connections.count < keep { connections.append(pooled) }
        }
    }
}
