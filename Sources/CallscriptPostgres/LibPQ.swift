import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// libpq's C functions, looked up at run time with `dlopen`, so that `swift build` needs no
/// PostgreSQL headers or library and a machine without PostgreSQL never notices until a
/// `postgres://` store is asked for.
final class LibPQ: Sendable {
    typealias ConnectDB = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    typealias Finish = @convention(c) (OpaquePointer?) -> Void
    typealias Status = @convention(c) (OpaquePointer?) -> Int32
    typealias ErrorMessage = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    typealias ExecParams =
        @convention(c) (
            OpaquePointer?, UnsafePointer<CChar>, Int32, UnsafePointer<UInt32>?,
            UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
        ) -> OpaquePointer?
    typealias ResultStatus = @convention(c) (OpaquePointer?) -> Int32
    typealias ResultErrorField = @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?
    typealias Count = @convention(c) (OpaquePointer?) -> Int32
    typealias FieldName = @convention(c) (OpaquePointer?, Int32) -> UnsafePointer<CChar>?
    typealias GetValue = @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafePointer<CChar>?
    typealias GetIsNull = @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    typealias Clear = @convention(c) (OpaquePointer?) -> Void

    let connectdb: ConnectDB
    let finish: Finish
    let status: Status
    let errorMessage: ErrorMessage
    let execParams: ExecParams
    let resultStatus: ResultStatus
    let resultErrorField: ResultErrorField
    let ntuples: Count
    let nfields: Count
    let fname: FieldName
    let getvalue: GetValue
    let getisnull: GetIsNull
    let clear: Clear

    /// The library names tried, in order (Debian's `libpq5` installs the first).
    static let candidates = ["libpq.so.5", "libpq.so"]

    /// Loaded once per process; the handle is never closed (libpq keeps global state).
    static let shared: Result<LibPQ, PostgresError> = load()

    private init(handle: UnsafeMutableRawPointer) throws(PostgresError) {
        func symbol<T>(_ name: String, as: T.Type) throws(PostgresError) -> T {
            guard let p = dlsym(handle, name) else {
                throw PostgresError.library("libpq has no function \(name); install a libpq5 of PostgreSQL 10 or later")
            }
            return unsafeBitCast(p, to: T.self)
        }
        connectdb = try symbol("PQconnectdb", as: ConnectDB.self)
        finish = try symbol("PQfinish", as: Finish.self)
        status = try symbol("PQstatus", as: Status.self)
        errorMessage = try symbol("PQerrorMessage", as: ErrorMessage.self)
        execParams = try symbol("PQexecParams", as: ExecParams.self)
        resultStatus = try symbol("PQresultStatus", as: ResultStatus.self)
        resultErrorField = try symbol("PQresultErrorField", as: ResultErrorField.self)
        ntuples = try symbol("PQntuples", as: Count.self)
        nfields = try symbol("PQnfields", as: Count.self)
        fname = try symbol("PQfname", as: FieldName.self)
        getvalue = try symbol("PQgetvalue", as: GetValue.self)
        getisnull = try symbol("PQgetisnull", as: GetIsNull.self)
        clear = try symbol("PQclear", as: Clear.self)
    }

    private static func load() -> Result<LibPQ, PostgresError> {
        var reasons: [String] = []
        for name in candidates {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) {
                do { return .success(try LibPQ(handle: handle)) } catch { return .failure(error) }
            }
            reasons.append(dlerror().map { String(cString: $0) } ?? name)
        }
        return .failure(
            .library(
                "cannot load libpq (\(reasons.joined(separator: "; "))); install it with `apt-get install libpq5` or use the file store"
            ))
    }
}

/// libpq's enum values used here (libpq-fe.h).
enum PQ {
    static let connectionOK: Int32 = 0
    static let commandOK: Int32 = 1
    static let tuplesOK: Int32 = 2
    /// `PG_DIAG_SQLSTATE`.
    static let sqlState = Int32(UInt8(ascii: "C"))
}
