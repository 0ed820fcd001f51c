import CallscriptDiagnostics
import CallscriptRuntime
import Foundation

/// `callscript audit verify|show|redact|repair FILE`: check, read and maintain an audit log.
struct AuditCommand: Command {
    let name = "audit"
    let summary = "Verify, show, redact or repair a runner's audit log."
    let usage = "callscript audit verify|show|redact|repair [options] FILE, or audit repair --data DIR"
    let discussion = """
        verify FILE                 check the hash chain; name the line of every changed, removed,
                                    inserted or reordered entry and a cut-off last line (exit 1)
        show FILE [--session ID]    print a readable transcript, one line per entry, by call
        redact --contact ID FILE    erase a person's personal data; the chain still verifies
        repair FILE                 drop a cut-off last line left by a crash (never a confirmed entry)
        repair --data DIR           repair every record file of a data folder: the audit log's cut-off
                                    last line, cut-off lines of consents.jsonl and callbacks.jsonl
                                    (blanked in place), interrupted steps (completed), left-over
                                    temporary files (removed)
        Exit status: 0 ok, 1 the log does not verify (or cannot be redacted), 2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--contact", "ID", help: "redact: the contact ID whose entries are erased."),
        .value("--reason", "TEXT", help: "redact: why (kept in the marker; default: erasure request)."),
        .value("--session", "ID", help: "show: only this call."),
        .value("--data", "DIR", help: "repair: the data folder whose record files are all repaired."),
        .value("--store", "URL", help: "verify, show: the audit trail of a shared PostgreSQL store (no FILE)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let actions = ["verify", "show", "redact", "repair"]
        guard let action = args.positionals.first else {
            throw UsageError(message: "audit needs an action: \(actions.joined(separator: ", "))")
        }
        guard actions.contains(action) else {
            var message = "unknown audit action '\(action)'"
            if let near = closestMatch(to: action, in: actions) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        if action == "repair", let folder = args.value("--data") {
            guard args.positionals.count == 1 else {
                throw UsageError(message: "audit repair takes either a log file or --data DIR, not both")
            }
            return repairFolder(folder, console)
        }
        if let url = args.value("--store") { return try runOnStore(action, url, args, console) }
        guard args.positionals.count == 2 else {
            throw UsageError(message: "audit \(action) takes exactly one log file")
        }
        let path = args.positionals[1]
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return console.report(.auditLogUnreadable(path: path, problem: .notFound))
        }
        if isFolder.boolValue { return console.report(.auditLogUnreadable(path: path, problem: .isFolder)) }
        let log = AuditLog(path: path)
        do {
            switch action {
            case "verify":
                let report = try AuditVerifier.verify(log)
                if report.isIntact {
                    console.out("\(path): \(report.description)\n")
                    return ExitCode.ok
                }
                let renderer = TextRenderer(sources: [:], colored: console.colorOut)
                for problem in report.problems {
                    console.out(renderer.render(RuntimeMessages.auditFinding(problem, in: path)))
                }
                console.out(
                    "\(path): audit log does not verify: \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in \(report.entries) entries\n"
                )
                return ExitCode.failure
            case "show":
                let contents = try log.read()
                let report = AuditVerifier.verify(contents)
                if !report.isIntact {
                    console.err(
                        "\(path): warning: the log does not verify (\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")); run `callscript audit verify \(path)`\n"
                    )
                }
                console.out(AuditTranscript.render(contents, session: args.value("--session")))
                return ExitCode.ok
            case "redact":
                guard let contact = args.value("--contact") else {
                    throw UsageError(message: "redact needs --contact ID")
                }
                let erased = try AuditRedactor.redact(
                    log, contact: contact, reason: args.value("--reason") ?? "erasure request")
                let report = try AuditVerifier.verify(log)
                console.out(
                    "\(path): erased \(erased) entr\(erased == 1 ? "y" : "ies") of contact '\(contact)'; \(report.description)\n"
                )
                return report.isIntact ? ExitCode.ok : ExitCode.failure
            default:
                let dropped = try log.repair()
                console.out(
                    dropped == 0
                        ? "\(path): nothing to repair\n"
                        : "\(path): dropped an unfinished last entry (\(dropped) bytes)\n")
                return ExitCode.ok
            }
        } catch let error as RuntimeError {
            return console.report(error)
        }
    }

    /// `audit repair --data DIR`.
    private func repairFolder(_ path: String, _ console: Console) -> Int32 {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            console.error("no such data folder: \(path)")
            return ExitCode.usage
        }
        do {
            let done = try FileRecordStore(DataFolder(root: URL(fileURLWithPath: path))).repair()
            console.out(done.isEmpty ? "\(path): nothing to repair\n" : done.joined(separator: "\n") + "\n")
            return ExitCode.ok
        } catch {
            console.err(error.description + "\n")
            if case .io = error { return ExitCode.usage }
            return ExitCode.failure
        }
    }
}
