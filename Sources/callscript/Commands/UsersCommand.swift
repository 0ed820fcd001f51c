import CallscriptService

/// `callscript users add|list|remove`: the people who may use `callscript serve`.
struct UsersCommand: Command {
    let name = "users"
    let summary = "Add, list or remove the people who may log in to `callscript serve`."
    let usage =
        "callscript users add NAME --role agent|supervisor|officer --data DIR | list --data DIR | remove NAME --data DIR"
    let discussion = """
        `add` prints a new token once: give it to the person; only its SHA-256 hash is kept, in
        DIR/users.json (0600). Agents drive their own calls; supervisors also see every live call
        and the outcome feed; officers also export and erase a person's data. `remove` stops the
        token at once. See Docs/floor.md.
        """
    let options: [OptionSpec] = [
        .value("--data", "DIR", help: "The service's data folder (default: callscript-data)."),
        .value("--role", "ROLE", help: "agent, supervisor or officer (for add)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let store = FileUserStore(dataFolder: args.value("--data") ?? "callscript-data")
        guard let action = args.positionals.first else {
            throw UsageError(message: "say what to do: users add NAME --role ROLE, users list or users remove NAME")
        }
        do {
            switch action {
            case "add":
                guard args.positionals.count == 2 else { throw UsageError(message: "users add takes one NAME") }
                guard let roleName = args.value("--role") else {
                    throw UsageError(message: "users add needs --role agent, supervisor or officer")
                }
                guard let role = UserRole(rawValue: roleName) else {
                    throw UsageError(message: "unknown role '\(roleName)'; use agent, supervisor or officer")
                }
                let token = try store.add(name: args.positionals[1], role: role)
                console.out("\(token)\n")
                console.err("added \(role.rawValue) '\(args.positionals[1])'; the token above is shown only now\n")
            case "list":
                for user in try store.users() { console.out("\(user.name)\t\(user.role.rawValue)\t\(user.created)\n") }
            case "remove":
                guard args.positionals.count == 2 else { throw UsageError(message: "users remove takes one NAME") }
                try store.remove(name: args.positionals[1])
                console.err("removed '\(args.positionals[1])'; their token no longer works\n")
            default:
                throw UsageError(message: "unknown action '\(action)'; use add, list or remove")
            }
        } catch let error as UserStoreError {
            console.error(error.message)
            return ExitCode.usage
        }
        return ExitCode.ok
    }
}
