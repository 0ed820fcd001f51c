import CallscriptMachine

/// Where a call is: the explicit state the host reads and the step function advances.
public enum Phase: Hashable, Sendable {
    /// A line is on screen; the agent reads it and continues.
    case showingLine(state: String)
    /// A question is on screen; the agent picks the person's answer.
    case awaitingAnswer(state: String)
    /// A typed value must be entered.
    case awaitingCapture(state: String)
    case ended(Outcome)

    /// The machine state shown, nil once ended.
    public var stateID: String? {
        switch self {
        case .showingLine(let s), .awaitingAnswer(let s), .awaitingCapture(let s): s
        case .ended: nil
        }
    }
}

/// How a call ended.
public struct Outcome: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// `end`: the agent closed the call.
        case end
        /// `hangup`, or voicemail without a handler: the agent hung up without a word.
        case hangup
        /// `callback at`: a callback was planned.
        case callback
        /// `transfer optout`: the person was put through to the opt-out line.
        case transferOptout = "transfer-optout"
        /// The person hung up.
        case personHungUp = "person-hung-up"
        /// An objection was raised and the script has no handler: recorded, call ended.
        case objection
        /// The person seems to be a minor and the script has no handler: call ended.
        case minor
    }

    public var kind: Kind
    /// The terminal state reached, nil when an event ended the call.
    public var state: String?
    /// For `callback`: the agreed time, if it was captured.
    public var callbackAt: LocalDateTime?

    public init(kind: Kind, state: String? = nil, callbackAt: LocalDateTime? = nil) {
        self.kind = kind
        self.state = state
        self.callbackAt = callbackAt
    }
}

/// Everything the step function needs to continue a call, keyed by stable state IDs and
/// field names (never positions), so it can be saved and restored onto the same machine.
public struct SessionState: Hashable, Sendable {
    /// The digest of the machine this state belongs to; restoring onto another is refused.
    public var machineDigest: String
    public var phase: Phase
    /// Captured values in canonical text, by field name.
    public var captures: [String: String]
    /// The event whose handler is running, if any.
    public var handler: String?
    /// An objection was recorded during this call.
    public var objectionRecorded: Bool
    /// Inputs accepted so far (continues, answers, captures, events).
    public var inputs: Int

    public init(
        machineDigest: String, phase: Phase, captures: [String: String] = [:], handler: String? = nil,
        objectionRecorded: Bool = false, inputs: Int = 0
    ) {
        self.machineDigest = machineDigest
        self.phase = phase
        self.captures = captures
        self.handler = handler
        self.objectionRecorded = objectionRecorded
        self.inputs = inputs
    }

    public var isEnded: Bool { if case .ended = phase { true } else { false } }
}
