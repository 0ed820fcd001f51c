import CallscriptMachine
import Foundation

/// Where a runner keeps the records a regulator may ask for: the objection list, the consent
/// register, the callback list, saved call sessions and the audit trail.
///
/// One interface for every store, so a shared database can stand in for the embedded file
/// store (`FileRecordStore`): what the file store does with file locks, a journal and
/// `fsync`, a database does with a transaction and row locks. Every implementation promises:
/// - the store, not the caller, normalises phone numbers (`PhoneNumber.normalize`), both in
///   what it writes and in what it looks up;
/// - a gate check reads the current records every time (no cache): an objection committed by
///   any runner blocks the number for every later check;
/// - `commit` is all or nothing from the point of view of `recover`: a step's records and the
///   audit entries that justify them are either all kept or completed on recovery;
/// - a session is held by at most one runner at a time (`lockSession`).
public protocol RecordStore: Sendable {
    /// True when the number (in any spelling) is on the objection list, or an objection for
    /// it is committed but not yet completed (an interrupted step still counts).
    func isObjected(_ phone: String) throws(RuntimeError) -> Bool

    /// The latest consent record of the person (by ID or normalised number) for the company and
    /// purpose, given or withdrawn; nil when there is none. `ConsentEvidence` judges it.
    func latestConsent(person: String, phone: String, company: String, purpose: String) throws(RuntimeError)
        -> ConsentRecord?

    /// How many calls to the number started at or after `since` (the attempt records).
    func attempts(phone: String, since: Date) throws(RuntimeError) -> Int

    /// The callback agreed with the person within `windowMinutes` of `time`, if any.
    func agreedCallback(person: String, phone: String, near time: LocalDateTime, windowMinutes: Int)
        throws(RuntimeError) -> CallbackRecord?

    /// Makes one step durable: its records and its audit entries, which stay consecutive in the
    /// trail. Returns once everything is on disk (or in the database); when it throws, the
    /// step did not happen as far as the caller knows, and `recover` completes or keeps
    /// nothing of it, never half.
    @discardableResult
    func commit(_ step: StepWrite) throws(RuntimeError) -> [AuditEntry]

    /// Seals the audit trail at a call's end: appends a checkpoint over every entry so far
    /// (their count, the head hash and the key's HMAC over both; see `AuditCheckpoint`).
    @discardableResult
    func appendCheckpoint(key: AuditKey, time: String, agent: String) throws(RuntimeError) -> AuditEntry

    /// Where the audit trail is, as shown in messages (a path, or a database table).
    var auditName: String { get }

    /// Checks before a call that every record can be written, and completes interrupted
    /// steps; returns warnings for the agent (records skipped as cut off, steps completed).
    func prepare() throws(RuntimeError) -> [String]

    /// The audit trail, parsed (resume replays it).
    func auditContents() throws(RuntimeError) -> AuditContents

    /// Drops a cut-off last audit line (never a confirmed entry); returns the bytes removed.
    func repairAudit() throws(RuntimeError) -> Int

    /// Takes the session for this runner, refusing (`sessionBusy`) while another holds it.
    /// The session stays held as long as the returned lease lives.
    func lockSession(_ id: String) throws(RuntimeError) -> SessionLease

    func saveSession(_ snapshot: SessionSnapshot) throws(RuntimeError)

    /// The saved session, nil when there is none.
    func loadSession(_ id: String) throws(RuntimeError) -> SessionSnapshot?

    /// Unfinished sessions of a contact, newest first.
    func unfinishedSessions(contact: String) throws(RuntimeError) -> [SavedSession]

    /// Completes the interrupted steps of sessions no runner holds (or only of `session`).
    /// Returns what was completed.
    @discardableResult
    func recover(session: String?) throws(RuntimeError) -> RecoveryReport

    /// Whether the store holds practice calls (`--practice`), real calls, or nothing yet.
    func mode() throws(RuntimeError) -> StoreMode

    /// Marks an empty store as a practice store (refused when it holds real records).
    func markAsPractice() throws(RuntimeError)

    /// Everything the store holds about contact `id` (AVG art. 15), as `callscript export`
    /// prints it.
    func export(contact id: String, clock: RuntimeClock) throws(RuntimeError) -> DataExport

    /// Erases contact `id`'s personal data (AVG art. 17) as `callscript erase --contact` does:
    /// audit entries become sealed markers, sessions, consents and callbacks go, the number
    /// stays on the objection list and an `erasure` entry records it.
    func erase(contact id: String, key: AuditKey, agent: String, clock: RuntimeClock) throws(RuntimeError)
        -> ErasureReport
}

/// A durable record besides the audit trail.
public enum StoredRecord: Codable, Hashable, Sendable {
    /// A normalised number for the objection list.
    case objection(phone: String)
    case consent(ConsentRecord)
    case callback(CallbackRecord)
    /// A call started under a policy that limits calls per number.
    case attempt(CallAttempt)
}

extension RecordStore {
    /// True when the latest consent record of the person for the company and purpose is `given`
    /// (whatever its evidence; the basis gate also judges that).
    public func hasConsent(person: String, phone: String, company: String, purpose: String) throws(RuntimeError)
        -> Bool
    {
        try latestConsent(person: person, phone: phone, company: company, purpose: purpose)?.status == .given
    }
}

/// Everything one step of a call makes durable, in order: records first, then the audit
/// entries that justify them.
public struct StepWrite: Codable, Hashable, Sendable {
    public var session: String
    public var records: [StoredRecord]
    public var audit: [AuditPayload]

    public init(session: String, records: [StoredRecord] = [], audit: [AuditPayload]) {
        self.session = session
        self.records = records
        self.audit = audit
    }
}

/// A saved session and when it was last saved.
public struct SavedSession: Hashable, Sendable {
    public var snapshot: SessionSnapshot
    public var savedAt: Date

    public init(snapshot: SessionSnapshot, savedAt: Date) {
        self.snapshot = snapshot
        self.savedAt = savedAt
    }
}

/// What recovery completed.
public struct RecoveryReport: Hashable, Sendable {
    /// Sessions whose interrupted step was completed.
    public var sessions: [String] = []
    public var records = 0
    public var auditEntries = 0

    public init() {}

    public var isEmpty: Bool { sessions.isEmpty }
}

/// What a store holds.
public enum StoreMode: Hashable, Sendable {
    /// No records yet: it can become a practice or a real store.
    case empty
    case real
    /// Marked for practice calls: `--now` is allowed and every audit entry says practice.
    case practice
}

/// Holding a session for one runner; released when the last copy is gone.
public final class SessionLease: Sendable {
    public let session: String
    private let release: @Sendable () -> Void

    /// A lease that runs `release` once, when it is gone (a store's way to let go of the
    /// session: close a lock file, unlock a database lock).
    public init(session: String, release: @escaping @Sendable () -> Void) {
        self.session = session
        self.release = release
    }

    deinit { release() }
}
