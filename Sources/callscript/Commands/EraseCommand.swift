import CallscriptRuntime
import Foundation

/// `callscript erase --contact ID --data DIR` (AVG art. 17) and `erase --older-than [DURATION]`
/// (retention): removes personal data from every file of the data folder.
struct EraseCommand: Command {
    let name = "erase"
    let summary = "Erase a person's data (AVG art. 17), or everything past its retention period."
    let usage = "callscript erase (--contact ID | --older-than [DURATION]) --data DIR [--audit-key FILE]"
    let discussion = """
        --contact ID replaces the person's audit entries by sealed redaction markers and removes
        their saved sessions, left-over temporary files, consents and callbacks. Their number
        stays on the objection list, and an `erasure` audit entry records that the erasure
        happened; a checkpoint seals the log again. --older-than applies the retention periods
        of the data folder's settings.json (answers, sessions, audit, consents, callbacks;
        default and ceiling 3y); with a DURATION (90d, 26w, 18m, 3y) that period applies to
        every kind. The audit key is required: markers without its seal would read as fakes.
        Running the same erasure again after a crash finishes it. Exit status: 0 erased,
        1 the log does not verify (nothing changed), 2 usage, key or I/O error. See Docs/runner.md.
        """
    let options: [OptionSpec] = [
        .value("--contact", "ID", help: "The contact ID whose data is erased."),
        .flag("--older-than", help: "Erase what is past its retention period (optionally followed by a DURATION)."),
        .value("--data", "DIR", help: "The data folder (default: ./callscript-data)."),
        .value("--store", "URL", help: "Erase in a shared PostgreSQL store instead (postgres://...)."),
        .value("--audit-key", "FILE", help: "The audit key file (default: $CALLSCRIPT_AUDIT_KEY)."),
        .value("--by", "NAME", help: "Who erases, recorded in the erasure entry (default: $USER)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        let contact = args.value("--contact")
        let retention = args.has("--older-than")
        guard (contact != nil) != retention else {
            throw UsageError(message: "erase needs either --contact ID or --older-than [DURATION]")
        }
        var period: RetentionPeriod?
        if retention {
            guard args.positionals.count <= 1 else { throw UsageError(message: "--older-than takes one DURATION") }
            if let text = args.positionals.first {
                guard let parsed = RetentionPeriod(text) else {
                    throw UsageError(message: "invalid DURATION '\(text)'; expected e.g. 90d, 26w, 18m or 3y")
                }
                guard parsed <= .customerTerm else {
                    throw UsageError(message: "DURATION '\(text)' is longer than the 3-year customer term")
                }
                period = parsed
            }
        } else if !args.positionals.isEmpty {
            throw UsageError(message: "erase --contact takes no other arguments")
        }
        try StoreOption.checkExclusive(args)
        if let url = args.value("--store") { return try eraseOnStore(contact, period, url, args, console) }
        let folder = URL(fileURLWithPath: args.value("--data") ?? "callscript-data")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            console.error("no such data folder: \(folder.path)")
            return ExitCode.usage
        }
        let data = DataFolder(root: folder)
        let by = args.value("--by") ?? ProcessInfo.processInfo.environment["USER"] ?? "callscript erase"
        do throws(RuntimeError) {
            guard let key = try auditKey(args, option: "--audit-key", outside: folder, required: "erase") else {
                return ExitCode.usage
            }
            let report: ErasureReport
            let what: String
            if let contact {
                report = try DataEraser.erase(contact: contact, data: data, key: key, agent: by)
                what = "contact '\(contact)'"
            } else {
                var settings = RetentionSettings()
                if let period { settings = .uniform(period) } else { settings = try RetentionSettings.load(data) }
                report = try DataEraser.applyRetention(settings, data: data, key: key, agent: by)
                what = "records past their retention period"
            }
            console.out(
                """
                \(folder.path): erased \(what): \(report.auditEntries) audit entr\(report.auditEntries == 1 ? "y" : "ies") (now sealed markers), \(report.sessions) session\(report.sessions == 1 ? "" : "s"), \(report.temporaryFiles) temporary file\(report.temporaryFiles == 1 ? "" : "s"), \(report.consents) consent\(report.consents == 1 ? "" : "s"), \(report.callbacks) callback\(report.callbacks == 1 ? "" : "s"); recorded as audit entry \(report.erasureEntry)

                """)
            for file in report.unexamined {
                console.err("\(file): warning: not a record file the eraser knows; check it by hand\n")
            }
            return ExitCode.ok
        } catch { return console.report(error) }
    }
}
