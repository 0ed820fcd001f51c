import CallscriptMachine

/// Why the runtime cannot start or continue a call. Each case reads as one lower-case phrase
/// saying what is wrong, plus how to fix it; nothing already confirmed is lost when one is thrown.
public enum RuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The machine file cannot be used (bad JSON, version, graph, digest or policy).
    case machine(MachineErrors)
    case badContact(file: String, message: String, help: String)
    /// A read, write, flush or lock failed; the step that needed it did not happen.
    case io(path: String, operation: String, reason: String)
    /// The data folder cannot hold the call's records.
    case dataFolder(path: String, reason: String)
    /// The audit log's last line was cut off (a crash while writing it).
    case auditTruncated(path: String, line: Int)
    /// The audit log fails verification; appending would extend a broken chain.
    case auditBroken(path: String, problem: String)
    case badSession(file: String, message: String)
    /// The saved session belongs to another machine (its digest differs).
    case sessionForOtherMachine(saved: String, loaded: String)
    /// The pre-call gates refused the call.
    case callRefused(String)
    /// Another runner holds the session (RT0099).
    case sessionBusy(session: String)
    /// The session cannot be resumed: it ended, or its last step is too long ago (RT0098).
    case sessionNotResumable(session: String, reason: String, help: String)
    /// The gates, re-checked on resume, refused to continue the call (RT0299).
    case resumeRefused(String)
    /// `--now` (simulated time) on a data folder that is not a practice folder (RT0399).
    case simulatedTimeOnRealData(path: String)
    /// `--practice` on a data folder that holds real records (RT0398).
    case practiceOnRealData(path: String)
    /// A practice data folder used for a real call (RT0397).
    case realCallOnPracticeData(path: String)
    /// An interrupted step's journal cannot be read (RT0396).
    case journalDamaged(path: String, reason: String)

    public var description: String {
        switch self {
        case .machine(let errors): return errors.description
        case .badContact(let file, let message, let help): return "\(file): error: \(message)\n  = help: \(help)"
        case .io(let path, let operation, let reason):
            return
                "\(path): error: cannot \(operation): \(reason)\n  = help: check that the disk is not full and the folder is writable; nothing after the last confirmed step was recorded"
        case .dataFolder(let path, let reason):
            return
                "\(path): error: data folder cannot be used: \(reason)\n  = help: choose a writable folder with free space before calling"
        case .auditTruncated(let path, let line):
            return
                "\(path):\(line): error: the last audit entry is cut off (the runner stopped while writing it)\n  = help: repair the log (drops only the unfinished entry) and resume the call"
        case .auditBroken(let path, let problem):
            return
                "\(path): error: audit log does not verify: \(problem)\n  = help: keep the file for investigation and start a new log"
        case .badSession(let file, let message): return "\(file): error: \(message)"
        case .sessionForOtherMachine(let saved, let loaded):
            return
                "error: saved session belongs to machine \(saved.prefix(12)), not \(loaded.prefix(12))\n  = help: resume with the same compiled script the call started with"
        case .callRefused(let reason): return "error: call refused: \(reason)"
        case .sessionBusy(let session):
            return
                "error: session '\(session)' is held by another runner\n  = help: only one runner can continue a call; close the other one, or wait until it has stopped"
        case .sessionNotResumable(let session, let reason, let help):
            return "error: session '\(session)' cannot be resumed: \(reason)\n  = help: \(help)"
        case .resumeRefused(let reasons):
            return
                "\(reasons)\n  = help: the gates are checked again on every resume; the call stays interrupted until they allow it (or start a new call later)"
        case .simulatedTimeOnRealData(let path):
            return
                "\(path): error: --now sets a simulated time, which is only allowed in practice mode\n  = help: add --practice with a separate, empty data folder (e.g. --data oefen-data); real calls always use the real clock"
        case .practiceOnRealData(let path):
            return
                "\(path): error: --practice refuses a data folder that holds real records\n  = help: practise with a separate, empty data folder (e.g. --data oefen-data); it is marked as a practice folder"
        case .realCallOnPracticeData(let path):
            return
                "\(path): error: this is a practice data folder (it has a 'practice' marker); real calls are not recorded here\n  = help: pass --practice to practise, or use the real data folder for real calls"
        case .journalDamaged(let path, let reason):
            return
                "\(path): error: the journal of an interrupted step cannot be read: \(reason)\n  = help: keep the file for investigation; move it out of the data folder's pending/ folder to continue"
        }
    }
}

extension MachineErrors: Equatable {
    public static func == (a: MachineErrors, b: MachineErrors) -> Bool { a.diagnostics == b.diagnostics }
}
