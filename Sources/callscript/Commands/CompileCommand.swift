import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// `callscript compile FILE [-o OUT.json]`: write the compiled state machine.
struct CompileCommand: Command {
    let name = "compile"
    let summary = "Compile a script to its state machine (JSON, see Docs/machine-format.md)."
    let usage = "callscript compile [options] FILE|- [-o OUT.json]"
    let discussion = """
        Checks the script like `check` does; only a script without errors is written. Without
        -o the machine is printed on standard output. Diagnostics go to standard error.
        """
    let options: [OptionSpec] = [
        .value("--output", short: "-o", "OUT.json", help: "Write the machine to this file."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .value("--color", "auto|always|never", help: "Colour diagnostics (default: auto; NO_COLOR disables)."),
        .flag("--quiet", short: "-q", help: "Print only errors."),
        ScriptSource.stdinNameOption,
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let path = try ScriptArgument.one(args, command: "compile")
        let options = try compileOptions(args)
        let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
        let result: CompileResult
        let shownPath: String
        switch ScriptSource.compile(
            path, args, options: options, folderMessage: "compile takes one script (use `callscript check` for folders)"
        )
        {
        case .success(let r): (result, shownPath) = r
        case .failure(let e):
            console.error(e.message)
            return ExitCode.usage
        }
        let quiet = args.has("--quiet")
        let shown = DisplayedResult(result, mainScript: shownPath)
        let renderer = TextRenderer(sources: shown.sources, colored: Console.detect(mode: mode).colorErr)
        console.err(renderer.render(quiet ? shown.diagnostics.filter { $0.severity == .error } : shown.diagnostics))
        guard !result.hasErrors, let machine = result.machine else {
            console.err(
                "compile failed: \(plural(result.diagnostics.filter { $0.severity == .error }.count, "error"))\n")
            return ExitCode.failure
        }
        let data = Data(CanonicalJSON.pretty(machine))
        if let out = args.value("--output") {
            do { try WrittenFiles.write([UInt8](data) + [0x0A], to: out) } catch { return console.report(error) }
            if !quiet { console.err("wrote \(out) (\(plural(machine.states.count, "state")))\n") }
        } else {
            console.out(String(decoding: data, as: UTF8.self) + "\n")
        }
        return ExitCode.ok
    }
}
