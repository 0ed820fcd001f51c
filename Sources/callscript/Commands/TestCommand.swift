import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptIO
import CallscriptRuntime
import Foundation

/// `callscript test [options] PATH...`: run `.calltest` files on the real runtime.
struct TestCommand: Command {
    let name = "test"
    let summary = "Run script tests (.calltest files) and report results and coverage."
    let usage = "callscript test [options] PATH..."
    let discussion = """
        PATH is a .calltest file or a folder, searched recursively for *.calltest files. Each
        test compiles its script and plays the call on the real runtime with a temporary data
        folder: the answers, captures and events it gives, and the lines, outcome and records
        (consent, objection, callback) it expects. Pre-call gates are skipped unless the test
        says `gates on`. Exit status: 0 when every test passes, 1 when a test fails or a test
        file is invalid, 2 for usage and I/O errors. `-` reads one test file from standard
        input, named by --stdin-name (its `script` line is found from that name's folder).
        See Docs/testing-scripts.md.
        """
    let options: [OptionSpec] = [
        .value("--junit", "FILE", help: "Also write the results as JUnit XML to FILE."),
        .value("--coverage-json", "FILE", help: "Also write coverage per script as JSON to FILE."),
        .flag("--no-coverage", help: "Do not print coverage."),
        .value("--filter", "TEXT", help: "Run only tests whose name contains TEXT."),
        .value("--color", "auto|always|never", help: "Colour the output (default: auto; NO_COLOR disables)."),
        .flag(
            "--quiet", short: "-q",
            help: "Print only failures and invalid files: no passing tests, coverage or summary."),
        ScriptSource.stdinNameOption,
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard !args.positionals.isEmpty else { throw UsageError(message: "no test files given") }
        let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
        let files: [String]
        do { files = try Self.collect(args.positionals.filter { $0 != "-" }) } catch {
            console.error(error.message)
            return ExitCode.usage
        }
        var sources: [SourceFile] = []
        if args.positionals.contains("-") {
            switch ScriptSource.readStandardInput(limit: ScriptLimits.standard.maximumFileBytes) {
            case .success(let bytes):
                sources.append(SourceFile(path: ScriptSource.displayPath("-", args), bytes: bytes))
            case .failure(let problem):
                console.error(problem.message)
                return ExitCode.usage
            }
        }
        for path in files {
            switch InputFile.read(path) {
            case .success(let bytes): sources.append(SourceFile(path: path, bytes: bytes))
            case .failure(let problem): return console.report(.inputUnreadable(path: path, problem: problem))
            }
        }
        var suite = ScriptTestSuite(options: ScriptTestOptions(filter: args.value("--filter")))
        let report = ScriptTestReport(colored: Console.detect(mode: mode).colorOut)
        var results: [ScriptTestFileResult] = []
        let quiet = args.has("--quiet")
        for source in sources {
            let result = suite.run(source: source)
            results.append(result)
            let shown = report.render(result, onlyProblems: quiet)
            if !shown.isEmpty { console.out(shown + "\n") }
        }
        if !args.has("--no-coverage"), !quiet {
            for coverage in suite.coverage { console.out(report.render(coverage)) }
            if !suite.coverage.isEmpty { console.out("\n") }
        }
        if !quiet { console.out(report.summary(results)) }
        for (option, text) in [
            ("--junit", { JUnitReport.render(results) }), ("--coverage-json", { CoverageJSON.render(suite.coverage) }),
        ] {
            guard let out = args.value(option) else { continue }
            do { try WrittenFiles.write(text(), to: out) } catch { return console.report(error) }
        }
        return results.allSatisfy(\.passed) ? ExitCode.ok : ExitCode.failure
    }

    /// Test files as given, and `*.calltest` files found in folders (sorted).
    static func collect(_ paths: [String]) throws(InputError) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw InputError(message: "no such file or folder: \(path)")
            }
            if isDir.boolValue {
                var found: [String] = []
                if let walker = fm.enumerator(atPath: path) {
                    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                    while let rel = walker.nextObject() as? String {
                        if rel.hasSuffix(".calltest") { found.append(base + "/" + rel) }
                    }
                }
                guard !found.isEmpty else { throw InputError(message: "no .calltest files found in folder \(path)") }
                for f in found.sorted() where seen.insert(f).inserted { out.append(f) }
            } else if seen.insert(path).inserted {
                out.append(path)
            }
        }
        return out
    }
}
