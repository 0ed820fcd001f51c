import CallscriptIO
import CallscriptMachine

/// Why the runtime (or the CLI around it) cannot start or continue. Each case is one kind of
/// problem with the facts it needs; its code, wording and help are in one place,
/// `RuntimeMessages.swift`, and `diagnostics` turns it into the same `Diagnostic` values the
/// compiler reports, so text, JSON and SARIF show both alike. Nothing already confirmed is
/// lost when one is thrown.
///
/// To add an error: add a case here, give it a code in `RuntimeCodes.swift` (from the top of
/// its range down), add its entry in `RuntimeMessages.swift` and its section in
/// `Docs/diagnostics.md`; the compiler and the doc tests point at anything missing.
public enum RuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    // Machine loading and sessions.
    /// The machine file cannot be used (bad JSON, version, graph, digest or policy): CS03xx.
    case machine(MachineErrors)
    case scriptNotFound(path: String)
    case machineUnreadable(path: String, problem: ReadProblem)
    /// A `.call` script given to `run` did not compile; its diagnostics come first.
    case scriptHasErrors(path: String, errors: Int)
    case noSavedSession(file: String, id: String)
    case notASession(file: String)
    case sessionVersion(file: String, version: Int)
    /// The saved session belongs to another machine (its digest differs).
    case sessionForOtherMachine(saved: String, loaded: String)
    case sessionForOtherContact(file: String, saved: String, given: String)
    /// The saved state names a state, phase, capture or handler the machine does not have.
    case sessionDoesNotFit(file: String, detail: String)
    /// An audit entry of the session does not replay on the machine.
    case replayMismatch(file: String, entry: Int, detail: String)
    case sessionAheadOfLog(file: String, saved: Int, logged: Int)
    case noInterruptedCall(contact: String, folder: String, otherMachine: Bool)
    /// Another runner holds the session.
    case sessionBusy(session: String)
    /// The session cannot be resumed: it has ended already.
    case sessionEnded(session: String)
    /// A session ID that cannot be a file name.
    case invalidSessionID(id: String)

    // Contacts and agent input.
    case contactNotFound(path: String)
    case contactUnreadable(path: String, problem: ReadProblem)
    case badContact(file: String, ContactProblem)
    /// Fields the script needs are missing from the contact or do not fit their type.
    case contactFields(file: String, contact: String, problems: [ContactFieldProblem])
    case agentNameEmpty
    /// A number given to a record or a lookup (an objection, a consent) is not a phone number.
    case badPhone(PhoneNumberError)
    /// A call list (CSV) cannot be read; `line` 0 means the file as a whole, `column` 0 no column.
    case badCallList(file: String, line: Int, column: Int = 0, message: String, help: String)

    // Gates.
    /// The pre-call gates refused the call (one diagnostic per refusing gate).
    case callRefused(GateDecision)
    /// The gates, checked again on resume (with the resume window), refused to continue.
    case resumeRefused(GateDecision)

    // Records and the data folder.
    /// A read, write, flush or lock failed; the step that needed it did not happen.
    case io(path: String, operation: String, reason: String)
    /// The data folder cannot hold the call's records.
    case dataFolder(path: String, reason: String)
    /// `--now` (a simulated time) on a data folder that is not a practice folder.
    case simulatedTimeOnRealData(path: String)
    /// `--practice` on a data folder that holds real records.
    case practiceOnRealData(path: String)
    /// A practice data folder used for a real call.
    case realCallOnPracticeData(path: String)
    /// The journal of an interrupted step cannot be read.
    case journalDamaged(path: String, reason: String)
    /// A line of the objection list is not a phone number (`more` counts further bad lines).
    /// The objection gate refuses every call until it is corrected: the line may be an objection.
    case badObjectionLine(path: String, line: Int, problem: PhoneNumberError, more: Int)
    /// A database store (`--store postgres://...`) needs its client library (libpq), which
    /// cannot be loaded.
    case storeLibraryMissing(reason: String)
    /// The database server of the store cannot be reached or refuses the login. `store` is
    /// the URL without its password.
    case storeUnreachable(store: String, reason: String)
    /// The database has no callscript tables yet, or an older or newer schema version.
    case storeNotMigrated(store: String, found: Int, expected: Int)
    /// A statement of the store failed; the step that needed it did not happen.
    case storeFailed(store: String, operation: String, reason: String)

    // Audit trail and erasure.
    /// The audit log's last line was cut off (a crash while writing it).
    case auditTruncated(path: String, line: Int)
    /// The audit log fails verification; appending would extend a broken chain.
    case auditBroken(path: String, problem: String)
    /// The audit key file cannot be used, or a command that needs it was not given one.
    case auditKey(path: String, problem: AuditKeyProblem)
    /// The data folder's `settings.json` is not valid.
    case badSettings(path: String, problem: SettingsProblem)
    /// `erase --contact` was given an empty contact ID.
    case erasureNeedsContact(path: String)
    case auditLogUnreadable(path: String, problem: ReadProblem)

    // Command-line output and I/O.
    /// Standard output (or error) cannot be written: a full disk, a closed pipe.
    case outputStream(name: String, reason: String)
    case outputFile(OutputFileError)
    case inputUnreadable(path: String, problem: ReadProblem)

    /// The error as text, rendered like the compiler's diagnostics.
    public var description: String { RuntimeMessages.text(diagnostics) }

    /// The messages on one line with their codes, for reports that show one line per problem
    /// (a script test's failure): `contact 'K-8' has no field 'voornaam' (text) ... [RT0111]`.
    public var summary: String { diagnostics.map { "\($0.message) [\($0.code)]" }.joined(separator: "; ") }
}

/// What is wrong with the content of a contact file.
public enum ContactProblem: Sendable, Hashable {
    case tooLarge(limit: Int)
    case notAnObject
    case missingID
    case missingPhone(contact: String)
    case invalidPhone(contact: String, phone: String)
    case fieldNotScalar(contact: String, field: String)
    case fieldsNotObject(contact: String)
    case invalidDate(contact: String, key: String)
    /// `time_zone` names no IANA time zone this system knows.
    case invalidTimeZone(contact: String, zone: String)
    /// `time_zone`, `state` or `source` is not text.
    case notText(contact: String, key: String)
}

/// One contact field the script needs that the contact cannot give.
public enum ContactFieldProblem: Sendable, Hashable {
    case missing(field: String, type: String)
    case invalid(field: String, reason: String)
}

extension MachineErrors: Equatable {
    public static func == (a: MachineErrors, b: MachineErrors) -> Bool { a.diagnostics == b.diagnostics }
}

/// Why the audit key cannot be used.
public enum AuditKeyProblem: Sendable, Hashable {
    case missing
    /// The file's permission bits (octal, e.g. `644`) let others read it.
    case readableByOthers(mode: String)
    /// Not 64 hex digits.
    case malformed
    /// The key is inside the data folder it protects.
    case insideDataFolder(folder: String)
    /// `keygen` refuses to overwrite a key.
    case exists
    /// The command needs a key and none was given (the error points at its data folder).
    case notGiven(command: String, option: String)
}

/// What is wrong with a data folder's `settings.json`.
public enum SettingsProblem: Sendable, Hashable, CustomStringConvertible {
    case notAnObject
    case unknownSetting(String)
    case retentionNotAnObject
    case unknownKind(String)
    case notAPeriod(kind: String)
    case longerThanCustomerTerm(kind: String, period: String)

    public var description: String {
        switch self {
        case .notAnObject: "not a JSON object"
        case .unknownSetting(let key): "unknown setting '\(key)'"
        case .retentionNotAnObject: "'retention' is not an object"
        case .unknownKind(let kind): "unknown record kind 'retention.\(kind)'"
        case .notAPeriod(let kind): "'retention.\(kind)' is not a period"
        case .longerThanCustomerTerm(let kind, let period):
            "'retention.\(kind)' is \(period), longer than the 3-year customer term"
        }
    }
}
