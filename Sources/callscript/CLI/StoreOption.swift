import CallscriptPostgresStore
import CallscriptRuntime

/// `--store URL`: the shared PostgreSQL record store instead of the file store (`--data DIR`).
enum StoreOption {
    static let help =
        "The shared record store, postgres://USER@HOST:PORT/DB (default: the file store in --data). Keep the password in ~/.pgpass or PGPASSWORD, not in the URL."

    /// The store at `url`, connected and its schema checked (`migrate` skips the check).
    static func open(_ url: String, checkSchema: Bool = true) throws -> PostgresRecordStore {
        guard PostgresRecordStore.accepts(url) else {
            throw UsageError(
                message:
                    "unsupported --store '\(url)'; expected postgres://USER@HOST:PORT/DB, or leave out --store for the file store (--data DIR)"
            )
        }
        if checkSchema { return try PostgresRecordStore.open(url: url) }
        return PostgresRecordStore(url: url)
    }

    /// `--data` and `--store` name two different stores: one of them, never both.
    static func checkExclusive(_ args: Arguments) throws {
        if args.value("--store") != nil, args.value("--data") != nil {
            throw UsageError(message: "--store and --data name two record stores; give one of them")
        }
    }
}
