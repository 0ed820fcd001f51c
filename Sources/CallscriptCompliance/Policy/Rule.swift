import CallscriptDiagnostics
import CallscriptMachine

/// One rule of a policy: a stable ID, a severity, the check with its parameters, and the
/// documentation `callscript explain` prints.
public struct Rule: Hashable, Sendable {
    /// The rule ID as it appears in diagnostics, SARIF and docs, e.g. `NL-OPTOUT-AT-END`.
    public var id: String
    public var severity: Severity
    /// What is checked and with which parameters.
    public var check: RuleCheck
    public var documentation: RuleDocumentation

    public init(id: String, severity: Severity, check: RuleCheck, documentation: RuleDocumentation) {
        self.id = id
        self.severity = severity
        self.check = check
        self.documentation = documentation
    }
}

/// The kinds of check the verifier knows, each with its parameters. A policy is a list of
/// these; the verifier turns each path check into a small automaton and proves it on every
/// path of the machine, so a new policy needs no new verifier code unless it needs a new kind.
public enum RuleCheck: Hashable, Sendable {
    /// The first spoken statement on every path from `start` has this role.
    case firstSpoken(Role)
    /// Every `identify` names the company and, when `includingPrincipal` and a principal is
    /// declared, the principal (as a placeholder or literally).
    case identifyNamesParties(includingPrincipal: Bool)
    /// On every path from `start`, `question` comes after a statement with role `after` and
    /// before any statement whose role is in `gated`.
    case questionBefore(question: Role, after: Role, gated: Set<Role>)
    /// On every path (from `start` and from each handler, handlers starting at any moment), once
    /// an answer of a class in `answers` was given to a `question`, no role in `forbidden` follows.
    case noneAfterAnswer(question: Role, answers: Set<AnswerClass>, forbidden: Set<Role>)
    /// Every agent-ended path that spoke passes a role in `notices` after its last role in
    /// `owedAfter` (a terminal in `notices` counts). Paths through a handler of an event in
    /// `exemptEvents` owe nothing. Handlers may start at any moment.
    case noticeBeforeEnd(notices: Set<Role>, owedAfter: Set<Role>, exemptEvents: Set<CallEvent>)
    /// A handler for `event` exists and every path through it keeps `obligations`.
    case handler(event: CallEvent, obligations: HandlerObligations)
    /// On every path from `start`, `disclosure` comes before any role in `gated`.
    case discloseBefore(disclosure: Disclosure, gated: Set<Role>)
    /// The header's caller ID is a dialable E.164 number.
    case callerID(CallerIDRule)
    /// `audience customers N months` has N at most `maxMonths`.
    case customerTerm(maxMonths: Int)
    /// From `from` on, `audience customers` is allowed only for `exemptSectors`.
    case customerException(from: CalendarDate, exemptSectors: Set<String>)
    /// No statement with a role in the rule's `roles` uses the rule's sales wording.
    case salesWording(SalesWordingRule)

    /// True for checks that follow paths through the machine (and report a counterexample).
    public var isPathCheck: Bool {
        switch self {
        case .firstSpoken, .questionBefore, .noneAfterAnswer, .noticeBeforeEnd, .handler, .discloseBefore: true
        case .identifyNamesParties, .callerID, .customerTerm, .customerException, .salesWording: false
        }
    }

    /// True for checks whose findings a script may silence for one statement, with a reason
    /// (`# callscript: allow sales-wording "..."`): judgements about wording, not proofs.
    public var isSilenceable: Bool {
        if case .salesWording = self { return true }
        return false
    }
}

/// What every path through a handler must do.
public struct HandlerObligations: Hashable, Sendable {
    /// Roles every agent-ended path through the handler passes (e.g. `record objection`).
    public var required: Set<Role>
    /// Roles no path through the handler may reach.
    public var forbidden: Set<Role>
    /// No spoken statement may be reached (voicemail: leave no message).
    public var silent: Bool
    /// Every path can be ended by the agent: no state from which no terminal is reachable.
    public var agentEnded: Bool

    public init(required: Set<Role> = [], forbidden: Set<Role> = [], silent: Bool = false, agentEnded: Bool = false) {
        self.required = required
        self.forbidden = forbidden
        self.silent = silent
        self.agentEnded = agentEnded
    }

    /// Only the handler's existence is required.
    public static let existence = HandlerObligations()
}

/// A disclosure a policy requires before a pitch.
public enum Disclosure: Hashable, Sendable {
    /// An `identify` that names the company (the seller).
    case sellerIdentity
    /// A `disclose TOPIC "..."` statement with this topic (`purpose`, `goods`).
    case topic(String)
}

/// Parameters of the caller-ID check.
public struct CallerIDRule: Hashable, Sendable {
    /// Fewest digits including the country code.
    public var minDigits: Int
    /// Most digits including the country code (E.164 allows 15).
    public var maxDigits: Int
    /// Words that mean the number is withheld (compared case-insensitively).
    public var hiddenWords: Set<String>

    public init(minDigits: Int = 8, maxDigits: Int = 15, hiddenWords: Set<String> = CallerIDRule.defaultHiddenWords) {
        self.minDigits = minDigits
        self.maxDigits = maxDigits
        self.hiddenWords = hiddenWords
    }

    public static let defaultHiddenWords: Set<String> = [
        "", "anonymous", "anoniem", "hidden", "verborgen", "private", "prive", "privé", "unknown",
        "onbekend", "withheld", "restricted", "none",
    ]
}
