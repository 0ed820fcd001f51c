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
///
/// The properties read and write as plain values; they are stored compactly (`StateStorage`):
/// 128 bytes instead of 176, and no array of its own for the one `next` transition most states
/// have. A machine of 100,000 steps has hundreds of thousands of states, all alive while the
/// verifier runs, and they were the largest part of the peak memory of `check`.
public struct State: Hashable, Sendable {
    /// Stable ID: `step.n` (1-based statement number in the step) or `on-event.n` for handlers.
    public var id: String
    /// The step name, or `on objection` for a handler's states.
    public var step: String
    /// The text template to read aloud: `{name}` placeholders, literal braces doubled.
    public var text: String?
    /// The one of `field`, `purpose` and `topic` that is set (`detailKind` says which); a state
    /// with more than one keeps them in `exits` (`StateExtras`).
    var detail: String?
    /// The transitions, and everything a rare state needs besides.
    var exits: StateExits
    public var role: Role
    var detailKind: StateDetailKind
    /// The source range in 32-bit numbers (one that does not fit is kept in `exits`).
    var place: PackedRange

    /// The field a `capture` fills or a `callback at` reads.
    public var field: String? {
        get { exits.extras?.field ?? (detailKind == .field ? detail : nil) }
        set { repack(field: newValue, purpose: purpose, topic: topic, source: source) }
    }

    /// The consent purpose of `ask consent`.
    public var purpose: String? {
        get { exits.extras?.purpose ?? (detailKind == .purpose ? detail : nil) }
        set { repack(field: field, purpose: newValue, topic: topic, source: source) }
    }

    /// The topic of `disclose` (`purpose`, `goods`).
    public var topic: String? {
        get { exits.extras?.topic ?? (detailKind == .topic ? detail : nil) }
        set { repack(field: field, purpose: purpose, topic: newValue, source: source) }
    }

    /// Where the state goes next. Empty for terminal states.
    ///
    /// Reading it makes an array for a state with one `next` transition; a loop over many
    /// states reads `transitionCount` and `transition(at:)` instead.
    public var transitions: [Transition] {
        get { exits.transitions }
        set {
            let kept = (field, purpose, topic, source)
            (detail, detailKind, exits, place) = Self.pack(
                field: kept.0, purpose: kept.1, topic: kept.2, exits: StateExits(newValue), source: kept.3)
        }
    }

    /// How many transitions the state has.
    public var transitionCount: Int { exits.count }

    /// Transition `i` (`0 ..< transitionCount`), without making the array.
    public func transition(at i: Int) -> Transition { exits[i] }

    /// The target of transition `i`, without making the transition.
    public func target(ofTransition i: Int) -> String { exits.target(i) }

    /// Where the statement is in the source.
    public var source: SourceRange {
        get { exits.extras?.source ?? place.range }
        set { repack(field: field, purpose: purpose, topic: topic, source: newValue) }
    }

    private mutating func repack(field: String?, purpose: String?, topic: String?, source: SourceRange) {
        let kept = exits.extras.map { StateExits($0.transitions) } ?? exits
        (detail, detailKind, exits, place) = Self.pack(
            field: field, purpose: purpose, topic: topic, exits: kept, source: source)
    }

    /// The stored form of the properties, always the same for the same values (so the
    /// synthesized `==` and `hash` agree with the properties'): at most one of field, purpose
    /// and topic and a range in 32 bits in place, anything else in a `StateExtras` box.
    private static func pack(
        field: String?, purpose: String?, topic: String?, exits: StateExits, source: SourceRange
    ) -> (String?, StateDetailKind, StateExits, PackedRange) {
        let details = (field == nil ? 0 : 1) + (purpose == nil ? 0 : 1) + (topic == nil ? 0 : 1)
        if details <= 1, let place = PackedRange(source) {
            if let field { return (field, .field, exits, place) }
            if let purpose { return (purpose, .purpose, exits, place) }
            if let topic { return (topic, .topic, exits, place) }
            return (nil, .none, exits, place)
        }
        let extras = StateExtras(
            field: field, purpose: purpose, topic: topic, transitions: exits.transitions, source: source)
        return (nil, .none, .extras(extras), .empty)
    }
}

// The initializers are in an extension so that they can delegate to the memberwise one:
// an initializer that assigns `self`'s properties one by one built the state on the stack,
// then copied it out and destroyed the first (a copy and a destroy of every state, about 2%
// of `check`); the memberwise initializer writes the result in place.
extension State {
    public init(
        id: String, step: String, role: Role, text: String? = nil, field: String? = nil,
        purpose: String? = nil, topic: String? = nil, transitions: [Transition], source: SourceRange
    ) {
        let (detail, detailKind, exits, place) = Self.pack(
            field: field, purpose: purpose, topic: topic, exits: StateExits(transitions), source: source)
        self.init(
            id: id, step: step, text: text, detail: detail, exits: exits, role: role, detailKind: detailKind,
            place: place)
    }

    /// A state whose only transition is `next` to `next`: what a statement compiles to. The
    /// same state as `transitions: [.next(next)]`, without making that array.
    public init(
        id: String, step: String, role: Role, text: String? = nil, field: String? = nil,
        purpose: String? = nil, topic: String? = nil, next: String, source: SourceRange
    ) {
        let (detail, detailKind, exits, place) = Self.pack(
            field: field, purpose: purpose, topic: topic, exits: .next(next), source: source)
        self.init(
            id: id, step: step, text: text, detail: detail, exits: exits, role: role, detailKind: detailKind,
            place: place)
    }
}

extension State: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, step, role, text, field, purpose, topic, transitions, source
    }

    /// The keys the synthesized conformance had: optional values are left out when nil.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), step: try c.decode(String.self, forKey: .step),
            role: try c.decode(Role.self, forKey: .role), text: try c.decodeIfPresent(String.self, forKey: .text),
            field: try c.decodeIfPresent(String.self, forKey: .field),
            purpose: try c.decodeIfPresent(String.self, forKey: .purpose),
            topic: try c.decodeIfPresent(String.self, forKey: .topic),
            transitions: try c.decode([Transition].self, forKey: .transitions),
            source: try c.decode(SourceRange.self, forKey: .source))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(step, forKey: .step)
        try c.encode(role, forKey: .role)
        try c.encodeIfPresent(text, forKey: .text)
        try c.encodeIfPresent(field, forKey: .field)
        try c.encodeIfPresent(purpose, forKey: .purpose)
        try c.encodeIfPresent(topic, forKey: .topic)
        try c.encode(transitions, forKey: .transitions)
        try c.encode(source, forKey: .source)
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
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Continue with the next statement (or the step jumped to).
        case next
        /// The person gave this answer.
        case answer
        /// This `if` condition held (conditions are tried in order).
        case condition
        /// No condition held: the `else` branch.
        case otherwise = "else"
    }

    // Stored in this order so the two one-byte members share a word: 48 bytes, not 56.
    /// The answer as read to the agent (for `answer`).
    public var label: String?
    public var target: String
    /// For `condition`.
    public var condition: Condition?
    public var kind: Kind
    /// For answers of `ask convenient` and `ask consent`.
    public var answerClass: AnswerClass?

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

// In an extension to delegate to the memberwise initializer, as `State`'s do (an initializer
// assigning an optional enum member by member copied the whole value once more).
extension Transition {
    public init(
        kind: Kind, label: String? = nil, answerClass: AnswerClass? = nil, condition: Condition? = nil,
        target: String
    ) {
        self.init(label: label, target: target, condition: condition, kind: kind, answerClass: answerClass)
    }
}
