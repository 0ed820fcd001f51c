import CallscriptMachine
import Foundation

extension CallSession {
    /// How long after its last step an interrupted call may be resumed, by default.
    public static let defaultResumeWindow: TimeInterval = 30 * 60

    /// Continues a call that stopped (crash, power cut, safe stop), on the data folder's file store.
    public static func resume(
        id: String, context: CallContext, data: DataFolder, gatePolicy: GatePolicy = .netherlands,
        clock: RuntimeClock = .system, window: TimeInterval = defaultResumeWindow, repairTruncatedLog: Bool = false,
        auditKey: AuditKey? = nil
    ) throws(RuntimeError) -> CallSession {
        let store = FileRecordStore(data)
        try data.prepare()
        return try resume(
            id: id, context: context, store: store, gatePolicy: gatePolicy, clock: clock, window: window,
            repairTruncatedLog: repairTruncatedLog, auditKey: auditKey)
    }

    /// Continues a call that stopped. Takes the session (a second runner is refused), completes
    /// its interrupted step, replays the audit trail through the step function to rebuild the
    /// exact state (the trail may hold steps the session file had no time to save), and then
    /// checks every gate again, at the time the gates read (`clock.gateTime()`): the objection
    /// list, the basis and the calling hours, plus the resume window measured on the real
    /// clock from the call's last entry. A refusal is logged and thrown; nothing else changes.
    /// Records are not written again. A cut-off last audit line is dropped when
    /// `repairTruncatedLog` is true, and refused otherwise.
    public static func resume(
        id: String, context: CallContext, store: any RecordStore, gatePolicy: GatePolicy = .netherlands,
        clock: RuntimeClock = .system, window: TimeInterval = defaultResumeWindow, repairTruncatedLog: Bool = false,
        auditKey: AuditKey? = nil
    ) throws(RuntimeError) -> CallSession {
        let lease = try store.lockSession(id)
        let file = "\(id).json"
        guard let snapshot = try store.loadSession(id) else {
            throw .noSavedSession(file: file, id: id)
        }
        let saved = try snapshot.restore(on: context.loaded, file: file)
        guard snapshot.contact == context.contact.id else {
            throw .sessionForOtherContact(file: file, saved: snapshot.contact, given: context.contact.id)
        }
        var contents = try store.auditContents()
        var repaired = 0
        if contents.truncated {
            guard repairTruncatedLog else { throw .auditTruncated(path: store.auditName, line: contents.lines.count) }
            repaired = try store.repairAudit()
        }
        let recovered = try store.recover(session: id)
        if repaired > 0 || !recovered.isEmpty { contents = try store.auditContents() }
        let report = AuditVerifier.verify(contents)
        if let problem = report.problems.first {
            throw .auditBroken(path: store.auditName, problem: problem.description)
        }

        let (state, lastStep) = try replay(id, contents, context, store: store)
        guard snapshot.inputs <= state.inputs, saved.machineDigest == state.machineDigest else {
            throw .sessionAheadOfLog(file: file, saved: snapshot.inputs, logged: state.inputs)
        }
        guard !state.isEnded else {
            throw .sessionEnded(session: id)
        }
        var session = CallSession(
            id: id, context: context, store: store, gatePolicy: gatePolicy, clock: clock, state: state, lease: lease)
        session.auditKey = auditKey
        try session.checkGatesAgain(lastStep: lastStep, window: window)

        var entry = session.payload("resume")
        entry.state = state.phase.stateID
        var notes: [String] = []
        if repaired > 0 { notes.append("dropped an unfinished audit entry (\(repaired) bytes)") }
        if !recovered.isEmpty {
            notes.append(
                "completed the interrupted step (\(recovered.records) records, \(recovered.auditEntries) audit entries)"
            )
        }
        if !notes.isEmpty { entry.reason = notes.joined(separator: "; ") }
        // The line is on the agent's screen again: the trail says so, as in a straight call.
        var shown: [AuditPayload] = []
        if let id = state.phase.stateID, let position = context.loaded.index.index(of: id) {
            var p = session.payload("shown")
            (p.state, p.role, p.text) = (
                id, context.loaded.index[position].role.rawValue,
                context.renderText(ofState: position, captures: state.captures)
            )
            shown.append(p)
        }
        try store.commit(StepWrite(session: id, audit: [entry] + shown))
        try session.save()
        _ = session.lease
        return session
    }

    /// The gates again, as before a new call, plus the resume window. The objection gate
    /// lets the call finish when the objection on the list is this call's own (its handler
    /// still has lines to read); any other objection stops it.
    mutating func checkGatesAgain(lastStep: Date?, window: TimeInterval) throws(RuntimeError) {
        let machine = context.loaded.machine
        var decision = Gates.evaluate(
            machine: machine, contact: context.contact, store: store, policy: gatePolicy, at: clock.gateTime())
        let objectionRule = gatePolicy.ruleIDs.objection
        if state.objectionRecorded, let i = decision.results.firstIndex(where: { $0.rule == objectionRule }),
            !decision.results[i].passed
        {
            decision.results[i] = GateResult(
                rule: objectionRule, passed: true,
                reason: "the objection on the list was recorded in this call; only its objection handling continues")
        }
        // A resumed call was counted when it started: its own attempt does not stop it.
        decision.results.removeAll { $0.rule == gatePolicy.ruleIDs.attempts }
        decision.results.append(Gates.resumeWindow(lastStep: lastStep, now: clock.now(), window: window))
        basisSource = decision.basisSource
        basis = decision.basis
        var gate = payload("gate")
        gate.gates = decision.results
        gate.allowed = decision.allowed
        gate.phone = context.contact.phone
        gate.reason = "resume"
        gate.state = state.phase.stateID
        try store.commit(StepWrite(session: id, audit: [gate]))
        guard decision.allowed else {
            // A refused resume ends the call: seal it like any other end.
            try checkpoint()
            throw .resumeRefused(decision)
        }
    }

    /// The state the audit trail's inputs of session `id` lead to, and the real time of the
    /// session's last entry.
    static func replay(_ id: String, _ contents: AuditContents, _ context: CallContext, store: any RecordStore)
        throws(RuntimeError) -> (
            SessionState, Date?
        )
    {
        var state = Stepper.start(context).state
        var last: Date?
        let parser = ISO8601DateFormatter()
        for entry in contents.entries {
            guard let p = entry.payload, p.session == id, p.redacted != true else { continue }
            // A refused resume is no step of the call: it does not extend the window.
            if p.kind != "gate", let time = parser.date(from: p.time) { last = time }
            let input: SessionInput
            switch p.kind {
            case "continue": input = .continue
            case "answer": input = .answer(p.answerIndex ?? -1)
            case "capture": input = .capture(p.value ?? "")
            case "event":
                guard let event = p.event.flatMap(CallEvent.init(rawValue:)) else { continue }
                input = .event(event)
            default: continue
            }
            guard p.state == state.phase.stateID else {
                throw .replayMismatch(
                    file: store.auditName, entry: entry.seq,
                    detail: "it is at '\(p.state ?? "?")' but the replay is at '\(state.phase.stateID ?? "the end")'")
            }
            do { state = try Stepper.step(state, input, context).state } catch {
                throw .replayMismatch(file: store.auditName, entry: entry.seq, detail: "\(error)")
            }
        }
        return (state, last)
    }
}
