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
    /// RT0499: the audit key file cannot be used (missing, readable by others, malformed,
    /// inside the data folder) or is needed and not given.
    case auditKey(path: String, problem: String, help: String)
    /// RT0498: the data folder's `settings.json` is not valid.
    case badSettings(path: String, problem: String, help: String)
    /// RT0497: erasure or export cannot go ahead (nothing was changed).
    case erasure(path: String, problem: String, help: String)

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
        case .auditKey(let path, let problem, let help):
            return "\(path): error: audit key cannot be used: \(problem)\n  = help: \(help)"
        case .badSettings(let path, let problem, let help):
            return "\(path): error: data folder settings are not valid: \(problem)\n  = help: \(help)"
        case .erasure(let path, let problem, let help):
            return "\(path): error: \(problem)\n  = help: \(help)"
        }
    }
}

extension MachineErrors: Equatable {
    public static func == (a: MachineErrors, b: MachineErrors) -> Bool { a.diagnostics == b.diagnostics }
}
