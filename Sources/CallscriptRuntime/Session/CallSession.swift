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

/// A running call: wraps the pure step function and performs its effects. For each input it
/// first writes the durable records (objection list, consent register, callback list), then the
/// audit entries, each flushed to disk, and only then shows the next state.
public struct CallSession: Sendable {
    public let id: String
    public let context: CallContext
    public let data: DataFolder
    public let gatePolicy: GatePolicy
    public let clock: RuntimeClock
    /// Signs a checkpoint at the call's end; nil writes none (`audit verify --key` then
    /// reports the call's entries as unsealed).
    public var auditKey: AuditKey?
    public private(set) var state: SessionState

    /// What to show now.
    public var prompt: Prompt { Stepper.prompt(state, context) }
    public var phase: Phase { state.phase }

    var audit: AuditLog { AuditLog(path: data.auditLog.path) }

    /// Starts a call after the gates: logs the gate decision, refuses the call if a gate did
    /// (then nothing else is recorded), otherwise logs the start and shows the first line.
    public static func start(
        id: String, context: CallContext, gates decision: GateDecision, data: DataFolder,
        gatePolicy: GatePolicy = .netherlands, clock: RuntimeClock = .system, auditKey: AuditKey? = nil
    ) throws(RuntimeError) -> CallSession {
        try data.prepare()
        var session = CallSession(
            id: id, context: context, data: data, gatePolicy: gatePolicy, clock: clock,
            state: SessionState(machineDigest: context.loaded.digest, phase: .ended(Outcome(kind: .end))))
        session.auditKey = auditKey
        var gate = session.payload("gate")
        gate.gates = decision.results
        gate.allowed = decision.allowed
        gate.phone = context.contact.phone
        try session.audit.append(gate)
        guard decision.allowed else {
            try session.checkpoint()
            throw .callRefused(decision.summary)
        }
        var start = session.payload("start")
        start.scriptName = context.loaded.machine.script.name
        start.phone = context.contact.phone
        try session.audit.append(start)
        let first = Stepper.start(context)
        try session.commit(first)
        return session
    }

    init(
        id: String, context: CallContext, data: DataFolder, gatePolicy: GatePolicy, clock: RuntimeClock,
        state: SessionState
    ) {
        self.id = id
        self.context = context
        self.data = data
        self.gatePolicy = gatePolicy
        self.clock = clock
        self.state = state
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
                do { try audit.append(entry) } catch let failure { throw .stopped(failure) }
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

    /// Records first, then audit entries, then the new state; then the session file.
    mutating func commit(_ result: StepResult) throws(RuntimeError) {
        try EffectRecorder.writeRecords(result.effects, session: self)
        for effect in result.effects {
            guard let entry = EffectRecorder.payload(for: effect, session: self) else { continue }
            try audit.append(entry)
        }
        state = result.state
        try save()
        if case .ended = state.phase { try checkpoint() }
    }

    /// Seals the log at the call's end, when the runner holds the audit key.
    func checkpoint() throws(RuntimeError) {
        guard let auditKey else { return }
        try audit.appendCheckpoint(key: auditKey, time: Timestamp.utc(clock.now()), agent: context.agent)
    }

    /// Writes the session file atomically. The audit log stays the authority: `resume`
    /// replays it, so a lost session file loses nothing.
    public func save() throws(RuntimeError) {
        let snapshot = SessionSnapshot(session: id, contact: context.contact.id, agent: context.agent, state: state)
        try LockedFile.replace(data.sessionFile(id).path, with: [UInt8](snapshot.encoded()))
    }

    /// An audit payload with the call's common fields filled in.
    func payload(_ kind: String) -> AuditPayload {
        AuditPayload(
            kind: kind, time: Timestamp.utc(clock.now()), agent: context.agent, contact: context.contact.id,
            script: context.loaded.digest, session: id)
    }
}
