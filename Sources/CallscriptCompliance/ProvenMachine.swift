import CallscriptDiagnostics
import CallscriptMachine

/// A machine the verifier proved under its policy in this process, with the graph the proof
/// walked. Only `Verifier.prove` makes one, and only when no rule failed, so holding one is the
/// proof: the runner loads a script it has just compiled and proven without proving it again
/// or building its index again.
public struct ProvenMachine: Sendable {
    /// The graph of the machine, and through it the machine and its index.
    public let graph: MachineGraph
    public let policy: Policy
    /// The day dated rules were checked on.
    public let checkDate: CalendarDate
    /// What the proof reported besides errors (warnings); a proven machine has no error finding.
    public let warnings: [Diagnostic]

    public var machine: Machine { graph.index.machine }
    public var index: MachineIndex { graph.index }

    fileprivate init(graph: MachineGraph, policy: Policy, checkDate: CalendarDate, warnings: [Diagnostic]) {
        self.graph = graph
        self.policy = policy
        self.checkDate = checkDate
        self.warnings = warnings
    }
}

/// The verdict of one verification: every finding, and the proven machine when none is an error.
public struct Proof: Sendable {
    /// Every breach, in rule order (as `Verifier.verify` returns them).
    public let findings: [Diagnostic]
    /// Set when no finding is an error.
    public let proven: ProvenMachine?

    public var errors: [Diagnostic] { findings.filter { $0.severity == .error } }
}

extension Verifier {
    /// Proves `policy` on the machine of `graph` as of `date`; the graph is reused by the proof
    /// and handed on in the proven machine.
    public static func prove(_ graph: MachineGraph, policy: Policy, on date: CalendarDate) -> Proof {
        let findings = verify(graph, policy: policy, on: date)
        guard !findings.contains(where: { $0.severity == .error }) else {
            return Proof(findings: findings, proven: nil)
        }
        return Proof(
            findings: findings,
            proven: ProvenMachine(graph: graph, policy: policy, checkDate: date, warnings: findings))
    }
}
