import CallscriptMachine

/// The result of one step: the new state and what happened, in order.
public struct StepResult: Hashable, Sendable {
    public var state: SessionState
    public var effects: [Effect]
}

/// The pure step function: `(state, input) -> (state, effects)`. No I/O, no clock; the
/// session performs the effects. Silent states (branches, `record objection`) and terminals
/// are passed through in the same step, so the result always waits for the agent or has ended;
/// every state passed shows in the effects (`branched`, `recordObjection`, `ended`), so this is
/// the only interpreter of the machine: script-test coverage is read from these effects.
public enum Stepper {
    /// The state at the machine's start, with the effects of entering it.
    public static func start(_ context: CallContext) -> StepResult {
        var state = SessionState(machineDigest: context.loaded.digest, phase: .ended(Outcome(kind: .end)))
        var effects: [Effect] = []
        let entry = context.loaded.index.startIndex ?? -1
        enter(entry, &state, &effects, context)
        return StepResult(state: state, effects: effects)
    }

    /// Applies one input. Throws (changing nothing) when the input does not fit the phase.
    public static func step(_ state: SessionState, _ input: SessionInput, _ context: CallContext) throws(InputRefusal)
        -> StepResult
    {
        let index = context.loaded.index
        var next = state
        var effects: [Effect] = []
        guard let id = state.phase.stateID, let position = index.index(of: id) else { throw .callEnded }
        let current = index[position]
        next.inputs += 1

        switch (input, state.phase) {
        case (.event(let event), _):
            if let refusal = HandlerGuard.refusal(event, running: state.handler) { throw refusal }
            raise(event, at: id, &next, &effects, context)
        case (.continue, .showingLine):
            if current.role == .transferOptout {
                effects.append(.continued(state: id))
                end(Outcome(kind: .transferOptout, state: id), &next, &effects)
            } else {
                effects.append(.continued(state: id))
                enter(target(position, 0, index), &next, &effects, context)
            }
        case (.answer(let choice), .awaitingAnswer):
            guard current.transitions.indices.contains(choice) else {
                throw .noSuchAnswer(choice, count: current.transitions.count)
            }
            let answer = current.transitions[choice]
            effects.append(
                .answered(state: id, index: choice, label: answer.label ?? "", answerClass: answer.answerClass))
            if current.role == .askConsent, answer.answerClass == .yes {
                effects.append(.recordConsent(state: id, purpose: current.purpose ?? ""))
            }
            enter(target(position, choice, index), &next, &effects, context)
        case (.capture(let raw), .awaitingCapture):
            guard let name = current.field, let field = context.loaded.fields[name] else { throw .callEnded }
            switch FieldParser.parse(raw, as: field.type) {
            case .failure(let refusal): throw .invalidValue(field: name, reason: refusal.reason)
            case .success(let value):
                next.captures[name] = value.text
                effects.append(.captured(state: id, field: name, value: value.text))
                enter(target(position, 0, index), &next, &effects, context)
            }
        case (_, .showingLine): throw .wrongInput(expected: "read the line and continue")
        case (_, .awaitingAnswer): throw .wrongInput(expected: "choose the person's answer")
        case (_, .awaitingCapture): throw .wrongInput(expected: "enter the \(current.field ?? "value")")
        case (_, .ended): throw .callEnded
        }
        return StepResult(state: next, effects: effects)
    }

    /// What the host shows for `state`.
    public static func prompt(_ state: SessionState, _ context: CallContext) -> Prompt {
        guard let id = state.phase.stateID, let position = context.loaded.index.index(of: id) else {
            if case .ended(let outcome) = state.phase { return .ended(outcome) }
            return .ended(Outcome(kind: .end))
        }
        let current = context.loaded.index[position]
        let text = context.renderText(ofState: position, captures: state.captures)
        switch state.phase {
        case .awaitingAnswer:
            let answers = current.transitions.enumerated().map { i, t in
                AnswerOption(
                    index: i, label: context.renderLabel(ofState: position, answer: i, captures: state.captures),
                    answerClass: t.answerClass)
            }
            return .question(state: id, role: current.role, text: text, answers: answers)
        case .awaitingCapture:
            let field = current.field.flatMap { context.loaded.fields[$0] }
            return .capture(state: id, field: current.field ?? "", type: field?.type ?? FieldType(.text), text: text)
        case .showingLine, .ended:
            return .line(state: id, role: current.role, text: text)
        }
    }

    // Events: a handler takes over from wherever the call is. Without one, objection still
    // records the objection and ends, voicemail hangs up, minor ends, complaint is only noted.
    private static func raise(
        _ event: CallEvent, at id: String, _ state: inout SessionState, _ effects: inout [Effect],
        _ context: CallContext
    ) {
        if event == .hangUp {
            effects.append(.event(event, handled: true, during: id))
            end(Outcome(kind: .personHungUp), &state, &effects)
            return
        }
        if let entry = context.loaded.handlers[event.rawValue] {
            effects.append(.event(event, handled: true, during: id))
            state.handler = event.rawValue
            enter(entry, &state, &effects, context)
            return
        }
        effects.append(.event(event, handled: false, during: id))
        switch event {
        case .objection:
            effects.append(.recordObjection(state: nil))
            state.objectionRecorded = true
            end(Outcome(kind: .objection), &state, &effects)
        case .voicemail: end(Outcome(kind: .hangup), &state, &effects)
        case .minor: end(Outcome(kind: .minor), &state, &effects)
        case .complaint, .hangUp: break
        }
    }

    private static func target(_ position: Int, _ transition: Int, _ index: MachineIndex) -> Int {
        let targets = index.targets[position]
        return targets.indices.contains(transition) ? targets[transition] : -1
    }

    private static func end(_ outcome: Outcome, _ state: inout SessionState, _ effects: inout [Effect]) {
        state.phase = .ended(outcome)
        effects.append(.ended(outcome))
    }

    /// Runs silent states from `start` until one waits for the agent or the call ends. A loaded
    /// machine has no silent loops; the hop limit only guards against a machine that bypassed loading.
    private static func enter(
        _ start: Int, _ state: inout SessionState, _ effects: inout [Effect], _ context: CallContext
    ) {
        let index = context.loaded.index
        // Fields are read from the array in place: copying a whole state costs a retain per string.
        let states = index.machine.states
        var position = start
        var hops = 0
        while true {
            hops += 1
            guard position >= 0, position < states.count, hops <= states.count + 1 else {
                end(Outcome(kind: .end), &state, &effects)
                return
            }
            let id = states[position].id
            let role = states[position].role
            switch role {
            case .branch:
                // Three dictionaries, not the whole context: the lookup is copied into each call.
                let values = CallValues(
                    captures: state.captures, contact: context.contactValues, fields: context.loaded.fields)
                let transitions = states[position].transitions
                // Literals were read once at load; a branch only compares values.
                let conditions = context.loaded.conditions[position]
                let chosen = transitions.indices.first { i in
                    if transitions[i].kind == .otherwise { return true }
                    guard let condition = conditions[i] else { return false }
                    return condition.evaluate { values[$0] }
                }
                effects.append(.branched(state: id, choice: chosen))
                position = chosen.map { target(position, $0, index) } ?? -1
            case .recordObjection:
                effects.append(.recordObjection(state: id))
                state.objectionRecorded = true
                position = target(position, 0, index)
            case .end:
                end(Outcome(kind: .end, state: id), &state, &effects)
                return
            case .hangup:
                end(Outcome(kind: .hangup, state: id), &state, &effects)
                return
            case .callback:
                let at = states[position].field.flatMap { state.captures[$0] }.flatMap(LocalDateTime.init)
                effects.append(.planCallback(state: id, at: at))
                end(Outcome(kind: .callback, state: id, callbackAt: at), &state, &effects)
                return
            case .capture:
                state.phase = .awaitingCapture(state: id)
                effects.append(
                    .shown(state: id, role: role, text: context.renderText(ofState: position, captures: state.captures))
                )
                return
            case .ask, .askConvenient, .askConsent:
                state.phase = .awaitingAnswer(state: id)
                effects.append(
                    .shown(state: id, role: role, text: context.renderText(ofState: position, captures: state.captures))
                )
                return
            case .say, .identify, .pitch, .optout, .disclose, .transferOptout:
                state.phase = .showingLine(state: id)
                effects.append(
                    .shown(state: id, role: role, text: context.renderText(ofState: position, captures: state.captures))
                )
                return
            }
        }
    }
}
