import CallscriptDiagnostics
import CallscriptFormat
import CallscriptIO
import CallscriptRuntime
import Foundation

/// `callscript fmt [--check] PATH...`: rewrite scripts in the canonical layout.
struct FmtCommand: Command {
    let name = "fmt"
    let summary = "Format scripts in the one canonical layout (keeps every comment)."
    let usage = "callscript fmt [--check] PATH..."
    let discussion = """
        PATH is a .call file or a folder (searched recursively). Files are rewritten in place;
        a file with syntax errors is left untouched and its errors are shown. With --check,
        nothing is written: the files that would change are listed and the exit status is 1
        if there are any. Formatting never changes what a script means.
        """
    let options: [OptionSpec] = [
        .flag("--check", help: "List files that are not formatted; exit 1 if any."),
        .flag("--stdout", help: "Print the formatted text instead of rewriting (one file only)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard !args.positionals.isEmpty else {
            throw UsageError(message: "no scripts given; pass files or folders to format")
        }
        let inputs: [ScriptInput]
        do { inputs = try ScriptDiscovery.collect(args.positionals) } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        if args.has("--stdout"), inputs.count != 1 { throw UsageError(message: "--stdout formats exactly one file") }
        var unformatted: [String] = []
        var failed = false
        for input in inputs {
            let source: SourceFile
            switch InputFile.read(input.path) {
            case .success(let bytes): source = SourceFile(path: input.path, bytes: bytes)
            case .failure(let problem): return console.report(.inputUnreadable(path: input.path, problem: problem))
            }
            switch Formatter.format(source) {
            case .failure(let failure):
                failed = true
                console.err(
                    TextRenderer(sources: [source.path: source], colored: console.colorErr).render(failure.diagnostics))
            case .success(let text):
                if args.has("--stdout") {
                    console.out(text)
                    continue
                }
                guard Array(text.utf8) != source.bytes else { continue }
                unformatted.append(input.path)
                if !args.has("--check") {
                    do { try WrittenFiles.write(text, to: input.path) } catch { return console.report(error) }
                }
            }
        }
        if args.has("--check") {
            for path in unformatted { console.out("\(path)\n") }
            if !unformatted.isEmpty {
                console.err("\(plural(unformatted.count, "file")) would be reformatted; run `callscript fmt` on them\n")
            }
            return failed || !unformatted.isEmpty ? ExitCode.failure : ExitCode.ok
        }
        if !args.has("--stdout") { console.err("formatted \(plural(unformatted.count, "file"))\n") }
        return failed ? ExitCode.failure : ExitCode.ok
    }
}
