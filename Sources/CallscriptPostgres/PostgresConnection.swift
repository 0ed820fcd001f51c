import Foundation

/// What went wrong talking to PostgreSQL, in words an operator can act on.
public enum PostgresError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libpq could not be loaded or lacks a function.
    case library(String)
    /// The server could not be reached or refused the login.
    case connection(String)
    /// A statement failed; `sqlState` is PostgreSQL's five-character code (`40001` is a
    /// serialization failure, `23505` a unique violation).
    case statement(sqlState: String, message: String)

    public var description: String {
        switch self {
        case .library(let m): return "PostgreSQL client library: \(m)"
        case .connection(let m): return "cannot connect to PostgreSQL: \(m)"
        case .statement(let state, let m): return "PostgreSQL error \(state): \(m)"
        }
    }

    /// True for errors a retry of the whole transaction can fix (serialization failures and
    /// deadlocks), as PostgreSQL's documentation advises for `SERIALIZABLE` transactions.
    public var isRetryable: Bool {
        if case .statement(let state, _) = self { return state == "40001" || state == "40P01" }
        return false
    }
}

/// The rows of one statement's result, as text (libpq's text format), NULL as nil.
public struct PostgresRows: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[String?]]
    /// The rows' values of one column by name.
    public func column(_ name: String) -> [String?] {
        guard let i = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[i] }
    }
}

/// One connection to a PostgreSQL server. Not shared between threads: a store keeps a pool
/// and lends each connection to one caller at a time.
public final class PostgresConnection {
    private let pq: LibPQ
    private let handle: OpaquePointer

    /// Connects with a libpq connection string or URI (`postgres://user@host/db`).
    public init(_ conninfo: String) throws(PostgresError) {
        let pq: LibPQ
        switch LibPQ.shared {
        case .success(let p): pq = p
        case .failure(let e): throw e
        }
        self.pq = pq
        guard let handle = conninfo.withCString({ pq.connectdb($0) }) else {
            throw .connection("out of memory")
        }
        guard pq.status(handle) == PQ.connectionOK else {
            let message = Self.text(pq.errorMessage(handle)) ?? "unknown error"
            pq.finish(handle)
            throw .connection(message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        self.handle = handle
    }

    deinit { pq.finish(handle) }

    /// True while the connection is usable (a server restart breaks it).
    public var isHealthy: Bool { pq.status(handle) == PQ.connectionOK }

    /// Runs one statement with `$1, $2, ...` parameters sent separately from the SQL text
    /// (never spliced in, so no value can inject SQL).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresRows {
        let cStrings = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for p in cStrings { free(p) } }
        let pointers = cStrings.map { UnsafePointer<CChar>($0) }
        let result = pointers.withUnsafeBufferPointer { params in
            sql.withCString { text in
                pq.execParams(handle, text, Int32(parameters.count), nil, params.baseAddress, nil, nil, 0)
            }
        }
        guard let result else { throw .connection(Self.text(pq.errorMessage(handle)) ?? "no result") }
        defer { pq.clear(result) }
        let status = pq.resultStatus(result)
        guard status == PQ.commandOK || status == PQ.tuplesOK else {
            let state = Self.text(pq.resultErrorField(result, PQ.sqlState)) ?? "XX000"
            let message = Self.text(pq.errorMessage(handle)) ?? "statement failed"
            throw .statement(sqlState: state, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let columnCount = pq.nfields(result)
        let rowCount = pq.ntuples(result)
        let columns = (0..<columnCount).map { Self.text(pq.fname(result, $0)) ?? "" }
        var rows: [[String?]] = []
        rows.reserveCapacity(Int(rowCount))
        for r in 0..<rowCount {
            rows.append(
                (0..<columnCount).map { c in
                    pq.getisnull(result, r, c) == 1 ? nil : Self.text(pq.getvalue(result, r, c))
                })
        }
        return PostgresRows(columns: columns, rows: rows)
    }

    /// Runs `body` in a transaction (`BEGIN ISOLATION LEVEL ...` ... `COMMIT`), rolling back
    /// when it throws, and retrying the whole body up to `attempts` times on a serialization
    /// failure or deadlock.
    public func transaction<T>(
        isolation: String = "SERIALIZABLE", attempts: Int = 5, _ body: (PostgresConnection) throws(PostgresError) -> T
    ) throws(PostgresError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            try execute("BEGIN ISOLATION LEVEL \(isolation)")
            do {
                let value = try body(self)
                try execute("COMMIT")
                return value
            } catch {
                _ = try? execute("ROLLBACK")
                if error.isRetryable, attempt < attempts {
                    usleep(UInt32.random(in: 1_000...(10_000 * UInt32(attempt))))
                    continue
                }
                throw error
            }
        }
    }

    private static func text(_ p: UnsafePointer<CChar>?) -> String? {
        guard let p else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: strlen(p)), as: UTF8.self)
    }
}
