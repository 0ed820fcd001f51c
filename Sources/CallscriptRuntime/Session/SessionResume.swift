import Foundation

extension CallSession {
    /// Continues a call that stopped (crash, power cut, safe stop). The saved session says
    /// which machine, contact and agent; the audit log is replayed through the step function
    /// to rebuild the exact state, since it may hold steps the session file had no time to
    /// save. Records are not written again. A cut-off last audit line is dropped when
    /// `repairTruncatedLog` is true, and refused otherwise.
    public static func resume(
        id: String, context: CallContext, data: DataFolder, gatePolicy: GatePolicy = .netherlands,
        clock: RuntimeClock = .system, repairTruncatedLog: Bool = false, auditKey: AuditKey? = nil
    ) throws(RuntimeError) -> CallSession {
        let file = data.sessionFile(id)
        guard let bytes = FileManager.default.contents(atPath: file.path) else {
            throw .badSession(file: file.lastPathComponent, message: "no saved session '\(id)' in the data folder")
        }
        let snapshot = try SessionSnapshot.decode(bytes, file: file.lastPathComponent)
        let saved = try snapshot.restore(on: context.loaded, file: file.lastPathComponent)
        guard snapshot.contact == context.contact.id else {
            throw .badSession(
                file: file.lastPathComponent,
                message: "session is for contact '\(snapshot.contact)', not '\(context.contact.id)'")
        }
        let log = AuditLog(path: data.auditLog.path)
        var contents = try log.read()
        var repaired = 0
        if contents.truncated {
            guard repairTruncatedLog else { throw .auditTruncated(path: log.path, line: contents.lines.count) }
            repaired = try log.repair()
            contents = try log.read()
        }
        let report = AuditVerifier.verify(contents)
        if let problem = report.problems.first { throw .auditBroken(path: log.path, problem: problem.description) }

        var state = Stepper.start(context).state
        for entry in contents.entries {
            guard let p = entry.payload, p.session == id, p.redacted != true else { continue }
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
                throw .badSession(
                    file: log.path,
                    message:
                        "audit entry \(entry.seq) is at '\(p.state ?? "?")' but the replay is at '\(state.phase.stateID ?? "the end")'"
                )
            }
            do { state = try Stepper.step(state, input, context).state } catch {
                throw .badSession(file: log.path, message: "audit entry \(entry.seq) cannot be replayed: \(error)")
            }
        }
        guard snapshot.inputs <= state.inputs, saved.machineDigest == state.machineDigest else {
            throw .badSession(
                file: file.lastPathComponent,
                message:
                    "saved session is ahead of the audit log (\(snapshot.inputs) inputs saved, \(state.inputs) logged)")
        }
        var session = CallSession(
            id: id, context: context, data: data, gatePolicy: gatePolicy, clock: clock, state: state)
        session.auditKey = auditKey
        var entry = session.payload("resume")
        entry.state = state.phase.stateID
        if repaired > 0 { entry.reason = "dropped an unfinished audit entry (\(repaired) bytes)" }
        try log.append(entry)
        try session.save()
        return session
    }
}
