import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptIO
import CallscriptRuntime
import Foundation

/// `callscript paths SCRIPT [-o DIR|FILE]`: write a starting set of script tests.
struct PathsCommand: Command {
    let name = "paths"
    let summary = "Write a .calltest file whose shortest paths cover every answer, condition and handler."
    let usage = "callscript paths [options] SCRIPT [-o DIR|FILE.calltest]"
    let discussion = """
        Compiles the script and plans a small set of shortest conversations that together give
        every answer of every question, both outcomes of every condition (choosing contact and
        captured values that make them come out that way) and every handler (raised at the
        first line). Writes one test per conversation; the file passes `callscript test` as
        written. Paths whose values cannot be chosen simply are written as commented-out tests
        marked `TODO choose data`. With -o DIR the file is DIR/<script>-paths.calltest; without
        -o it is printed, naming the script relative to the working folder. `-` plans the
        script on standard input (named by --stdin-name, which the written `script` line uses).
        """
    let options: [OptionSpec] = [
        .value(
            "--output", short: "-o", "DIR|FILE",
            help: "Write the test file into this folder, or to this .calltest file."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .value("--color", "auto|always|never", help: "Colour diagnostics (default: auto; NO_COLOR disables)."),
        .flag("--quiet", short: "-q", help: "Print only errors: no \"wrote FILE\" line."),
        ScriptSource.stdinNameOption,
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let given = try ScriptArgument.one(args, command: "paths")
        if given == "-", args.value("--stdin-name") == nil {
            // The tests it writes open their script by path, so standard input needs its name.
            throw UsageError(
                message:
                    "paths - needs --stdin-name PATH: the tests it writes name the script file they test")
        }
        let options = try compileOptions(args)
        let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
        let compiled: CompileResult
        let path: String
        switch ScriptSource.compile(given, args, options: options, folderMessage: "paths takes one script") {
        case .success(let (result, shown)): (compiled, path) = (result, shown)
        case .failure(let problem):
            console.error(problem.message)
            return ExitCode.usage
        }
        let shown = DisplayedResult(compiled, mainScript: path)
        let errors = shown.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let machine = compiled.machine else {
            console.err(
                TextRenderer(sources: shown.sources, colored: Console.detect(mode: mode).colorErr).render(errors))
            console.err("cannot plan paths: \(path) has \(plural(errors.count, "error"))\n")
            return ExitCode.failure
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var target: String?
        if let out = args.value("--output") {
            var outIsDir: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: out, isDirectory: &outIsDir)
            target =
                out.hasSuffix(".calltest") && !(exists && outIsDir.boolValue)
                ? out : (out as NSString).appendingPathComponent("\(base)-paths.calltest")
        }
        let folder = target.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        let generated = PathsGenerator.generate(
            machine: machine, script: ScriptTestPaths.relative(from: folder.isEmpty ? "." : folder, to: path))
        guard let target else {
            console.out(generated.text)
            return ExitCode.ok
        }
        if !folder.isEmpty {
            do { try Folders.create(folder) } catch {
                return console.report(
                    .outputFile(
                        OutputFileError(path: target, operation: "create its folder", reason: error.description)))
            }
        }
        do { try WrittenFiles.write(generated.text, to: target) } catch { return console.report(error) }
        if args.has("--quiet") { return ExitCode.ok }
        var note = "wrote \(target) (\(plural(generated.tests, "test"))"
        if generated.continuing > 0 { note += ", \(generated.continuing) continuing another's call" }
        if generated.todo > 0 { note += ", \(generated.todo) TODO" }
        if generated.unreachable > 0 { note += ", \(generated.unreachable) unreachable" }
        console.err(note + ")\n")
        return ExitCode.ok
    }
}
