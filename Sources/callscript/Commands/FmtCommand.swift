import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptFormat
import CallscriptIO
import CallscriptRuntime
import Foundation

/// `callscript fmt [--check] PATH...`: rewrite scripts in the canonical layout.
struct FmtCommand: Command {
    let name = "fmt"
    let summary = "Format scripts in the one canonical layout (keeps every comment)."
    let usage = "callscript fmt [--check|--diff] PATH...|-"
    let discussion = """
        PATH is a .call file or a folder (searched recursively). Files are rewritten in place;
        a file with syntax errors is left untouched and its errors are shown. With --check,
        nothing is written: the files that would change are listed and the exit status is 1
        if there are any. With --diff, nothing is written either: a unified diff of each file
        that would change is printed (apply it with `patch -p1`), exit status 1 if any. `-`
        formats standard input to standard output. Formatting never changes what a script means.
        """
    let options: [OptionSpec] = [
        .flag("--check", help: "List files that are not formatted; exit 1 if any."),
        .flag("--stdout", help: "Print the formatted text instead of rewriting (one file only)."),
        .flag("--diff", help: "Print a unified diff of the changes instead of writing; exit 1 if any."),
        .flag("--quiet", short: "-q", help: "Print only errors."),
        ScriptSource.stdinNameOption,
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard !args.positionals.isEmpty else {
            throw UsageError(message: "no scripts given; pass files or folders to format")
        }
        if args.has("--diff"), args.has("--check") || args.has("--stdout") {
            throw UsageError(message: "--diff cannot be combined with --check or --stdout")
        }
        var inputs: [ScriptInput] = []
        let paths = args.positionals.filter { $0 != "-" }
        if !paths.isEmpty {
            do { inputs = try ScriptDiscovery.collect(paths) } catch {
                console.error(error.message)
                return ExitCode.usage
            }
        }
        let readsStdin = args.positionals.contains("-")
        if readsStdin { inputs.append(ScriptInput(path: "-", fromFolder: false)) }
        if args.has("--stdout"), inputs.count != 1 { throw UsageError(message: "--stdout formats exactly one file") }
        let diff = args.has("--diff")
        // Standard input has no file to rewrite: its formatted text goes to standard output.
        let toStdout = args.has("--stdout") || (readsStdin && !args.has("--check") && !diff)
        var unformatted: [String] = []
        var failed = false
        for input in inputs {
            let source: SourceFile
            if input.path == "-" {
                switch ScriptSource.readStandardInput(limit: ScriptLimits.standard.maximumFileBytes) {
                case .success(let bytes): source = SourceFile(path: ScriptSource.displayPath("-", args), bytes: bytes)
                case .failure(let e):
                    console.error(e.message)
                    return ExitCode.usage
                }
            } else {
                switch InputFile.read(input.path) {
                case .success(let bytes): source = SourceFile(path: input.path, bytes: bytes)
                case .failure(let problem): return console.report(.inputUnreadable(path: input.path, problem: problem))
                }
            }
            switch Formatter.format(source) {
            case .failure(let failure):
                failed = true
                console.err(
                    TextRenderer(sources: [source.path: source], colored: console.colorErr).render(failure.diagnostics))
            case .success(let text):
                if toStdout {
                    console.out(text)
                    continue
                }
                guard Array(text.utf8) != source.bytes else { continue }
                unformatted.append(source.path)
                if diff {
                    // `a/` and `b/` as git writes them, so `patch -p1` applies the diff.
                    let absolute = source.path.hasPrefix("/")
                    console.out(
                        LineDiff.unified(
                            old: String(decoding: source.bytes, as: UTF8.self), new: text,
                            oldName: absolute ? source.path : "a/\(source.path)",
                            newName: absolute ? source.path : "b/\(source.path)"))
                } else if !args.has("--check") {
                    do { try WrittenFiles.write(text, to: input.path) } catch { return console.report(error) }
                }
            }
        }
        if args.has("--check") || diff {
            if !diff { for path in unformatted { console.out("\(path)\n") } }
            if !unformatted.isEmpty, !args.has("--quiet") {
                console.err("\(plural(unformatted.count, "file")) would be reformatted; run `callscript fmt` on them\n")
            }
            return failed || !unformatted.isEmpty ? ExitCode.failure : ExitCode.ok
        }
        if !toStdout, !args.has("--quiet") { console.err("formatted \(plural(unformatted.count, "file"))\n") }
        return failed ? ExitCode.failure : ExitCode.ok
    }
}
