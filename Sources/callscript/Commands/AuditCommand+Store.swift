import CallscriptDiagnostics
import CallscriptRuntime

/// `audit verify|show --store URL`: the same checks and transcript on the audit table of a
/// shared store, whose rows hold the file's entries with the same hash chain.
extension AuditCommand {
    func runOnStore(_ action: String, _ url: String, _ args: Arguments, _ console: Console) throws -> Int32 {
        guard action == "verify" || action == "show" else {
            throw UsageError(
                message:
                    "audit \(action) works on files; with --store only verify and show (a database row is never cut off)"
            )
        }
        guard args.positionals.count == 1 else {
            throw UsageError(message: "audit \(action) takes either a log file or --store URL, not both")
        }
        let store = try StoreOption.open(url)
        let contents = try store.auditContents()
        let report = AuditVerifier.verify(contents)
        let name = store.auditName
        if action == "show" {
            if !report.isIntact {
                console.err(
                    "\(name): warning: the trail does not verify (\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")); run `callscript audit verify --store \(store.name)`\n"
                )
            }
            console.out(AuditTranscript.render(contents, session: args.value("--session")))
            return ExitCode.ok
        }
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
