import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import CallscriptRuntime
import Foundation

/// `callscript register FOLDER [--data DIR] [--format markdown|json] [-o FILE]`: the AVG
/// art. 30 processing register of every campaign under FOLDER.
struct RegisterCommand: Command {
    let name = "register"
    let summary = "Write the processing register (AVG art. 30) of the campaigns in a folder."
    let usage = "callscript register FOLDER... [--data DIR] [--format markdown|json] [-o FILE]"
    let discussion = """
        Lists per campaign which personal data it reads (contact fields) and captures, for
        which purpose (`purpose "..."` on each field), where the runner stores it and for how
        long: the retention periods of the data folder's settings.json (--data), or the
        defaults. Captures without a purpose are listed and warned about (CS0179). Exit 1 when
        a script has errors, 2 for usage and I/O errors.
        """
    let options: [OptionSpec] = [
        .value("--data", "DIR", help: "The data folder whose settings.json gives the retention periods."),
        .value("--format", "markdown|json", help: "Markdown (default) or JSON."),
        .value("--output", short: "-o", "FILE", help: "Write the register here instead of standard output."),
        .value("--exclude", "PATH", help: "Skip scripts under this file or folder (may be repeated)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let format = try args.choice("--format", in: ["markdown", "json"], default: "markdown")
        guard !args.positionals.isEmpty else {
            throw UsageError(message: "register needs a folder of campaigns, e.g. `callscript register Examples`")
        }
        let inputs: [ScriptInput]
        do { inputs = try ScriptDiscovery.collect(args.positionals, exclude: args.allValues("--exclude")) } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        var retention: [String: String] = [:]
        let dataFolder = args.value("--data")
        var settings = RetentionSettings()
        if let dataFolder {
            do throws(RuntimeError) {
                settings = try RetentionSettings.load(DataFolder(root: URL(fileURLWithPath: dataFolder)))
            } catch { return console.report(error) }
        }
        for kind in RetentionSettings.Kind.allCases { retention[kind.rawValue] = settings.period(kind).description }

        let mains = inputs.filter { !$0.fromFolder || ScriptDiscovery.hasScriptHeader($0.path) }
        let results = CheckCommand.compileAll(
            mains.map(\.path), options: CompileOptions(verify: false, seal: false))
        var machines: [(file: String, machine: Machine)] = []
        var failed = 0
        for (input, result) in zip(mains, results) {
            let shown = DisplayedResult(result, mainScript: input.path)
            let problems = shown.diagnostics.filter { $0.severity == .error || $0.code == "CS0179" }
            console.err(TextRenderer(sources: shown.sources, colored: console.colorErr).render(problems))
            guard !result.hasErrors, let machine = result.machine else {
                failed += 1
                continue
            }
            machines.append((input.path, machine))
        }
        if failed > 0 {
            console.err("register failed: \(plural(failed, "script")) with errors\n")
            return ExitCode.failure
        }
        let register = ProcessingRegister(machines: machines, retention: retention, dataFolder: dataFolder)
        let text = format == "json" ? register.json : register.markdown
        guard let output = args.value("--output") else {
            console.out(text)
            return ExitCode.ok
        }
        do throws(RuntimeError) { try WrittenFiles.write(text, to: output) } catch { return console.report(error) }
        console.err("wrote \(output) (\(plural(machines.count, "campaign")))\n")
        return ExitCode.ok
    }
}
