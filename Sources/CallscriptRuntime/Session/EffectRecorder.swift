import CallscriptMachine

/// Turns step effects into the records and audit payloads of one step.
enum EffectRecorder {
    /// The objection list, consent register and callback list records of one step.
    static func records(for effects: [Effect], session: CallSession) -> [StoredRecord] {
        let context = session.context
        let script = context.loaded.machine.script
        return effects.compactMap { effect -> StoredRecord? in
            switch effect {
            case .recordObjection: return .objection(phone: context.contact.phone)
            case .recordConsent(_, let purpose):
                return .consent(
                    ConsentRecord(
                        person: context.contact.id, phone: context.contact.phone, company: script.company,
                        purpose: purpose, time: Timestamp.utc(session.clock.now()), script: context.loaded.digest,
                        agent: context.agent, verifiedBy: "call", verifiedAt: Timestamp.utc(session.clock.now()),
                        source: "call \(session.id) (\(script.name))"))
            case .planCallback(_, let at):
                guard let at else { return nil }
                return .callback(
                    CallbackRecord(
                        person: context.contact.id, phone: context.contact.phone, at: at,
                        timeZone: session.gatePolicy.recordZone(for: context.contact), company: script.company,
                        script: context.loaded.digest,
                        agent: context.agent, session: session.id, time: Timestamp.utc(session.clock.now())))
            default: return nil
            }
        }
    }

    /// The audit entry of `effect`; nil for a branch taken, which the entries before and after
    /// it already determine (the machine and the captures decide the branch).
    static func payload(for effect: Effect, session: CallSession) -> AuditPayload? {
        switch effect {
        case .branched: return nil
        case .shown(let state, let role, let text):
            var p = session.payload("shown")
            (p.state, p.role, p.text) = (state, role.rawValue, text)
            return p
        case .continued(let state):
            var p = session.payload("continue")
            p.state = state
            return p
        case .answered(let state, let index, let label, let answerClass):
            var p = session.payload("answer")
            (p.state, p.answerIndex, p.answer, p.answerClass) = (state, index, label, answerClass?.rawValue)
            return p
        case .captured(let state, let field, let value):
            var p = session.payload("capture")
            (p.state, p.field, p.value) = (state, field, value)
            return p
        case .event(let event, let handled, let during):
            var p = session.payload("event")
            (p.event, p.handled, p.state) = (event.rawValue, handled, during)
            // NL-DATA-SOURCE: the trail shows which source the agent had on screen to answer with.
            if event == .sourceQuestion { p.text = session.basisSource }
            return p
        case .recordObjection(let state):
            var p = session.payload("objection-recorded")
            (p.state, p.phone) = (state, session.context.contact.phone)
            return p
        case .recordConsent(let state, let purpose):
            var p = session.payload("consent-recorded")
            (p.state, p.purpose) = (state, purpose)
            return p
        case .planCallback(let state, let at):
            var p = session.payload("callback-planned")
            (p.state, p.callbackAt) = (state, at?.description)
            return p
        case .ended(let outcome):
            var p = session.payload("outcome")
            (p.outcome, p.state, p.callbackAt) = (outcome.kind.rawValue, outcome.state, outcome.callbackAt?.description)
            return p
        }
    }
}
