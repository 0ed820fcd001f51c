import CallscriptCalltest
import CallscriptMachine
import CallscriptRuntime

/// One input the page sends: what the designer clicked or typed.
public struct PracticeInput: Sendable, Hashable, Codable {
    /// `continue`, `answer`, `capture` or `event`.
    public var kind: String
    /// The answer's position (0-based) for `answer`.
    public var index: Int?
    /// The typed value for `capture`, the event name for `event`.
    public var value: String?

    public init(kind: String, index: Int? = nil, value: String? = nil) {
        self.kind = kind
        self.index = index
        self.value = value
    }

    /// The step function's input, or nil when the page sent something that is none.
    var sessionInput: SessionInput? {
        switch kind {
        case "continue": return .continue
        case "answer": return index.map { .answer($0) }
        case "capture": return value.map { .capture($0) }
        case "event": return value.flatMap(CallEvent.init(rawValue:)).map { .event($0) }
        default: return nil
        }
    }
}

/// A practice conversation: the inputs replayed from the start on the runtime's step function
/// (`Stepper`), which does no I/O. Nothing is written anywhere: an objection, a consent or a
/// callback shows in the record of the path and is never stored. Replaying instead of keeping
/// sessions means the server holds no state, and a saved script replays the same path on the
/// new version at once.
public struct PracticeCall: Sendable {
    /// The machine, the practice contact and the agent.
    public let context: CallContext
    /// The call's first step (its effects are the first lines of the path).
    public let start: StepResult
    /// The inputs that were applied (a refused capture included, with its refusal).
    public private(set) var entries: [RecordedCall.Entry] = []
    /// Where the call is after the last input that fitted.
    public private(set) var state: SessionState
    /// The first input that no longer fits (the script changed under it), with the reason;
    /// it and every input after it were dropped.
    public private(set) var dropped: (index: Int, reason: String)?

    /// Starts the call for `contact` (raw values by field name) and replays `inputs`.
    public init(
        loaded: LoadedMachine, contact: [String: String], agent: String, phone: String = "+31 6 1234 5678",
        inputs: [PracticeInput]
    ) throws(RuntimeError) {
        let person = Contact(id: "PREVIEW", phone: PhoneNumber.normalize(phone) ?? "+31612345678", fields: contact)
        context = try CallContext(loaded: loaded, contact: person, agent: agent)
        start = Stepper.start(context)
        state = start.state
        for (i, input) in inputs.enumerated() {
            guard let step = input.sessionInput else {
                dropped = (i, "the page sent an input the step function does not know (\(input.kind))")
                return
            }
            do throws(InputRefusal) {
                let result = try Stepper.step(state, step, context)
                state = result.state
                entries.append(RecordedCall.Entry(input: step, effects: result.effects))
            } catch {
                if case .invalidValue = error, case .capture = step {
                    entries.append(RecordedCall.Entry(input: step, effects: [], refusal: error))
                } else {
                    dropped = (i, error.description)
                    return
                }
            }
        }
    }

    /// What the screen shows now.
    public var prompt: Prompt { Stepper.prompt(state, context) }

    /// The call so far as a script test.
    public func recorded(name: String) -> RecordedCall {
        RecordedCall(
            name: name, agent: context.agent, contact: context.contact.fields, start: start.effects, entries: entries)
    }
}
