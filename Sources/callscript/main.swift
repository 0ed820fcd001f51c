import CallscriptCompiler
import CallscriptIO
import CallscriptRuntime
import Foundation

/// Every subcommand, in the order `callscript --help` lists them.
let commands: [any Command] = [
    CheckCommand(),
    CompileCommand(),
    CertifyCommand(),
    DiffCommand(),
    ExplainCommand(),
    FmtCommand(),
    LspCommand(),
    GraphCommand(),
    RunCommand(),
    AuditCommand(),
    EraseCommand(),
    ExportCommand(),
    ConsentCommand(),
    ContactsCommand(),
    StoreCommand(),
    TestCommand(),
    PathsCommand(),
    StringsCommand(),
    RegisterCommand(),
    ServeCommand(),
    PreviewCommand(),
    UsersCommand(),
]

func mainHelp() -> String {
    var out = """
        callscript \(Compiler.version): compile, prove and run outbound call scripts.

        USAGE: callscript <command> [options] ...

        COMMANDS:

        """
    let width = (commands.map(\.name.count).max() ?? 0) + 2
    for c in commands {
        out += "  " + c.name + String(repeating: " ", count: width - c.name.count) + c.summary + "\n"
    }
    out += "\nRun `callscript <command> --help` for a command's options. `callscript --version` prints the version.\n"
    return out
}

func runMain(_ argv: [String]) -> Int32 {
    let console = Console.detect()
    let status = runCommand(argv, console)
    // A result that did not reach its reader is not a success, whatever the command found.
    guard let failure = console.writeFailure else { return status }
    console.report(failure)
    return ExitCode.usage
}

func runCommand(_ argv: [String], _ console: Console) -> Int32 {
    guard let first = argv.first else {
        console.err(mainHelp())
        return ExitCode.usage
    }
    if first == "--help" || first == "-h" || first == "help" {
        if first == "help", argv.count > 1, let c = commands.first(where: { $0.name == argv[1] }) {
            console.out(c.helpText)
        } else {
            console.out(mainHelp())
        }
        return ExitCode.ok
    }
    if first == "--version" || first == "version" {
        console.out("callscript \(Compiler.version)\n")
        return ExitCode.ok
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        var message = "unknown command '\(first)'"
        if let near = closestMatch(to: first, in: commands.map(\.name)) { message += "; did you mean '\(near)'?" }
        console.error(message + "\nRun `callscript --help` for the list of commands.")
        return ExitCode.usage
    }
    let rest = Array(argv.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        console.out(command.helpText)
        return ExitCode.ok
    }
    do {
        let args = try Arguments(rest, specs: command.options)
        return try command.run(args, console)
    } catch let error as UsageError {
        console.error(error.message)
        console.err("usage: \(command.usage)\nRun `callscript \(command.name) --help` for details.\n")
        return ExitCode.usage
    } catch let error as RuntimeError {
        return console.report(error)
    } catch {
        console.error("\(error)")
        return ExitCode.usage
    }
}

StandardStream.ignoreWriteSignals()
exit(runMain(Array(CommandLine.arguments.dropFirst())))
