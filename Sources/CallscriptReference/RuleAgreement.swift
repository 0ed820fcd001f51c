import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine

/// Compares the verifier with the brute-force `ReferenceChecker` on one machine at a time,
/// for every path rule: the same verdict per rule, the same violating statements, the same
/// shortest lengths, and every counterexample replays on the machine to a state where the
/// reference sees the breach. Collects disagreements and how often each rule was broken
/// and kept, so a test can make sure it did not pass vacuously.
public struct RuleAgreement: Sendable {
    /// The date the policies are checked as of (after the rules' July 2026 cutoff).
    public static let date = CalendarDate(year: 2026, month: 7, day: 1)
    public static let maxLength = 8
    /// Rules whose paths may start a handler after every statement branch far more; their
    /// paths are enumerated to a shorter length to keep the tests fast.
    public static let maxLengthWithInterrupts = 6
    /// Each automaton has at most 3 live states, so a shortest counterexample visits no
    /// machine state more than 3 times: unrolling loops 3 times loses nothing.
    public static let maxVisits = 3

    public static let pathRules: [Rule] = [NLTelemarketing.policy, USTSR.policy].flatMap { policy in
        policy.rules.filter { $0.check.isPathCheck && $0.id != "NL-COMPLAINT" && $0.id != "NL-DATA-SOURCE" }
    }

    public var disagreements: [String] = []
    /// Findings per rule, over all machines.
    public var findings: [String: Int] = [:]
    /// Machines on which the reference saw the rule broken within its bound (a missing handler
    /// does not count).
    public var brokenOn: [String: Int] = [:]
    /// Machines on which the verifier proved the rule (a missing handler does not count).
    public var keptOn: [String: Int] = [:]

    public init() {}

    /// Verifies `machine` against both shipped policies and compares every path rule with the
    /// reference; `label` names the machine in disagreement messages.
    public mutating func compare(_ machine: Machine, label: String, namesSeller: Set<String>) {
        let reference = ReferenceChecker(
            machine, maxLength: Self.maxLength, maxVisits: Self.maxVisits, namesSeller: namesSeller)
        let shortReference = ReferenceChecker(
            machine, maxLength: Self.maxLengthWithInterrupts, maxVisits: Self.maxVisits, namesSeller: namesSeller)
        let all =
            Verifier.verify(machine, policy: NLTelemarketing.policy, on: Self.date)
            + Verifier.verify(machine, policy: USTSR.policy, on: Self.date)
        for rule in Self.pathRules {
            let found = all.filter { $0.code == rule.id }
            findings[rule.id, default: 0] += found.count
            if case .handler(let event, _) = rule.check,
                !machine.handlers.contains(where: { $0.event == event.rawValue })
            {
                if found.map(\.message) != ["missing 'on \(event.rawValue)' handler"] {
                    disagreements.append("\(label) \(rule.id): expected a missing-handler finding")
                }
                continue
            }
            let bounded = reference.scope(rule.id).interrupts ? shortReference : reference
            let expected = bounded.violations(rule.id)
            if !expected.isEmpty { brokenOn[rule.id, default: 0] += 1 }
            if found.isEmpty { keptOn[rule.id, default: 0] += 1 }
            var actual: [String: Int] = [:]
            for d in found {
                guard let path = d.path, let last = path.steps.last else {
                    disagreements.append("\(label) \(rule.id): finding without a path")
                    continue
                }
                actual[last.state] = min(actual[last.state] ?? Int.max, path.steps.count)
                if let problem = Self.replay(path, rule.id, reference, range: d.range) {
                    disagreements.append("\(label) \(rule.id): \(problem): \(path.summary)")
                }
            }
            let shortEnough = actual.filter { $0.value <= bounded.maxLength }
            if shortEnough != expected {
                disagreements.append(
                    "\(label) \(rule.id): verifier \(shortEnough.sorted { $0.key < $1.key }) reference \(expected.sorted { $0.key < $1.key })"
                )
            }
        }
    }

    /// Replays a counterexample by transition index; nil if it reaches a first breach at its end.
    static func replay(_ path: ConversationPath, _ rule: String, _ reference: ReferenceChecker, range: SourceRange)
        -> String?
    {
        let machine = reference.machine
        let (roots, interrupts) = reference.scope(rule)
        guard let first = path.steps.first, let start = reference.index(first.state),
            roots.contains(where: { $0.entry == path.entry && $0.state == start })
        else { return "does not start at a root" }
        var concrete = ReferenceChecker.Path(entry: path.entry, states: [start])
        if reference.breaks(rule, concrete), path.steps.count > 1 { return "breaks before its end" }
        for (i, step) in path.steps.enumerated().dropLast() {
            guard let q = reference.index(step.state), concrete.states.last == q else {
                return "state mismatch at step \(i + 1)"
            }
            let next: Int
            if let t = step.transition {
                guard t < machine.states[q].transitions.count,
                    let target = reference.index(machine.states[q].transitions[t].target),
                    target == reference.index(path.steps[i + 1].state)
                else { return "transition \(t) of \(step.state) does not lead to \(path.steps[i + 1].state)" }
                concrete.exits.append(.transition(t))
                next = target
            } else {
                guard interrupts, !machine.states[q].role.isTerminal,
                    let handler = machine.handlers.first(where: {
                        $0.entry == path.steps[i + 1].state && step.choice == "on \($0.event)"
                    }),
                    !reference.excluded(rule).contains(handler.event),
                    step.choice == "on \(handler.event)", let entry = reference.index(handler.entry)
                else { return "bad handler start at step \(i + 1)" }
                concrete.exits.append(.handler(handler.event))
                next = entry
            }
            concrete.states.append(next)
            let isLast = i + 1 == path.steps.count - 1
            if reference.breaks(rule, concrete) != isLast {
                return isLast ? "no breach at the end" : "breaks before its end"
            }
        }
        if path.steps.count == 1, !reference.breaks(rule, concrete) { return "no breach at the end" }
        guard let last = concrete.states.last, machine.states[last].source == range else {
            return "range is not the last state"
        }
        return nil
    }
}
