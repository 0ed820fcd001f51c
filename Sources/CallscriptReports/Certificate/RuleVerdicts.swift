import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine

/// What the verifier concluded about one rule for one compiled script.
public enum RuleVerdict: String, Sendable, Hashable, Codable {
    /// No finding: the rule holds on every path (or the header/content check passed).
    case proven
    /// At least one error finding: the script breaks the rule.
    case broken
    /// Only warning findings: the rule's advice is not followed, which does not block.
    case warning
    /// Every finding was silenced on its line with a reason (`# callscript: allow ...`).
    case silenced
    /// Not checked statically: the runner enforces it around each call (a run-time gate).
    case enforcedAtRunTime = "enforced-at-run-time"
}

/// One rule's verdict with the findings behind it.
public struct RuleOutcome: Sendable, Hashable {
    /// The rule ID (`NL-OPTOUT-AT-END`) or run-time gate ID.
    public var id: String
    /// The rule's severity (`error`, `warning`), nil for a run-time gate.
    public var severity: Severity?
    public var documentation: RuleDocumentation
    public var verdict: RuleVerdict
    /// True when the rule's outcome depends on the day it is checked for (a rule with a start date).
    public var dated: Bool
    /// The compiler's findings for this rule, in output order.
    public var findings: [Diagnostic]
    /// Findings silenced on their line, with the reason written there.
    public var silenced: [SilencedFinding] = []
}

/// Per-rule verdicts from a compilation: the policy's rules iterated generically, so a rule a
/// policy gains shows up in certificates and diffs without code here.
public enum RuleVerdicts {
    /// The policy a compiled machine is checked against (its header's, or the default).
    public static func policy(of machine: Machine) -> Policy? {
        Policies.named(machine.script.policy.isEmpty ? Policies.defaultID : machine.script.policy)
    }

    /// Every rule of `policy`, then every run-time gate, with the findings `diagnostics` hold for it.
    public static func outcomes(
        policy: Policy, diagnostics: [Diagnostic], silenced: [SilencedFinding] = []
    ) -> [RuleOutcome] {
        var byCode: [String: [Diagnostic]] = [:]
        for d in diagnostics { byCode[d.code.uppercased(), default: []].append(d) }
        var silencedByCode: [String: [SilencedFinding]] = [:]
        for s in silenced { silencedByCode[s.finding.code.uppercased(), default: []].append(s) }
        let rules = policy.rules.map { rule -> RuleOutcome in
            let findings = byCode[rule.id.uppercased()] ?? []
            let quiet = silencedByCode[rule.id.uppercased()] ?? []
            let verdict: RuleVerdict =
                findings.contains { $0.severity == .error }
                ? .broken : !findings.isEmpty ? .warning : quiet.isEmpty ? .proven : .silenced
            return RuleOutcome(
                id: rule.id, severity: rule.severity, documentation: rule.documentation, verdict: verdict,
                dated: isDated(rule), findings: findings, silenced: quiet)
        }
        let gates = policy.gates.map {
            RuleOutcome(
                id: $0.id, severity: nil, documentation: $0.documentation, verdict: .enforcedAtRunTime, dated: false,
                findings: [])
        }
        return rules + gates
    }

    /// Rules whose verdict depends on the check date. Only a rule that carries a start date is dated.
    static func isDated(_ rule: Rule) -> Bool {
        if case .customerException = rule.check { return true }
        return false
    }
}
