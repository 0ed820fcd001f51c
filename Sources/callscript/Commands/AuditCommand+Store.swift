import CallscriptDiagnostics
import CallscriptRuntime

/// `audit verify|show|anchor --store URL`: the same checks, transcript and anchor on the audit
/// table of a shared store, whose rows hold the file's entries with the same hash chain.
extension AuditCommand {
    func runOnStore(_ action: String, _ url: String, _ args: Arguments, _ console: Console) throws -> Int32 {
        guard ["verify", "show", "anchor"].contains(action) else {
            throw UsageError(
                message:
                    "audit \(action) works on files; with --store only verify, show and anchor (a database row is never cut off)"
            )
        }
        guard args.positionals.count == 1 else {
            throw UsageError(message: "audit \(action) takes either a log file or --store URL, not both")
        }
        let store = try StoreOption.open(url)
        let key = try auditKey(args, option: "--key", outside: nil)
        let contents = try store.auditContents()
        let name = store.auditName
        switch action {
        case "show":
            let report = AuditVerifier.verify(contents)
            if !report.isIntact {
                console.err(
                    "\(name): warning: the trail does not verify (\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")); run `callscript audit verify --store \(store.name)`\n"
                )
            }
            console.out(AuditTranscript.render(contents, session: args.value("--session")))
            return ExitCode.ok
        case "anchor":
            let report = AuditVerifier.verify(contents, key: key)
            if let problem = report.problems.first(where: { $0.kind != .unanchored }) {
                console.report([RuntimeMessages.auditFinding(problem, in: name)])
                return ExitCode.failure
            }
            let last = contents.entries.last
            console.out(
                AuditAnchor(seq: last?.seq ?? 0, head: last?.hash ?? AuditEntry.genesis, key: key).description + "\n")
            return ExitCode.ok
        default:
            let report = AuditVerifier.verify(contents, key: key, anchor: try anchor(args))
            for note in report.notes { console.err("\(name): note: \(note)\n") }
            if report.isIntact {
                console.out("\(name): \(report.description)\n")
                return ExitCode.ok
            }
            let renderer = TextRenderer(sources: [:], colored: console.colorOut)
            for problem in report.problems {
                console.out(renderer.render(RuntimeMessages.auditFinding(problem, in: name)))
            }
            console.out(
                "\(name): audit trail does not verify: \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in \(report.entries) entries\n"
            )
            return ExitCode.failure
        }
    }
}
