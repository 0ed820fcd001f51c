import CallscriptDiagnostics
import CallscriptIO

/// The message catalogue: for every `RuntimeError`, its code, where it points, what is wrong
/// and how to fix it. Call sites only state facts; all wording lives here, so a message is
/// changed (and reviewed against `Docs/diagnostics.md`) in one place.
extension RuntimeError {
    /// The error as diagnostics, rendered by the same text, JSON and SARIF renderers as the
    /// compiler's. Usually one; a refused call gives one per refusing gate, an unusable
    /// machine its CS03xx findings, a contact one per missing or invalid field.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .machine(let errors): return errors.diagnostics
        case .scriptNotFound(let path):
            return [
                Diagnostic(
                    .runScriptNotFound, "no such script or machine file", at: .file(path),
                    help: "pass a .call script or a compiled machine .json")
            ]
        case .machineUnreadable(let path, let problem):
            return [
                Diagnostic(
                    .runMachineUnreadable, "cannot read the machine file: \(problem)", at: .file(path),
                    help: readHelp(problem, what: "the compiled machine .json (or the .call script)"))
            ]
        case .scriptHasErrors(let path, let errors):
            return [
                Diagnostic(
                    .runScriptHasErrors, "cannot run the script: it has \(errors) error\(errors == 1 ? "" : "s")",
                    at: .file(path), help: "fix the errors above (`callscript check` shows them) and run again")
            ]
        case .noSavedSession(let file, let id):
            return [
                Diagnostic(
                    .runNoSavedSession, "no saved session '\(id)' in the data folder", at: .file(file),
                    help: "check --session and --data, or leave out --session to resume the newest unfinished call")
            ]
        case .notASession(let file):
            return [
                Diagnostic(
                    .runNotASession, "file is not a saved callscript session", at: .file(file),
                    help: "the sessions folder holds only files the runner wrote; move this file elsewhere")
            ]
        case .sessionVersion(let file, let version):
            return [
                Diagnostic(
                    .runSessionVersion, "session format version \(version) is not supported", at: .file(file),
                    help: "resume the call with the callscript version that started it")
            ]
        case .sessionForOtherMachine(let saved, let loaded):
            return [
                Diagnostic(
                    .runSessionOtherMachine,
                    "saved session belongs to machine \(saved.prefix(12)), not \(loaded.prefix(12))", at: .file(""),
                    help: "resume with the same compiled script the call started with")
            ]
        case .sessionForOtherContact(let file, let saved, let given):
            return [
                Diagnostic(
                    .runSessionOtherContact, "session is for contact '\(saved)', not '\(given)'", at: .file(file),
                    help: "pass the contact file of '\(saved)', or the session of this contact")
            ]
        case .sessionDoesNotFit(let file, let detail):
            return [
                Diagnostic(
                    .runSessionDoesNotFit, "saved session does not fit the machine: \(detail)", at: .file(file),
                    help: "resume with the compiled script the call started with; the audit log keeps what was said")
            ]
        case .replayMismatch(let file, let entry, let detail):
            return [
                Diagnostic(
                    .runReplayMismatch, "audit entry \(entry) cannot be replayed: \(detail)", at: .file(file),
                    help: "resume with the compiled script the call started with, or start a new call")
            ]
        case .sessionAheadOfLog(let file, let saved, let logged):
            return [
                Diagnostic(
                    .runSessionAheadOfLog,
                    "saved session is ahead of the audit log (\(saved) inputs saved, \(logged) logged)",
                    at: .file(file), help: "the audit log is the record: start a new call; keep both files for review")
            ]
        case .noInterruptedCall(let contact, let folder, let otherMachine):
            return [
                Diagnostic(
                    .runNoInterruptedCall, "no interrupted call for contact '\(contact)'", at: .file(folder),
                    notes: otherMachine
                        ? ["there is one made with another version of the script; resume with the same script"] : [],
                    help: "start a new call without --resume")
            ]
        case .sessionBusy(let session):
            return [
                Diagnostic(
                    .runSessionBusy, "session '\(session)' is held by another runner", at: .file(""),
                    help: "only one runner can continue a call; close the other one, or wait until it has stopped")
            ]
        case .sessionEnded(let session):
            return [
                Diagnostic(
                    .runSessionEnded, "session '\(session)' cannot be resumed: the call has already ended",
                    at: .file(""), help: "start a new call without --resume")
            ]
        case .invalidSessionID(let id):
            return [
                Diagnostic(
                    .runInvalidSessionID, "'\(id)' is not a session ID", at: .file(""),
                    help: "a session ID has letters, digits, '-', '_' and '.', e.g. call-20261130-090000-3fa2c1")
            ]
        case .contactNotFound(let path):
            return [
                Diagnostic(
                    .contactNotFound, "no such contact file", at: .file(path),
                    help: "pass --contact with the contact's JSON file (see Docs/data-formats.md)")
            ]
        case .contactUnreadable(let path, let problem):
            return [
                Diagnostic(
                    .contactUnreadable, "cannot read the contact file: \(problem)", at: .file(path),
                    help: readHelp(problem, what: "one person's contact file, e.g. contacts/K-1001.json"))
            ]
        case .badContact(let file, let problem): return [contact(problem, file)]
        case .contactFields(let file, let contact, let problems):
            return problems.map { problem in
                switch problem {
                case .missing(let field, let type):
                    Diagnostic(
                        .contactMissingField,
                        "contact '\(contact)' has no field '\(field)' (\(type)) that the script needs", at: .file(file),
                        help: "add \"\(field)\" under \"fields\" in the contact file before calling")
                case .invalid(let field, let reason):
                    Diagnostic(
                        .contactInvalidField, "contact '\(contact)': field '\(field)': \(reason)", at: .file(file),
                        help: "correct the value of \"\(field)\" in the contact file before calling")
                }
            }
        case .agentNameEmpty:
            return [
                Diagnostic(
                    .agentNameEmpty, "the agent name is empty", at: .file(""),
                    help: "pass --agent with the name you give on the phone")
            ]
        case .badPhone(let problem):
            return [Diagnostic(.phoneNumberInvalid, problem.reason, at: .file(""), help: problem.help)]
        case .badCallList(let file, let line, let column, let message, let help):
            var at = line > 0 ? SourceRange.file(file, line: line) : .file(file)
            if line > 0, column > 0 {
                at.start.column = column
                at.end.column = column
            }
            return [Diagnostic(.callListUnreadable, message, at: at, help: help)]
        case .callRefused(let decision):
            return decision.refusals.map { refusal in
                Diagnostic(
                    .callRefused, "call refused by \(refusal.rule): \(refusal.reason)", at: .file(""),
                    notes: ["checked at \(decision.localTime); the refusal is in the audit log, no call was started"],
                    help: gateHelp(refusal.rule))
            }
        case .resumeRefused(let decision):
            return decision.refusals.map { refusal in
                Diagnostic(
                    .resumeRefused, "resume refused by \(refusal.rule): \(refusal.reason)", at: .file(""),
                    notes: [
                        "checked again at \(decision.localTime); the refusal is in the audit log and the call stays interrupted"
                    ],
                    help: refusal.rule == Gates.resumeRule
                        ? "start the call anew (without --resume); the gates decide then"
                        : gateHelp(refusal.rule))
            }
        case .simulatedTimeOnRealData(let path):
            return [
                Diagnostic(
                    .simulatedTimeOnRealData, "--now sets a simulated time, which is only allowed in practice mode",
                    at: .file(path),
                    help:
                        "add --practice with a separate, empty data folder (e.g. --data oefen-data); real calls always use the real clock"
                )
            ]
        case .practiceOnRealData(let path):
            return [
                Diagnostic(
                    .practiceOnRealData, "--practice refuses a data folder that holds real records", at: .file(path),
                    help:
                        "practise with a separate, empty data folder (e.g. --data oefen-data); it is marked as practice"
                )
            ]
        case .realCallOnPracticeData(let path):
            return [
                Diagnostic(
                    .realCallOnPracticeData,
                    "this is a practice data folder (it has a 'practice' marker); real calls are not recorded here",
                    at: .file(path), help: "pass --practice to practise, or use the real data folder for real calls")
            ]
        case .journalDamaged(let path, let reason):
            return [
                Diagnostic(
                    .journalDamaged, "the journal of an interrupted step cannot be read: \(reason)", at: .file(path),
                    help:
                        "keep the file for investigation; move it out of the data folder's pending/ folder to continue")
            ]
        case .storeLibraryMissing(let reason):
            return [
                Diagnostic(
                    .storeLibraryMissing, "cannot use a PostgreSQL store: \(reason)", at: .file(""),
                    help:
                        "install the client library (Debian: `apt-get install libpq5`), or leave out --store to use the file store (--data DIR)"
                )
            ]
        case .storeUnreachable(let store, let reason):
            return [
                Diagnostic(
                    .storeUnreachable, "cannot reach the record store's database: \(reason)", at: .file(store),
                    help:
                        "check that the server runs and the URL's host, port, user and database are right (postgres://USER@HOST:PORT/DB); nothing was recorded"
                )
            ]
        case .storeNotMigrated(let store, let found, let expected):
            let what =
                found == 0
                ? "the database has no callscript tables yet"
                : "the database's callscript schema is version \(found), this callscript needs version \(expected)"
            return [
                Diagnostic(
                    .storeNotMigrated, what, at: .file(store),
                    help: found > expected
                        ? "the database was migrated by a newer callscript: run that version (or upgrade this one)"
                        : "run `callscript store migrate --store \(store)` once, then call again")
            ]
        case .storeFailed(let store, let operation, let reason):
            return [
                Diagnostic(
                    .storeFailed, "cannot \(operation): \(reason)", at: .file(store),
                    help:
                        "check the database server (its log names the cause); nothing after the last confirmed step was recorded"
                )
            ]
        case .io(let path, let operation, let reason):
            return [
                Diagnostic(
                    .recordIOFailed, "cannot \(operation): \(reason)", at: .file(path),
                    help:
                        "check that the disk is not full and the folder is writable; nothing after the last confirmed step was recorded"
                )
            ]
        case .dataFolder(let path, let reason):
            return [
                Diagnostic(
                    .dataFolderUnusable, "data folder cannot be used: \(reason)", at: .file(path),
                    help: "choose a writable folder with free space (--data) before calling")
            ]
        case .badObjectionLine(let path, let line, let problem, let more):
            let others = more == 0 ? "" : " (and \(more) more line\(more == 1 ? "" : "s") like it)"
            return [
                Diagnostic(
                    .objectionLineInvalid,
                    "line \(line) of the objection list is not a phone number\(others): \(problem.reason)",
                    at: .file(path, line: line),
                    notes: ["every call is refused until it is corrected: the line may be someone's objection"],
                    help: "correct the line (\(problem.help)) or make it a comment with '#'")
            ]
        case .auditTruncated(let path, let line):
            return [
                Diagnostic(
                    .auditTruncated, "the last audit entry is cut off (the runner stopped while writing it)",
                    at: .file(path, line: line),
                    help:
                        "run `callscript audit repair \(path)` (drops only the unfinished entry), or continue the call with --resume, which repairs it"
                )
            ]
        case .auditBroken(let path, let problem):
            return [
                Diagnostic(
                    .auditBroken, "audit log does not verify: \(problem)", at: .file(path),
                    help:
                        "keep the file for investigation (`callscript audit verify` names every line) and start a new log"
                )
            ]
        case .auditLogUnreadable(let path, let problem):
            return [
                Diagnostic(
                    .auditLogUnreadable, "cannot read the audit log: \(problem)", at: .file(path),
                    help: readHelp(problem, what: "the audit log, e.g. callscript-data/audit/audit.jsonl"))
            ]
        case .auditKey(let path, let problem): return [auditKey(problem, path)]
        case .badSettings(let path, let problem):
            return [
                Diagnostic(
                    .settingsInvalid, "data folder settings are not valid: \(problem)", at: .file(path),
                    help: settingsHelp(problem))
            ]
        case .erasureNeedsContact(let path):
            return [
                Diagnostic(
                    .erasureNeedsContact, "the contact ID to erase is empty", at: .file(path),
                    help: "pass the person's contact ID from your CRM: --contact K-1001")
            ]
        case .outputStream(let name, let reason):
            return [
                Diagnostic(
                    .outputStreamFailed, "cannot write to \(name): \(reason)", at: .file(""),
                    help: "free disk space or keep the reading end of the pipe open; the output is incomplete")
            ]
        case .outputFile(let failure):
            return [
                Diagnostic(
                    .outputFileFailed, "cannot write the output file: \(failure.reason)", at: .file(failure.path),
                    notes: failure.operation == "write" ? [] : ["failed to \(failure.operation)"],
                    help:
                        "check that the folder exists, is writable and the disk has free space; an existing file is left as it was"
                )
            ]
        case .inputUnreadable(let path, let problem):
            return [
                Diagnostic(
                    .inputFileUnreadable, "cannot read the file: \(problem)", at: .file(path),
                    help: readHelp(problem, what: "a readable file"))
            ]
        }
    }

    /// Exit status of the CLI for this error: 2 for I/O and usage (the file, disk or option is
    /// the problem), 1 when a script, contact, session, gate or log refuses.
    public var exitCode: Int32 {
        switch self {
        case .scriptNotFound, .machineUnreadable, .contactNotFound, .contactUnreadable, .agentNameEmpty, .io,
            .badCallList,
            .dataFolder, .auditLogUnreadable, .outputStream, .outputFile, .inputUnreadable, .simulatedTimeOnRealData,
            .practiceOnRealData, .realCallOnPracticeData, .invalidSessionID, .auditKey, .badSettings,
            .erasureNeedsContact, .storeLibraryMissing, .storeUnreachable, .storeNotMigrated, .storeFailed:
            2
        default: 1
        }
    }
}
