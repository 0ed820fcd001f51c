import CallscriptDiagnostics

/// What a state does in the conversation. Compliance rules are written in terms of roles.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    case say
    case identify
    case pitch
    case optout
    /// A required disclosure (`disclose purpose`, `disclose goods`); `topic` says which.
    case disclose
    case capture
    case recordObjection = "record-objection"
    case ask
    case askConvenient = "ask-convenient"
    case askConsent = "ask-consent"
    /// `ask optout`: the opt-out offer as a yes/no question; its answer is recorded.
    case askOptout = "ask-optout"
    /// `ask sale`: whether the person wants the offer; a yes is never a contract.
    case askSale = "ask-sale"
    /// A silent choice between `if` conditions and `else`.
    case branch
    case end
    case hangup
    case callback
    case transferOptout = "transfer-optout"

    /// The agent says something aloud in this state.
    public var isSpoken: Bool {
        switch self {
        case .say, .identify, .pitch, .optout, .disclose, .capture, .ask, .askConvenient, .askConsent,
            .askOptout, .askSale, .transferOptout:
            true
        case .recordObjection, .branch, .end, .hangup, .callback:
            false
        }
    }

    /// The call ends in this state (the path is agent-ended).
    public var isTerminal: Bool {
        switch self {
        case .end, .hangup, .callback, .transferOptout: true
        default: false
        }
    }

    /// A question: the person's answer picks the transition.
    public var isQuestion: Bool {
        switch self {
        case .ask, .askConvenient, .askConsent, .askOptout, .askSale: true
        default: false
        }
    }
}

/// One state of the machine: one statement of the script.
public struct State: Hashable, Sendable, Codable {
    /// Stable ID: `step.n` (1-based statement number in the step) or `on-event.n` for handlers.
    public var id: String
    /// The step name, or `on objection` for a handler's states.
    public var step: String
    public var role: Role
    /// The text template to read aloud: `{name}` placeholders, literal braces doubled.
    public var text: String?
    /// The field a `capture` fills or a `callback at` reads.
    public var field: String?
    /// The consent purpose of `ask consent`.
    public var purpose: String?
    /// The topic of `disclose` (`purpose`, `goods`).
    public var topic: String?
    /// Where the state goes next. Empty for terminal states.
    public var transitions: [Transition]
    /// Where the statement is in the source.
    public var source: SourceRange

    public init(
        id: String, step: String, role: Role, text: String? = nil, field: String? = nil,
        purpose: String? = nil, topic: String? = nil, transitions: [Transition], source: SourceRange
    ) {
        self.id = id
        self.step = step
        self.role = role
        self.text = text
        self.field = field
        self.purpose = purpose
        self.topic = topic
        self.transitions = transitions
        self.source = source
    }
}

/// The class of an answer to `ask convenient` (yes, no, later) or `ask consent`, `ask optout`
/// and `ask sale` (yes, no).
public enum AnswerClass: String, Hashable, Sendable, Codable, CaseIterable {
    case yes
    case no
    case later
}

/// A way out of a state.
public struct Transition: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Continue with the next statement (or the step jumped to).
        case next
        /// The person gave this answer.
        case answer
        /// This `if` condition held (conditions are tried in order).
        case condition
        /// No condition held: the `else` branch.
        case otherwise = "else"
    }

    public var kind: Kind
    /// The answer as read to the agent (for `answer`).
    public var label: String?
    /// For answers of `ask convenient` and `ask consent`.
    public var answerClass: AnswerClass?
    /// For `condition`.
    public var condition: Condition?
    public var target: String

    public init(
        kind: Kind, label: String? = nil, answerClass: AnswerClass? = nil, condition: Condition? = nil,
        target: String
    ) {
        self.kind = kind
        self.label = label
        self.answerClass = answerClass
        self.condition = condition
        self.target = target
    }

    public static func next(_ target: String) -> Transition { Transition(kind: .next, target: target) }

    /// How a path shows this choice: `"Ja"`, `if interest == low`, `else`; nil for `next`.
    public var choiceDescription: String? {
        switch kind {
        case .next: nil
        case .answer: "\"\(label ?? "")\""
        case .condition: "if \(condition?.description ?? "?")"
        case .otherwise: "else"
        }
    }
}
