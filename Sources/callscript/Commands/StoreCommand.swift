import CallscriptPostgresStore
import CallscriptRuntime

/// `callscript store migrate --store URL`: create or upgrade the shared store's tables.
struct StoreCommand: Command {
    let name = "store"
    let summary = "Set up the shared PostgreSQL record store: apply its schema migrations."
    let usage = "callscript store migrate --store postgres://USER@HOST:PORT/DB"
    let discussion = """
        migrate    apply the numbered schema migrations not applied yet, each in one transaction,
                   and print each one applied; a current schema prints that nothing was applied.
                   Safe to run again, and from several machines at once.
        Exit status: 0 ok, 2 usage error, library missing or database unreachable. See Docs/floor.md.
        """
    let options: [OptionSpec] = [.value("--store", "URL", help: StoreOption.help)]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard let action = args.positionals.first else { throw UsageError(message: "store needs an action: migrate") }
        guard action == "migrate" else {
            var message = "unknown store action '\(action)'"
            if let near = closestMatch(to: action, in: ["migrate"]) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        guard args.positionals.count == 1 else { throw UsageError(message: "store migrate takes no other arguments") }
        guard let url = args.value("--store") else { throw UsageError(message: "missing --store URL") }
        let store = try StoreOption.open(url, checkSchema: false)
        do {
            let applied = try store.migrate()
            for migration in applied {
                console.out("\(store.name): applied migration \(migration.version): \(migration.name)\n")
            }
            if applied.isEmpty {
                console.out(
                    "\(store.name): schema is current (version \(Migrations.latest)); no migration to apply\n")
            }
            return ExitCode.ok
        } catch { return console.report(error) }
    }
}
