import CallscriptDiagnostics
import CallscriptMachine

/// Proves a policy's rules on every path of a machine. (API placeholder until the verifier lands.)
public enum Verifier {
    /// Every breach of `policy` in `machine`, checked as of `date` (for dated rules).
    public static func verify(_ machine: Machine, policy: Policy, on date: CalendarDate) -> [Diagnostic] {
        []
    }
}

/// A compliance policy as data: its rules, their parameters, severities and documentation.
public struct Policy: Sendable, Hashable {
    public var id: String

    public init(id: String) { self.id = id }
}

/// The policies this build ships.
public enum Policies {
    public static let all: [Policy] = [Policy(id: "nl-telemarketing")]

    /// The policy with this name, if known.
    public static func named(_ id: String) -> Policy? { all.first { $0.id == id } }
}
