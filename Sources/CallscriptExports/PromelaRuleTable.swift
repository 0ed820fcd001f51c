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
        /// Paths from `start`: every disclosure in `owed` comes before any role in `gated`; `owed`
        /// is a mask of disclosures (bit `PromelaRuleEncoding.sellerIdentity`, bit t for topic t).
        /// With `recordingHeader`, a machine whose header does not say `recording` breaks the rule;
        /// with `ifPresent`, a machine without any `disclose` of those topics owes nothing.
        case discloseBefore = 6
        /// Paths from `start` and every handler (no handler starts mid-call): once an answer of a
        /// class in `answers` was given to a `role` question, a state with a role in `owed` (and,
        /// when `topic` is not 0, that disclose topic) comes before a terminal.
        case answerObliges = 7
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
    /// `answerObliges`: the topic number the obliged `disclose` has (0: any state of the role).
    public var topic: Int = 0
    /// `discloseBefore`: the machine's header must say `recording`.
    public var recordingHeader: Bool = false
    /// `discloseBefore`: only machines with a `disclose` of one of the topics owe the disclosure.
    public var ifPresent: Bool = false

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
            guard case .handler(let event, let obligations) = check else { return nil }
            let own = 1 << PromelaExport.eventNumber(event.rawValue)
            return PromelaRuleEncoding(
                kind: .handlerPaths, gated: PromelaExport.roleMask(obligations.forbidden),
                owed: PromelaExport.roleMask(obligations.required),
                events: obligations.notInside.reduce(own) { $0 | 1 << PromelaExport.eventNumber($1.rawValue) },
                event: PromelaExport.eventNumber(event.rawValue), silent: obligations.silent,
                agentEnded: obligations.agentEnded, interrupts: obligations.interruptible)
        },
        { check, topics in
            guard case .discloseBefore(let disclosure, let gated) = check else { return nil }
            return discloseBefore([disclosure], gated, &topics)
        },
        { check, topics in
            guard case .disclosuresBefore(let list, let gated) = check else { return nil }
            return discloseBefore(list.map { .topic($0) }, gated, &topics)
        },
        { check, topics in
            guard case .recordingNotice(let gated) = check else { return nil }
            var e = discloseBefore([.topic("recording")], gated, &topics)
            e.recordingHeader = true
            return e
        },
        { check, topics in
            guard case .promotionDisclosure(let topic, let gated) = check else { return nil }
            var e = discloseBefore([.topic(topic)], gated, &topics)
            e.ifPresent = true
            return e
        },
        { check, topics in
            guard case .answerObliges(let question, let answer, let obligation, let topic) = check else { return nil }
            return PromelaRuleEncoding(
                kind: .answerObliges, role: PromelaExport.roleNumber(question),
                answers: PromelaExport.answerBit(answer),
                owed: PromelaExport.roleMask([obligation]), topic: topic.map { number(of: $0, &topics) } ?? 0)
        },
    ]

    /// The encoding of a rule's check, if the table has one.
    public static func encoding(of check: RuleCheck, topics: inout [String]) -> PromelaRuleEncoding? {
        for entry in entries { if let e = entry(check, &topics) { return e } }
        return nil
    }

    /// The number of a disclosure topic in the model (1, 2, ...), adding it when new.
    static func number(of topic: String, _ topics: inout [String]) -> Int {
        if let i = topics.firstIndex(of: topic) { return i + 1 }
        topics.append(topic)
        return topics.count
    }

    /// Disclosures owed before `gated`, as one mask: one automaton, as the verifier's checks
    /// of the topics one by one break on the same paths (a path breaks one iff it reaches a
    /// gated role before all of them).
    static func discloseBefore(_ list: [Disclosure], _ gated: Set<Role>, _ topics: inout [String])
        -> PromelaRuleEncoding
    {
        let mask = list.reduce(0) { mask, disclosure in
            switch disclosure {
            case .sellerIdentity: mask | 1 << PromelaRuleEncoding.sellerIdentity
            case .topic(let topic): mask | 1 << number(of: topic, &topics)
            }
        }
        return PromelaRuleEncoding(kind: .discloseBefore, gated: PromelaExport.roleMask(gated), owed: mask)
    }
}
