import CallscriptMachine

/// Something the agent does.
public enum SessionInput: Hashable, Sendable {
    /// The line was read; go on.
    case `continue`
    /// The person gave the answer at this position of the question's answers (0-based).
    case answer(Int)
    /// The agent entered this value for the capture on screen.
    case capture(String)
    /// An event happened (may be raised in any phase until the call ends).
    case event(CallEvent)
}

/// Why an input was not accepted. Nothing changed; the agent can try again.
public enum InputRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The call has ended; no more input is possible.
    case callEnded
    /// The input does not fit the phase (`continue` while a question waits, ...).
    case wrongInput(expected: String)
    case noSuchAnswer(Int, count: Int)
    /// The captured value is not of the field's type.
    case invalidValue(field: String, reason: String)
    /// The event cannot apply once the objection, minor or voicemail handler has started.
    case eventNotApplicable(event: CallEvent, handler: CallEvent)

    public var description: String {
        switch self {
        case .callEnded: "the call has ended"
        case .wrongInput(let expected): "this is not possible now: \(expected)"
        case .noSuchAnswer(let i, let count): "there is no answer \(i + 1); choose 1 to \(count)"
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .eventNotApplicable: diagnostic.map { "\($0.message) [\($0.code)]" } ?? "this event cannot apply now"
        }
    }
}

/// What a step did, in order; the session performs them (records first, then the audit
/// trail) before it shows the next state.
public enum Effect: Hashable, Sendable {
    /// A line appeared on screen with this exact text.
    case shown(state: String, role: Role, text: String)
    case continued(state: String)
    case answered(state: String, index: Int, label: String, answerClass: AnswerClass?)
    case captured(state: String, field: String, value: String)
    /// The call passed a branch without waiting: `choice` is the transition taken (the first
    /// condition that held, or `else`); nil when none held and the call ended there. Reported
    /// so that hosts see every state a step went through (script-test coverage reads it).
    case branched(state: String, choice: Int?)
    /// `handled` is false when the script has no handler for it.
    case event(CallEvent, handled: Bool, during: String?)
    /// Add the person's number to the objection list, durably, before moving on.
    case recordObjection(state: String?)
    /// The person said yes to `ask consent`.
    case recordConsent(state: String, purpose: String)
    case planCallback(state: String, at: LocalDateTime?)
    case ended(Outcome)
}
