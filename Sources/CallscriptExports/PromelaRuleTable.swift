import CallscriptCompliance
import CallscriptMachine

/// How one path rule is written into the Promela model: which generic property the model's
/// one process checks (`kind`) and that property's parameters, as numbers the model's rule
/// table holds. Docs/exports.md describes each kind; the model's comments repeat it.
public struct PromelaRuleEncoding: Hashable, Sendable {
    /// The generic properties the model knows, each written once in Promela.
    public enum Kind: Int, Hashable, Sendable, CaseIterable {
        /// Paths from `start`: the first spoken state has role `role`.
        case firstSpoken = 1
        /// Paths from `start`: `role` comes after `after` and before any role in `gated`.
        case questionBefore = 2
        /// Paths from `start` and every handler, handlers at any moment: after an answer of a
        /// class in `answers` to a `role` question, no role in `gated` is reached.
        case noneAfterAnswer = 3
        /// Paths from `start` and every handler, handlers at any moment: an agent-ended path that
        /// spoke passes a role in `gated` (the notices) after its last role in `owed`; entering
        /// a handler of an event in `events` ends the obligation.
        case noticeBeforeEnd = 4
        /// Paths from the handlers of `event` (the handler must exist): every role in `owed` is
        /// passed before a terminal, no role in `gated`, nothing spoken when `silent`, and no
        /// state from which no terminal can be reached when `agentEnded`. With `interrupts`,
        /// other handlers may start inside (not those of `events`, the handler's own event
        /// included) and the path continues through them.
        case handlerPaths = 5
        /// Paths from `start`: a disclosing state comes before any role in `gated`; `role` is the
        /// disclosure (`PromelaRuleEncoding.sellerIdentity` or a topic number).
        case discloseBefore = 6
    }

    public var kind: Kind
    public var role: Int = 0
    public var after: Int = 0
    /// Answer classes as a bit mask (yes 1, no 2, later 4).
    public var answers: Int = 0
    /// Roles as a bit mask (`1 << PromelaExport.roleNumber`).
    public var gated: Int = 0
    public var owed: Int = 0
    /// Events as a bit mask (`1 << PromelaExport.eventNumber`).
    public var events: Int = 0
    /// `handlerPaths`: the event whose handlers the paths start at.
    public var event: Int = 0
    public var silent: Bool = false
    public var agentEnded: Bool = false
    /// `handlerPaths`: other handlers may start inside the handler.
    public var interrupts: Bool = false

    /// The disclosure "an `identify` that names the company" for `discloseBefore`.
    public static let sellerIdentity = 0
}

/// The table that turns a policy rule into a Promela encoding: one entry per kind of check,
/// each reading the rule's parameters. A rule whose check no entry matches is reported as
/// "not modelled" (never guessed); a new rule of a kind already here needs no new code, and a
/// new kind of check needs one entry here and its property in `PromelaExport`.
public enum PromelaRuleTable {
    /// One entry: the encoding of the check, or nil when the entry does not apply to it.
    public typealias Entry = @Sendable (RuleCheck, _ topics: inout [String]) -> PromelaRuleEncoding?

    public static let entries: [Entry] = [
        { check, _ in
            guard case .firstSpoken(let role) = check else { return nil }
            return PromelaRuleEncoding(kind: .firstSpoken, role: PromelaExport.roleNumber(role))
        },
        { check, _ in
            guard case .questionBefore(let question, let after, let gated) = check else { return nil }
            return PromelaRuleEncoding(
                kind: .questionBefore, role: PromelaExport.roleNumber(question), after: PromelaExport.roleNumber(after),
                gated: PromelaExport.roleMask(gated))
        },
        { check, _ in
            guard case .noneAfterAnswer(let question, let answers, let forbidden) = check else { return nil }
            return PromelaRuleEncoding(
                kind: .noneAfterAnswer, role: PromelaExport.roleNumber(question),
                answers: answers.reduce(0) { $0 | PromelaExport.answerBit($1) },
                gated: PromelaExport.roleMask(forbidden))
        },
        { check, _ in
            guard case .noticeBeforeEnd(let notices, let owedAfter, let exempt) = check else { return nil }
            return PromelaRuleEncoding(
                kind: .noticeBeforeEnd, gated: PromelaExport.roleMask(notices), owed: PromelaExport.roleMask(owedAfter),
                events: exempt.reduce(0) { $0 | 1 << PromelaExport.eventNumber($1.rawValue) })
        },
        { check, _ in
            guard case .handler(let event, let obligations) = check,
                let inside = HandlerInterrupts(obligations)
            else { return nil }
            let own = 1 << PromelaExport.eventNumber(event.rawValue)
            return PromelaRuleEncoding(
                kind: .handlerPaths, gated: PromelaExport.roleMask(obligations.forbidden),
                owed: PromelaExport.roleMask(obligations.required),
                events: inside.notInside.reduce(own) { $0 | 1 << PromelaExport.eventNumber($1) },
                event: PromelaExport.eventNumber(event.rawValue), silent: obligations.silent,
                agentEnded: obligations.agentEnded, interrupts: inside.interruptible)
        },
        { check, topics in
            guard case .discloseBefore(let disclosure, let gated) = check else { return nil }
            let number: Int
            switch disclosure {
            case .sellerIdentity: number = PromelaRuleEncoding.sellerIdentity
            case .topic(let topic):
                if let i = topics.firstIndex(of: topic) {
                    number = i + 1
                } else {
                    topics.append(topic)
                    number = topics.count
                }
            }
            return PromelaRuleEncoding(kind: .discloseBefore, role: number, gated: PromelaExport.roleMask(gated))
        },
    ]

    /// The encoding of a rule's check, if the table has one.
    public static func encoding(of check: RuleCheck, topics: inout [String]) -> PromelaRuleEncoding? {
        for entry in entries { if let e = entry(check, &topics) { return e } }
        return nil
    }
}

/// Whether other handlers may start inside a handler, read from `HandlerObligations` by field
/// name: the fields `interruptible` and `notInside` (issue 14) may or may not be in this build,
/// and this entry must encode exactly what the verifier proves either way. Nil when the
/// obligations have a field this entry does not know: such a rule is not modelled.
struct HandlerInterrupts {
    var interruptible = false
    var notInside: [String] = []

    static let known: Set<String> = ["required", "forbidden", "silent", "agentEnded", "interruptible", "notInside"]

    init?(_ obligations: HandlerObligations) {
        for child in Mirror(reflecting: obligations).children {
            guard let label = child.label, Self.known.contains(label) else { return nil }
            if label == "interruptible" {
                guard let value = child.value as? Bool else { return nil }
                interruptible = value
            } else if label == "notInside" {
                guard let events = child.value as? Set<CallEvent> else { return nil }
                notInside = events.map(\.rawValue)
            }
        }
    }
}
