import CallscriptDiagnostics
import CallscriptRuntime
import Foundation

/// `callscript audit verify|show|anchor|repair FILE`, `audit keygen FILE`: check, read, anchor
/// and maintain an audit log, and make the key that seals it.
struct AuditCommand: Command {
    let name = "audit"
    let summary = "Verify, show, anchor or repair a runner's audit log; make its key."
    let usage = "callscript audit verify|show|anchor|repair|keygen [options] FILE, or audit repair --data DIR"
    let discussion = """
        verify FILE                 check the hash chain; name the line of every changed, removed,
                                    inserted or reordered entry and a cut-off last line (exit 1).
                                    With --key: checkpoints and redaction markers must carry the
                                    key's MAC, and entries after the last checkpoint are reported
                                    as unsealed. With --anchor: the anchored entry must still be
                                    there, unchanged (cut-off ends and emptied files are found)
        show FILE [--session ID]    print a readable transcript, one line per entry, by call
        anchor FILE [--key KEY]     print the head anchor (seq:hash[:mac]) to keep outside the data folder
        repair FILE                 drop a cut-off last line left by a crash (never a confirmed entry)
        repair --data DIR           repair every record file of a data folder: the audit log's cut-off
                                    last line, cut-off lines of consents.jsonl and callbacks.jsonl
                                    (blanked in place), interrupted steps (completed), left-over
                                    temporary files (removed)
        keygen FILE                 write a new random audit key (mode 0600); keep it outside the data folder
        Erasing a person is `callscript erase --contact ID --data DIR` (it replaces `audit redact`).
        The key defaults to $CALLSCRIPT_AUDIT_KEY. Exit status: 0 ok, 1 the log does not verify,
        2 usage or I/O error, or a key that cannot be used. See Docs/runner.md.
        """
    let options: [OptionSpec] = [
        .value("--key", "FILE", help: "verify, anchor: the audit key file (default: $CALLSCRIPT_AUDIT_KEY)."),
        .value(
            "--anchor", "ANCHOR", help: "verify: an anchor printed by `audit anchor` (the text, or a file holding it)."),
        .value("--session", "ID", help: "show: only this call."),
        .value("--contact", "ID", help: "redact (removed): use `callscript erase --contact ID --data DIR`."),
        .value("--data", "DIR", help: "repair: the data folder whose record files are all repaired."),
        .value(
            "--store", "URL", help: "verify, show, anchor: the audit trail of a shared PostgreSQL store (no FILE)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let actions = ["verify", "show", "anchor", "repair", "keygen", "redact"]
        guard let action = args.positionals.first else {
            throw UsageError(message: "audit needs an action: \(actions.dropLast().joined(separator: ", "))")
        }
        guard actions.contains(action) else {
            var message = "unknown audit action '\(action)'"
            if let near = closestMatch(to: action, in: actions) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        if action == "redact" {
            throw UsageError(
                message:
                    "`audit redact` was replaced by `callscript erase --contact ID --data DIR`, which also erases the person's sessions, consents and callbacks and seals the markers with the audit key"
            )
        }
        if action == "repair", let folder = args.value("--data") {
            guard args.positionals.count == 1 else {
                throw UsageError(message: "audit repair takes either a log file or --data DIR, not both")
            }
            return repairFolder(folder, console)
        }
        if let url = args.value("--store") { return try runOnStore(action, url, args, console) }
        guard args.positionals.count == 2 else {
            throw UsageError(message: "audit \(action) takes exactly one \(action == "keygen" ? "key" : "log") file")
        }
        let path = args.positionals[1]
        if action == "keygen" { return keygen(path, console) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return console.report(.auditLogUnreadable(path: path, problem: .notFound))
        }
        if isFolder.boolValue { return console.report(.auditLogUnreadable(path: path, problem: .isFolder)) }
        let log = AuditLog(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let key: AuditKey?
        do { key = try auditKey(args, option: "--key", outside: folder) } catch {
            return console.report(error)
        }
        do {
            switch action {
            case "verify": return try verify(log, key: key, anchor: try anchor(args), console)
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
            case "anchor":
                let contents = try log.read()
                let report = AuditVerifier.verify(contents, key: key)
                if let problem = report.problems.first(where: { $0.kind != .unanchored }) {
                    // An anchor vouches for the log: none is given for one that does not verify.
                    console.report([RuntimeMessages.auditFinding(problem, in: path)])
                    return ExitCode.failure
                }
                let last = contents.entries.last
                console.out(
                    AuditAnchor(seq: last?.seq ?? 0, head: last?.hash ?? AuditEntry.genesis, key: key).description
                        + "\n")
                return ExitCode.ok
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

    func verify(_ log: AuditLog, key: AuditKey?, anchor: AuditAnchor?, _ console: Console) throws -> Int32 {
        let path = log.path
        let report = try AuditVerifier.verify(log, key: key, anchor: anchor)
        for note in report.notes { console.err("\(path): note: \(note)\n") }
        if report.isIntact {
            console.out("\(path): \(report.description)\n")
            return ExitCode.ok
        }
        let renderer = TextRenderer(sources: [:], colored: console.colorOut)
        for problem in report.problems { console.out(renderer.render(RuntimeMessages.auditFinding(problem, in: path))) }
        console.out(
            "\(path): audit log does not verify: \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in \(report.entries) entries\n"
        )
        return ExitCode.failure
    }

    /// `--anchor`: the anchor text itself, or a file holding it.
    func anchor(_ args: Arguments) throws(UsageError) -> AuditAnchor? {
        guard let value = args.value("--anchor") else { return nil }
        if let anchor = AuditAnchor(value) { return anchor }
        if let bytes = FileManager.default.contents(atPath: value),
            let anchor = AuditAnchor(String(decoding: bytes, as: UTF8.self))
        {
            return anchor
        }
        throw UsageError(
            message:
                "invalid --anchor '\(value)'; expected SEQ:HASH[:MAC] as printed by `callscript audit anchor`, or a file holding it"
        )
    }

    func keygen(_ path: String, _ console: Console) -> Int32 {
        do { try AuditKey.write(.generate(), to: path) } catch { return console.report(error) }
        console.out(
            "\(path): new audit key written (mode 0600); keep it outside the data folder and give runners --audit-key \(path)\n"
        )
        return ExitCode.ok
    }
}
