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
        -o it is printed, naming the script relative to the working folder.
        """
    let options: [OptionSpec] = [
        .value(
            "--output", short: "-o", "DIR|FILE",
            help: "Write the test file into this folder, or to this .calltest file."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .value("--color", "auto|always|never", help: "Colour diagnostics (default: auto; NO_COLOR disables)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let path = try ScriptArgument.one(args, command: "paths")
        let options = try compileOptions(args)
        let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
        if let problem = ScriptArgument.problem(with: path, folderMessage: "paths takes one script") {
            console.error(problem)
            return ExitCode.usage
        }
        let result = Compiler.compile(path: path, options: options)
        let shown = DisplayedResult(result, mainScript: path)
        let errors = shown.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let machine = result.machine else {
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
        var note = "wrote \(target) (\(plural(generated.tests, "test"))"
        if generated.continuing > 0 { note += ", \(generated.continuing) continuing another's call" }
        if generated.todo > 0 { note += ", \(generated.todo) TODO" }
        if generated.unreachable > 0 { note += ", \(generated.unreachable) unreachable" }
        console.err(note + ")\n")
        return ExitCode.ok
    }
}
