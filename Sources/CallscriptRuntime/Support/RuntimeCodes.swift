import CallscriptDiagnostics

/// The runner's and the CLI's own error codes, beside the language's CSxxxx codes. Ranges:
/// RT0001-RT0099 machine loading and sessions, RT0100-RT0199 contacts and agent input,
/// RT0200-RT0299 gates, RT0300-RT0399 records and the data folder, RT0400-RT0499 the audit
/// trail and erasure, RT0500-RT0599 command-line output and I/O. Codes are stable: never
/// renumber one, only add. Each is documented in `Docs/diagnostics.md`, which the tests check.
extension DiagnosticCode {
    // Machine loading and sessions (RT0001-RT0099).
    public static let runScriptNotFound = DiagnosticCode("RT0001", "script or machine file not found")
    public static let runMachineUnreadable = DiagnosticCode("RT0002", "machine file cannot be read")
    public static let runScriptHasErrors = DiagnosticCode("RT0003", "script has errors and cannot run")
    public static let runNoSavedSession = DiagnosticCode("RT0004", "no saved session with this ID")
    public static let runNotASession = DiagnosticCode("RT0005", "file is not a saved session")
    public static let runSessionVersion = DiagnosticCode("RT0006", "unsupported session format version")
    public static let runSessionOtherMachine = DiagnosticCode("RT0007", "saved session belongs to another machine")
    public static let runSessionOtherContact = DiagnosticCode("RT0008", "saved session belongs to another contact")
    public static let runSessionDoesNotFit = DiagnosticCode("RT0009", "saved session does not fit the machine")
    public static let runReplayMismatch = DiagnosticCode("RT0010", "audit log cannot be replayed onto the machine")
    public static let runSessionAheadOfLog = DiagnosticCode("RT0011", "saved session is ahead of the audit log")
    public static let runNoInterruptedCall = DiagnosticCode("RT0012", "no interrupted call to resume")
    public static let runSessionBusy = DiagnosticCode("RT0099", "session is held by another runner")
    public static let runSessionEnded = DiagnosticCode("RT0098", "the call has already ended")
    public static let runInvalidSessionID = DiagnosticCode("RT0097", "session ID is not valid")

    // Contacts and agent input (RT0100-RT0199).
    public static let contactNotFound = DiagnosticCode("RT0101", "contact file not found")
    public static let contactUnreadable = DiagnosticCode("RT0102", "contact file cannot be read")
    public static let contactTooLarge = DiagnosticCode("RT0103", "contact file too large")
    public static let contactNotObject = DiagnosticCode("RT0104", "contact file is not a JSON object")
    public static let contactMissingID = DiagnosticCode("RT0105", "contact has no ID")
    public static let contactMissingPhone = DiagnosticCode("RT0106", "contact has no phone number")
    public static let contactInvalidPhone = DiagnosticCode("RT0107", "contact phone number is not valid")
    public static let contactFieldNotScalar = DiagnosticCode(
        "RT0108", "contact field is not text, a number or a boolean")
    public static let contactFieldsNotObject = DiagnosticCode("RT0109", "contact 'fields' is not an object")
    public static let contactInvalidDate = DiagnosticCode("RT0110", "contact date is not a date")
    public static let contactMissingField = DiagnosticCode("RT0111", "contact lacks a field the script needs")
    public static let contactInvalidField = DiagnosticCode("RT0112", "contact field value does not fit its type")
    public static let agentNameEmpty = DiagnosticCode("RT0113", "agent name is empty")
    public static let contactInvalidTimeZone = DiagnosticCode(
        "RT0114", "contact time zone, state or source is not valid")
    public static let eventNotApplicable = DiagnosticCode("RT0115", "event cannot apply while this handler runs")
    public static let phoneNumberInvalid = DiagnosticCode("RT0199", "phone number cannot be read")
    public static let callListUnreadable = DiagnosticCode("RT0198", "call list cannot be read")

    // Gates (RT0200-RT0299).
    public static let callRefused = DiagnosticCode("RT0201", "call refused by a pre-call gate")
    public static let resumeRefused = DiagnosticCode("RT0299", "resume refused by a gate checked again")

    // Records and the data folder (RT0300-RT0399).
    public static let recordIOFailed = DiagnosticCode("RT0301", "record file cannot be read or written")
    public static let dataFolderUnusable = DiagnosticCode("RT0302", "data folder cannot be used")
    public static let simulatedTimeOnRealData = DiagnosticCode("RT0399", "simulated time on a real data folder")
    public static let practiceOnRealData = DiagnosticCode("RT0398", "practice on a data folder with real records")
    public static let realCallOnPracticeData = DiagnosticCode("RT0397", "real call on a practice data folder")
    public static let journalDamaged = DiagnosticCode("RT0396", "journal of an interrupted step is damaged")
    public static let objectionLineInvalid = DiagnosticCode("RT0390", "objection list line is not a phone number")
    public static let storeLibraryMissing = DiagnosticCode("RT0389", "database client library missing")
    public static let storeUnreachable = DiagnosticCode("RT0388", "record store database unreachable")
    public static let storeNotMigrated = DiagnosticCode("RT0387", "record store schema not migrated")
    public static let storeFailed = DiagnosticCode("RT0386", "record store statement failed")

    // Audit trail and erasure (RT0400-RT0499).
    public static let auditTruncated = DiagnosticCode("RT0401", "last audit entry is cut off")
    public static let auditBroken = DiagnosticCode("RT0402", "audit log does not verify")
    public static let auditLogUnreadable = DiagnosticCode("RT0403", "audit log not found or not a file")
    public static let auditKeyUnusable = DiagnosticCode("RT0499", "audit key cannot be used")
    public static let settingsInvalid = DiagnosticCode("RT0498", "data folder settings are not valid")
    public static let erasureNeedsContact = DiagnosticCode("RT0497", "erasure needs a contact ID")

    // Command-line output and I/O (RT0500-RT0599).
    public static let outputStreamFailed = DiagnosticCode("RT0501", "cannot write to standard output")
    public static let outputFileFailed = DiagnosticCode("RT0502", "cannot write an output file")
    public static let inputFileUnreadable = DiagnosticCode("RT0503", "input file cannot be read")

    /// Every runtime and CLI code, for docs and tests.
    public static let allRuntimeCodes: [DiagnosticCode] = [
        .runScriptNotFound, .runMachineUnreadable, .runScriptHasErrors, .runNoSavedSession, .runNotASession,
        .runSessionVersion, .runSessionOtherMachine, .runSessionOtherContact, .runSessionDoesNotFit,
        .runReplayMismatch, .runSessionAheadOfLog, .runNoInterruptedCall, .runSessionBusy, .runSessionEnded,
        .runInvalidSessionID,
        .contactNotFound, .contactUnreadable, .contactTooLarge, .contactNotObject, .contactMissingID,
        .contactMissingPhone, .contactInvalidPhone, .contactFieldNotScalar, .contactFieldsNotObject,
        .contactInvalidDate, .contactMissingField, .contactInvalidField, .agentNameEmpty, .contactInvalidTimeZone,
        .eventNotApplicable, .phoneNumberInvalid,
        .callListUnreadable,
        .callRefused, .resumeRefused,
        .recordIOFailed, .dataFolderUnusable, .simulatedTimeOnRealData, .practiceOnRealData, .realCallOnPracticeData,
        .journalDamaged, .objectionLineInvalid, .storeLibraryMissing, .storeUnreachable, .storeNotMigrated,
        .storeFailed,
        .auditTruncated, .auditBroken, .auditLogUnreadable, .auditKeyUnusable, .settingsInvalid, .erasureNeedsContact,
        .outputStreamFailed, .outputFileFailed, .inputFileUnreadable,
    ]
}
