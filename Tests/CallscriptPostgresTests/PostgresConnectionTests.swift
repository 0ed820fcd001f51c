import CallscriptPostgres
import Dispatch
import Foundation
import Testing

/// The server `.ci/run` starts (Tests/Support/start-postgres.sh). A missing server fails the
/// tests with the command that starts one, never skips them.
enum TestDatabase {
    struct Missing: Error, CustomStringConvertible { var description: String }

    static func url() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["CALLSCRIPT_TEST_POSTGRES"], !url.isEmpty else {
            throw Missing(
                description:
                    "CALLSCRIPT_TEST_POSTGRES is not set; run `export CALLSCRIPT_TEST_POSTGRES=\"$(Tests/Support/start-postgres.sh)\"` (CI does this in .ci/run)"
            )
        }
        return url
    }

    /// A fresh schema for one test, so tests run in parallel without seeing each other.
    static func connect(schema: String) throws -> PostgresConnection {
        let c = try PostgresConnection(try url())
        try c.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
        try c.execute("CREATE SCHEMA \(schema)")
        try c.execute("SET search_path TO \(schema)")
        return c
    }
}

@Suite struct PostgresConnectionTests {
    @Test func parametersAreSentApartFromTheSQL() throws {
        let c = try TestDatabase.connect(schema: "t_params")
        try c.execute("CREATE TABLE t (phone text PRIMARY KEY, note text)")
        let hostile = "'); DROP TABLE t; --"
        try c.execute("INSERT INTO t VALUES ($1, $2)", ["+31612345678", hostile])
        try c.execute("INSERT INTO t VALUES ($1, $2)", ["+31201234567", nil])
        let rows = try c.execute("SELECT phone, note FROM t ORDER BY phone")
        #expect(rows.columns == ["phone", "note"])
        #expect(rows.rows == [["+31201234567", nil], ["+31612345678", hostile]])
    }

    @Test func aFailedStatementCarriesItsSQLState() throws {
        let c = try TestDatabase.connect(schema: "t_state")
        try c.execute("CREATE TABLE t (k text PRIMARY KEY)")
        try c.execute("INSERT INTO t VALUES ('a')")
        do {
            try c.execute("INSERT INTO t VALUES ('a')")
            Issue.record("a duplicate key was accepted")
        } catch {
            guard case .statement(let state, let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(state == "23505")
            #expect(message.contains("duplicate key"))
        }
    }

    @Test func aTransactionRollsBackWhenTheBodyThrows() throws {
        let c = try TestDatabase.connect(schema: "t_rollback")
        try c.execute("CREATE TABLE t (k int)")
        _ = try? c.transaction { (c) throws(PostgresError) in
            try c.execute("INSERT INTO t VALUES (1)")
            try c.execute("SELECT no_such_column FROM t")
        }
        #expect(try c.execute("SELECT count(*) FROM t").rows == [["0"]])
    }

    /// Eight writers increment one counter under SERIALIZABLE; conflicts are retried, so no
    /// increment is lost.
    @Test func concurrentSerializableWritersLoseNothing() throws {
        let setup = try TestDatabase.connect(schema: "t_counter")
        try setup.execute("CREATE TABLE counter (n int)")
        try setup.execute("INSERT INTO counter VALUES (0)")
        let url = try TestDatabase.url()
        let failures = DispatchQueue(label: "failures")
        nonisolated(unsafe) var errors: [String] = []
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            do {
                let c = try PostgresConnection(url)
                try c.execute("SET search_path TO t_counter")
                for _ in 0..<10 {
                    try c.transaction(attempts: 50) { (c) throws(PostgresError) in
                        let n = Int(try c.execute("SELECT n FROM counter").rows[0][0] ?? "") ?? -1
                        try c.execute("UPDATE counter SET n = $1", [String(n + 1)])
                    }
                }
            } catch {
                failures.sync { errors.append("\(error)") }
            }
        }
        #expect(errors.isEmpty, "\(errors)")
        #expect(try setup.execute("SELECT n FROM counter").rows == [["80"]])
    }

    @Test func anUnreachableServerIsAClearError() {
        do {
            _ = try PostgresConnection("postgres://nobody@127.0.0.1:1/none?connect_timeout=2")
            Issue.record("connected to port 1")
        } catch {
            guard case .connection(let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(message.contains("127.0.0.1") || message.lowercased().contains("connect"))
        }
    }
}
