import CallscriptMachine
import Foundation

/// Why a session input did not go through.
public enum SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input was refused; nothing changed; the agent can try again.
    case refused(InputRefusal)
    /// A record or audit entry could not be written: the call stops safely here. Everything
    /// confirmed before is on disk; the step that failed did not happen.
    case stopped(RuntimeError)

    public var description: String {
        switch self {
        case .refused(let r): r.description
        case .stopped(let e): e.description
        }
    }
}

/// A running call: wraps the pure step function and performs its effects. For each input the
/// store commits the step's durable records (objection list, consent register, callback list)
/// together with its audit entries, and only then is the next state shown.
public struct CallSession: Sendable {
    public let id: String
    public let context: CallContext
    public let store: any RecordStore
    public let gatePolicy: GatePolicy
    public let clock: RuntimeClock
    /// Signs a checkpoint at the call's end; nil writes none (`audit verify --key` then
    /// reports the call's entries as unsealed).
    public var auditKey: AuditKey?
    public private(set) var state: SessionState
    /// This runner's hold on the session: no other runner can resume it while the call runs.
    var lease: SessionLease?
    /// Where the call's basis comes from (the consent's or the customer record's source), from
    /// the gate decision; every host shows it when the call starts (NL-DATA-SOURCE).
    public internal(set) var basisSource: String?
    /// The same in parts, for screens that word it in their own language; nil when the
    /// decision was decoded rather than evaluated.
    public internal(set) var basis: BasisSource?

    /// What to show now.
    public var prompt: Prompt { Stepper.prompt(state, context) }
    public var phase: Phase { state.phase }

    /// The data folder, when the store is the file store.
    public var data: DataFolder? { (store as? FileRecordStore)?.folder }

    /// Starts a call after the gates: logs the gate decision, refuses the call if a gate did
    /// (then nothing else is recorded), otherwise logs the start and shows the first line.
    public static func start(
        id: String, context: CallContext, gates decision: GateDecision, data: DataFolder,
        gatePolicy: GatePolicy = .netherlands, clock: RuntimeClock = .system, auditKey: AuditKey? = nil
    ) throws(RuntimeError) -> CallSession {
        // Only the cheap folder check: the runner (CallSetup) prepares the store once per run.
        try data.prepare()
        return try start(
            id: id, context: context, gates: decision, store: FileRecordStore(data), gatePolicy: gatePolicy,
            clock: clock, auditKey: auditKey)
    }

    /// The same on any record store (prepared by the caller).
    public static func start(
        id: String, context: CallContext, gates decision: GateDecision, store: any RecordStore,
        gatePolicy: GatePolicy = .netherlands, clock: RuntimeClock = .system, auditKey: AuditKey? = nil
    ) throws(RuntimeError) -> CallSession {
        var session = CallSession(
            id: id, context: context, store: store, gatePolicy: gatePolicy, clock: clock,
            state: SessionState(machineDigest: context.loaded.digest, phase: .ended(Outcome(kind: .end))), lease: nil)
        session.auditKey = auditKey
        session.basisSource = decision.basisSource
        session.basis = decision.basis
        var gate = session.payload("gate")
        gate.gates = decision.results
        gate.allowed = decision.allowed
        gate.phone = context.contact.phone
        guard decision.allowed else {
            try store.commit(StepWrite(session: id, audit: [gate]))
            try session.checkpoint()
            throw .callRefused(decision)
        }
        session.lease = try store.lockSession(id)
        var start = session.payload("start")
        start.scriptName = context.loaded.machine.script.name
        start.phone = context.contact.phone
        let first = Stepper.start(context)
        // A call under a call limit counts from its start, in the same step as the start entry.
        let attempt = gatePolicy.attemptLimit(for: context.contact).map { _ in
            StoredRecord.attempt(
                CallAttempt(phone: context.contact.phone, time: Timestamp.utc(clock.gateTime()), session: id))
        }
        try session.commit(first, before: [gate, start], records: attempt.map { [$0] } ?? [])
        return session
    }

    init(
        id: String, context: CallContext, store: any RecordStore, gatePolicy: GatePolicy, clock: RuntimeClock,
        state: SessionState, lease: SessionLease?
    ) {
        self.id = id
        self.context = context
        self.store = store
        self.gatePolicy = gatePolicy
        self.clock = clock
        self.state = state
        self.lease = lease
    }

    /// Applies one input and returns what the step did, once it is on disk. A refused capture
    /// is logged (with its reason, not the value).
    @discardableResult
    public mutating func perform(_ input: SessionInput) throws(SessionError) -> [Effect] {
        let result: StepResult
        do { result = try Stepper.step(state, input, context) } catch {
            if case .invalidValue(let field, let reason) = error {
                var entry = payload("capture-refused")
                entry.state = state.phase.stateID
                entry.field = field
                entry.reason = reason
                do { try store.commit(StepWrite(session: id, audit: [entry])) } catch let failure {
                    throw .stopped(failure)
                }
            }
            throw .refused(error)
        }
        do { try commit(result) } catch { throw .stopped(error) }
        return result.effects
    }

    public mutating func `continue`() throws(SessionError) { _ = try perform(.continue) }
    public mutating func answer(_ index: Int) throws(SessionError) { _ = try perform(.answer(index)) }
    public mutating func capture(_ value: String) throws(SessionError) { _ = try perform(.capture(value)) }
    public mutating func raise(_ event: CallEvent) throws(SessionError) { _ = try perform(.event(event)) }

    /// One step as one commit: its records and audit entries (after `before`, entries that
    /// belong to the same step); then the new state and the session file.
    mutating func commit(_ result: StepResult, before: [AuditPayload] = [], records: [StoredRecord] = [])
        throws(RuntimeError)
    {
        let step = StepWrite(
            session: id, records: records + EffectRecorder.records(for: result.effects, session: self),
            audit: before + result.effects.compactMap { EffectRecorder.payload(for: $0, session: self) })
        try store.commit(step)
        state = result.state
        try save()
        if case .ended = state.phase {
            try checkpoint()
            // An ended call is never resumed: let its lock go now, not when the value is dropped.
            // A service keeps ended calls on view; holding their locks would use up file
            // descriptors (file store) or database connections (PostgreSQL) call by call.
            lease = nil
        }
    }

    /// Seals the log at the call's end, when the runner holds the audit key.
    func checkpoint() throws(RuntimeError) {
        guard let auditKey else { return }
        try store.appendCheckpoint(key: auditKey, time: Timestamp.utc(clock.now()), agent: context.agent)
    }

    /// Writes the session file atomically. The audit log stays the authority: `resume`
    /// replays it, so a lost session file loses nothing.
    public func save() throws(RuntimeError) {
        try store.saveSession(
            SessionSnapshot(session: id, contact: context.contact.id, agent: context.agent, state: state))
    }

    /// An audit payload with the call's common fields filled in.
    /// `time` is always the real clock; a practice call says so, with its simulated time.
    func payload(_ kind: String) -> AuditPayload {
        var p = AuditPayload(
            kind: kind, time: Timestamp.utc(clock.now()), agent: context.agent, contact: context.contact.id,
            script: context.loaded.digest, session: id)
        if clock.isPractice {
            p.practice = true
            if clock.simulatedOffset != nil { p.simulatedTime = Timestamp.utc(clock.gateTime()) }
        }
        return p
    }
}
