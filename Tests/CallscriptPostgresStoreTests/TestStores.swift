import CallscriptPostgres
import CallscriptPostgresStore
import CallscriptRuntime
import CallscriptTestSupport
import Foundation

/// The stores the contract tests run against: the file store in a fresh folder and the
/// PostgreSQL store in a fresh schema of the server `.ci/run` starts. A missing server fails
/// the tests with the command that starts one, never skips them.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case file
    case postgres

    var description: String { rawValue }

    /// A new, empty store of this kind; `name` keeps parallel tests apart.
    func make(_ name: String) throws -> any RecordStore {
        switch self {
        case .file:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "store-\(name)-\(UUID().uuidString)")
            let store = FileRecordStore(DataFolder(root: folder))
            _ = try store.prepare()
            return store
        case .postgres: return try TestDatabase.store(name)
        }
    }
}

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

    /// The URL of a fresh, empty schema `s_<name>` (dropped and created again).
    static func schemaURL(_ name: String) throws -> String {
        let base = try url()
        let schema = "s_" + name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "_" }
        let admin = try PostgresConnection(base)
        try admin.execute("SET client_min_messages TO warning")
        try admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
        try admin.execute("CREATE SCHEMA \(schema)")
        return base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
    }

    /// A migrated store in a fresh schema.
    static func store(_ name: String) throws -> PostgresRecordStore {
        let store = PostgresRecordStore(url: try schemaURL(name))
        _ = try store.migrate()
        return store
    }
}

/// Values collected from several threads.
final class Collected<T: Sendable>: @unchecked Sendable {
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

/// Realistic records of a Dutch energy campaign.
enum Sample {
    static let company = "Belcentrum Randstad B.V."

    static func payload(_ kind: String, session: String, contact: String = "K-1001") -> AuditPayload {
        AuditPayload(
            kind: kind, time: "2026-11-30T09:15:02Z", agent: "Jan de Vries", contact: contact,
            script: "3fa2c1d4e5f6a7b8", session: session)
    }

    static func consent(_ person: String, _ phone: String, _ status: ConsentRecord.Status) -> ConsentRecord {
        ConsentRecord(
            person: person, phone: phone, company: company, purpose: "telemarketing", time: "2026-11-30T09:15:02Z",
            script: "winback", agent: "Jan de Vries", status: status, verifiedBy: "sms",
            verifiedAt: "2026-11-30T09:15:02Z")
    }

    static func snapshot(_ session: String, contact: String, phase: String) throws -> SessionSnapshot {
        let json = """
            {"format":"callscript-session","formatVersion":1,"session":"\(session)","machineDigest":"3fa2c1d4e5f6a7b8",
             "contact":"\(contact)","agent":"Jan de Vries","phase":"\(phase)","state":"pitch.1","captures":{},
             "objectionRecorded":false,"inputs":3}
            """
        return try SessionSnapshot.decode(Data(json.utf8), file: "sample")
    }
}
