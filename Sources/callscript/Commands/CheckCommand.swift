import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import Dispatch
import Foundation

/// `callscript check PATH...`: compile and prove every script; the CI gate.
struct CheckCommand: Command {
    let name = "check"
    let summary = "Check scripts for errors and prove them compliant on every conversation path."
    let usage = "callscript check [options] PATH..."
    let discussion = """
        PATH is a .call script or a folder, searched recursively for .call files. Files in a
        folder without a `script` header are shared files: they are checked through the scripts
        that `use` them. Scripts are checked in parallel; output order is always the same.
        Exit status: 0 clean or warnings only, 1 errors (or warnings with --warnings-as-errors),
        2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value(
            "--format", "text|json|sarif|github",
            help: "Output format (default: text); sarif for code scanning, github for Actions annotations."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .flag("--warnings-as-errors", help: "Exit with status 1 when there are warnings."),
        .flag("--quiet", short: "-q", help: "Print only errors: no warnings, notes or summary line."),
        ScriptSource.stdinNameOption,
        .value(
            "--exclude", "PATH", help: "Skip scripts under this file or folder when searching folders (repeatable)."),
        .value("--color", "auto|always|never", help: "Colour text output (default: auto; NO_COLOR disables)."),
        .value(
            "--second-opinion", "spin",
            help: "Also prove the path rules with SPIN on the Promela export and report whether both agree."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let format = try args.choice("--format", in: ["text", "json", "sarif", "github"], default: "text")
        _ = try args.choice("--second-opinion", in: ["spin"], default: "spin")
        var options = try compileOptions(args)
        // check reports diagnostics only; the digest (hashing the whole machine) is for compile and run.
        options.seal = false
        guard !args.positionals.isEmpty else {
            throw UsageError(message: "no scripts given; pass files or folders to check")
        }
        let readsStdin = args.positionals.contains("-")
        let paths = args.positionals.filter { $0 != "-" }
        var inputs: [ScriptInput] = []
        if !paths.isEmpty {
            do { inputs = try ScriptDiscovery.collect(paths, exclude: args.allValues("--exclude")) } catch {
                console.error(error.message)
                return ExitCode.usage
            }
        }
        var mains = inputs.filter { !$0.fromFolder || ScriptDiscovery.hasScriptHeader($0.path) }
        var results = Self.compileAll(mains.map(\.path), options: options)
        if readsStdin {
            switch ScriptSource.compile("-", args, options: options, folderMessage: "") {
            case .success(let (result, shown)):
                results.append(result)
                mains.append(ScriptInput(path: shown, fromFolder: false))
            case .failure(let e):
                console.error(e.message)
                return ExitCode.usage
            }
        }
        defer { ProcessLifetime.keep(results) }

        // Every format shows paths from the folder check ran in, so a person can open them and
        // CI can resolve them from the repository root.
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        var seen: Set<Diagnostic> = []
        var silenced: [SilencedFinding] = []
        for (input, result) in zip(mains, results) {
            let shown = DisplayedResult(result, mainScript: input.path)
            // A shared file used by two scripts would otherwise report its problems twice.
            for d in shown.diagnostics where seen.insert(d).inserted { diagnostics.append(d) }
            for s in shown.silenced where !silenced.contains(s) { silenced.append(s) }
            sources.merge(shown.sources) { a, _ in a }
        }
        diagnostics = Diagnostic.sortedForOutput(diagnostics)
        let quiet = args.has("--quiet")
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count

        switch format {
        case "sarif":
            var report = SARIFReport(toolVersion: Compiler.version, rules: Self.ruleCatalog)
            // From a subfolder, paths are made relative to the project root, which SRCROOT names.
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let root = ReportRoot.folder(from: here)
            let prefix = ReportRoot.prefix(of: here, under: root)
            if !prefix.isEmpty {
                report.rootURI = root.absoluteString.hasSuffix("/") ? root.absoluteString : root.absoluteString + "/"
            }
            let relocated = diagnostics.map { ReportRoot.relocate($0, prefix: prefix) }
            console.out(String(decoding: try report.encoded(relocated), as: UTF8.self) + "\n")
        case "github":
            console.out(
                GitHubAnnotations(rules: Self.ruleCatalog).render(
                    quiet ? diagnostics.filter { $0.severity == .error } : diagnostics))
            if !quiet {
                console.out(
                    "checked \(plural(mains.count, "script")): \(plural(errors, "error")), \(plural(warnings, "warning"))\n"
                )
            }
        case "json":
            let report = JSONReport(
                tool: "callscript \(Compiler.version)", files: mains.map(\.path), diagnostics: diagnostics,
                silenced: silenced)
            console.out(String(decoding: try report.encoded(), as: UTF8.self) + "\n")
        default:
            let mode = try args.choice("--color", in: ["auto", "always", "never"], default: "auto")
            let renderer = TextRenderer(sources: sources, colored: Console.detect(mode: mode).colorOut)
            if quiet {
                console.out(renderer.render(diagnostics.filter { $0.severity == .error }))
                break
            }
            console.out(renderer.render(diagnostics))
            let shared = inputs.count - mains.count
            var line = "checked \(plural(mains.count, "script"))"
            if shared > 0 { line += " and \(plural(shared, "shared file"))" }
            line += ": \(plural(errors, "error")), \(plural(warnings, "warning"))"
            if !silenced.isEmpty { line += " (\(plural(silenced.count, "warning")) allowed with a reason)" }
            console.out(line + "\n")
        }
        if args.value("--second-opinion") != nil {
            // Beside JSON, SARIF or annotations the report goes to standard error, so theirs stays valid.
            let status = SecondOpinionReport.run(
                zip(mains.map(\.path), results), toStandardError: format != "text", console)
            if status != ExitCode.ok { return status }
        }
        if errors > 0 || (warnings > 0 && args.has("--warnings-as-errors")) { return ExitCode.failure }
        return ExitCode.ok
    }

    /// Rule metadata for SARIF and annotations: the policies' rules and the language codes.
    static var ruleCatalog: RuleCatalog {
        RuleCatalog.standard
    }

    /// Compiles scripts on all cores; results come back in input order.
    static func compileAll(_ paths: [String], options: CompileOptions) -> [CompileResult] {
        ParallelMap.map(paths.count) { Compiler.compile(path: paths[$0], options: options) }
    }
}

/// `--on` into compile options.
func compileOptions(_ args: Arguments) throws(UsageError) -> CompileOptions {
    var options = CompileOptions()
    // One compilation per process: the freed tree is given back before the verifier runs.
    options.releasesFreedMemory = true
    if let on = args.value("--on") {
        guard let date = CalendarDate(on) else {
            throw UsageError(message: "invalid date '\(on)' for --on; expected YYYY-MM-DD, e.g. 2026-06-30")
        }
        options.checkDate = date
    }
    return options
}

/// `1 error`, `2 errors`.
func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
