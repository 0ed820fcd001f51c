import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import Foundation

/// `callscript diff OLD NEW` / `callscript diff --git REV1 REV2 FILE`: what changed for compliance.
struct DiffCommand: Command {
    let name = "diff"
    let summary = "Show what changed for compliance between two versions of a script."
    let usage = "callscript diff [options] OLD NEW | callscript diff --git REV1 REV2 FILE"
    let discussion = """
        Compiles and proves both versions and lists: rules whose verdict changed, the spoken
        texts of identify, convenient, disclose, optout and consent statements that changed,
        the paths to each kind of ending added or removed, handlers changed, and header entries
        changed. With --git, FILE is read as it was at each revision (with the files it `use`s
        at that revision) through `git show`. --format markdown suits a pull-request comment.
        Exit status: 0 no rule went from proven to broken, 1 one did (or a version has errors),
        2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--format", "text|json|markdown", help: "Output format (default: text)."),
        .flag("--git", help: "Compare FILE at two git revisions: diff --git REV1 REV2 FILE."),
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today)."),
        .value("--output", short: "-o", "FILE", help: "Write the diff to this file (default: standard output)."),
        .flag("--quiet", short: "-q", help: "Print only errors."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let format = try args.choice("--format", in: ["text", "json", "markdown"], default: "text")
        var options = try compileOptions(args)
        options.seal = true
        let p = args.positionals
        let versions: [(result: CompileResult, label: String, path: String)]
        if args.has("--git") {
            guard p.count == 3 else { throw UsageError(message: "diff --git takes two revisions and one file") }
            let folder = (p[2] as NSString).deletingLastPathComponent
            let file = (p[2] as NSString).lastPathComponent
            var compiled: [(CompileResult, String, String)] = []
            for revision in p[0...1] {
                let sources = GitRevisionSources(revision: revision, folder: folder)
                if let problem = sources.revisionProblem() {
                    console.error(problem)
                    return ExitCode.usage
                }
                let result = Compiler.compile(main: file, from: sources, folder: folder, options: options)
                compiled.append((result, "\(revision):\(p[2])", p[2]))
            }
            versions = compiled
        } else {
            guard p.count == 2 else { throw UsageError(message: "diff takes two scripts: OLD NEW") }
            var compiled: [(CompileResult, String, String)] = []
            for path in p {
                if let problem = ScriptArgument.problem(with: path, folderMessage: "diff compares two scripts") {
                    console.error(problem)
                    return ExitCode.usage
                }
                compiled.append((Compiler.compile(path: path, options: options), path, path))
            }
            versions = compiled
        }
        // A version that does not compile cannot be compared: its errors are the answer.
        var machines: [Machine] = []
        for v in versions {
            let shown = DisplayedResult(v.result, mainScript: v.path)
            guard let machine = v.result.machine else {
                console.report(shown.diagnostics.filter { $0.severity == .error }, sources: shown.sources)
                console.error("\(v.label) has errors that prevent compiling it")
                return ExitCode.failure
            }
            machines.append(machine)
        }
        let diff = ComplianceDiff(
            old: versions[0].result, machines[0], label: versions[0].label,
            new: versions[1].result, machines[1], label: versions[1].label)
        let text: String
        switch format {
        case "json": text = String(decoding: try diff.encoded(), as: UTF8.self) + "\n"
        case "markdown": text = DiffRendering.markdown(diff)
        default: text = DiffRendering.text(diff)
        }
        if let out = args.value("--output") {
            do { try WrittenFiles.write(text, to: out) } catch { return console.report(error) }
        } else if !args.has("--quiet") {
            console.out(text)
        }
        if !diff.regressions.isEmpty {
            console.error(
                "\(plural(diff.regressions.count, "rule")) went from proven to broken: "
                    + diff.regressions.map(\.id).joined(separator: ", "))
            return ExitCode.failure
        }
        return ExitCode.ok
    }
}
