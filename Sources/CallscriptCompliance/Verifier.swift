import CallscriptDiagnostics
import CallscriptMachine

/// Proves a policy's rules on every path of a compiled machine.
///
/// Works on the machine, not the syntax tree, so the runner can re-verify a machine before it
/// runs it. Each path rule is a small automaton; a breadth-first search over the product of the
/// machine with the automaton gives the verdict and a shortest counterexample in time linear in
/// (machine states + transitions + handlers) × automaton states. Paths are never enumerated.
public enum Verifier {
    /// Every breach of `policy` in `machine`, checked as of `date` (for dated rules), in rule
    /// order; within a rule, shortest counterexample first. At most 25 findings per rule.
    public static func verify(_ machine: Machine, policy: Policy, on date: CalendarDate) -> [Diagnostic] {
        verify(MachineGraph(machine), policy: policy, on: date)
    }

    /// The same on a graph already built (a loader that validated it, a compiler that keeps it).
    public static func verify(_ graph: MachineGraph, policy: Policy, on date: CalendarDate) -> [Diagnostic] {
        // The rules read the graph and nothing else: on two cores the sales-wording rule (the
        // costliest, reading every text) runs beside the path rules.
        let rules = policy.rules
        return ParallelMap.map(rules.count) { check(rules[$0], graph: graph, on: date) }.flatMap { $0 }
    }

    /// Verifies against the policy the machine's header names; an unknown name is one error that
    /// lists the known policies.
    public static func verify(_ machine: Machine, on date: CalendarDate) -> [Diagnostic] {
        let name = machine.script.policy.isEmpty ? Policies.defaultID : machine.script.policy
        guard let policy = Policies.named(name) else {
            return [Policies.unknownPolicyDiagnostic(name, at: HeaderChecks.location("policy", in: machine))]
        }
        return verify(machine, policy: policy, on: date)
    }

    /// The findings of one rule.
    static func check(_ rule: Rule, graph: MachineGraph, on date: CalendarDate) -> [Diagnostic] {
        let machine = graph.index.machine
        switch rule.check {
        case .firstSpoken(let role):
            return run(FirstSpoken(graph: graph, wanted: role), rule, graph)
        case .questionBefore(let question, let after, let gated):
            return run(QuestionBefore(graph: graph, question: question, after: after, gated: gated), rule, graph)
        case .noneAfterAnswer(let question, let answers, let forbidden):
            return run(
                NoneAfterAnswer(graph: graph, question: question, answers: answers, forbidden: forbidden), rule, graph)
        case .noticeBeforeEnd(let notices, let owedAfter, let exemptEvents):
            return run(
                NoticeBeforeEnd(graph: graph, notices: notices, owedAfter: owedAfter, exemptEvents: exemptEvents),
                rule, graph)
        case .handler(let event, let obligations):
            if let missing = HeaderChecks.missingHandler(rule, event: event, machine) { return [missing] }
            return run(HandlerPaths(graph: graph, event: event.rawValue, obligations: obligations), rule, graph)
        case .discloseBefore(let disclosure, let gated):
            return run(DiscloseBefore(graph: graph, disclosure: disclosure, gated: gated), rule, graph)
        case .disclosuresBefore(let topics, let gated):
            return topics.flatMap {
                run(DiscloseBefore(graph: graph, disclosure: .topic($0), gated: gated), rule, graph)
            }
        case .identifyNamesAgent:
            return HeaderChecks.identifyAgent(rule, machine, roles: graph.roles)
        case .answerObliges(let question, let answer, let obligation, let topic):
            return run(
                AnswerObliges(graph: graph, question: question, answer: answer, obligation: obligation, topic: topic),
                rule, graph)
        case .recordingNotice(let gated):
            if let missing = HeaderChecks.missingRecording(rule, machine) { return [missing] }
            return run(DiscloseBefore(graph: graph, disclosure: .topic("recording"), gated: gated), rule, graph)
        case .promotionDisclosure(let topic, let gated):
            let roles = graph.roles
            guard roles.indices.contains(where: { roles[$0] == .disclose && machine.states[$0].topic == topic })
            else { return [] }
            return run(DiscloseBefore(graph: graph, disclosure: .topic(topic), gated: gated), rule, graph)
        case .identifyNamesParties(let includingPrincipal):
            return HeaderChecks.identifyContent(
                rule, includingPrincipal: includingPrincipal, machine, roles: graph.roles)
        case .callerID(let params):
            return CallerIDCheck.check(rule, params, machine)
        case .customerTerm(let maxMonths):
            return HeaderChecks.customerTerm(rule, maxMonths: maxMonths, machine)
        case .customerException(let from, let sectors):
            return HeaderChecks.customerException(rule, from: from, exemptSectors: sectors, machine, on: date)
        case .salesWording(let params):
            return SalesWordingCheck.check(rule, params, machine, roles: graph.roles)
        }
    }

    private static func run<P: PathProperty>(_ property: P, _ rule: Rule, _ graph: MachineGraph) -> [Diagnostic] {
        ProductSearch.run(property, on: graph).map { finding in
            let (message, help) = property.describe(violation: finding.violation, path: finding.path)
            return Counterexample.diagnostic(rule: rule, finding: finding, message: message, help: help, graph: graph)
        }
    }
}
