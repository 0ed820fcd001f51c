import CallscriptDiagnostics
import CallscriptMachine

/// A compliance policy as data: its rules with their parameters, severities and documentation,
/// plus the run-time data (calling hours, time zone, gates) the runner reads. The verifier is
/// generic over it; `Policies` lists the ones this build ships.
public struct Policy: Sendable, Hashable {
    /// The name a script selects with `policy "..."`, e.g. `nl-telemarketing`.
    public var id: String
    /// One line for listings, e.g. "Dutch telemarketing (Telecommunicatiewet 11.7, Code Telemarketing)".
    public var title: String
    /// The statically proved rules, in the order they are reported and documented.
    public var rules: [Rule]
    /// Checks the runner makes around a call (documented here, enforced there).
    public var gates: [RuntimeGate]
    public var callingHours: CallingHours
    public var timeZone: PolicyTimeZone
    /// Stricter hours and call limits of the callee's state (callee-time-zone policies).
    public var stateOverlays: [StateOverlay]
    /// The policy this one extends (`nl-energy` extends `nl-telemarketing`), if any.
    public var extends: String?
    /// IDs of the rules and gates taken over from the extended policy; they are documented there.
    public var inheritedIDs: Set<String> = []

    public init(
        id: String, title: String = "", rules: [Rule] = [], gates: [RuntimeGate] = [],
        callingHours: CallingHours = CallingHours(
            windows: [:], closedOnPublicHolidays: false, holidayCalendar: nil, agreedCallbacksExempt: false),
        timeZone: PolicyTimeZone = .callee, stateOverlays: [StateOverlay] = []
    ) {
        self.id = id
        self.title = title
        self.rules = rules
        self.gates = gates
        self.callingHours = callingHours
        self.timeZone = timeZone
        self.stateOverlays = stateOverlays
    }

    /// Policies compose: every rule and gate of `base` (with its data: hours, time zone),
    /// then `rules`. A rule of `base` whose ID is in `removing` is left out.
    public static func extending(
        _ base: Policy, id: String, title: String, adding rules: [Rule], removing: Set<String> = []
    ) -> Policy {
        var policy = Policy(
            id: id, title: title, rules: base.rules.filter { !removing.contains($0.id) } + rules, gates: base.gates,
            callingHours: base.callingHours, timeZone: base.timeZone, stateOverlays: base.stateOverlays)
        policy.extends = base.id
        policy.inheritedIDs = Set(base.rules.map(\.id) + base.gates.map(\.id))
        return policy
    }

    /// A copy without the rules with these IDs: how a deployment turns a rule off (such as
    /// `NL-IDENTIFY-AGENT` for a policy whose law does not ask for the caller's own name).
    public func removing(_ ruleIDs: Set<String>) -> Policy {
        var copy = self
        copy.rules.removeAll { ruleIDs.contains($0.id) }
        return copy
    }

    /// The rules this policy adds to the one it extends (all of them when it extends none).
    public var ownRules: [Rule] { rules.filter { !inheritedIDs.contains($0.id) } }
    /// The gates this policy adds to the one it extends.
    public var ownGates: [RuntimeGate] { gates.filter { !inheritedIDs.contains($0.id) } }

    /// The rule with this ID (case-insensitive).
    public func rule(_ id: String) -> Rule? {
        let wanted = id.uppercased()
        return rules.first { $0.id.uppercased() == wanted }
    }

    /// The longest customer term this policy allows, if it limits one.
    public var customerTermMonths: Int? {
        for rule in rules { if case .customerTerm(let months) = rule.check { return months } }
        return nil
    }

    /// The day the customer exception ends and the sectors that keep it, if the policy has one.
    public var customerExceptionEnd: (from: CalendarDate, exemptSectors: Set<String>)? {
        for rule in rules {
            if case .customerException(let from, let sectors) = rule.check { return (from, sectors) }
        }
        return nil
    }
}

/// The policies this build ships.
public enum Policies {
    /// The default when a script names none.
    public static let defaultID = "nl-telemarketing"

    public static let all: [Policy] = [NLTelemarketing.policy, NLEnergy.policy, USTSR.policy]

    /// The policy with this name, if known. Only that one (and the policy it extends) is
    /// built: every `check` asks for its script's policy, and looking it up in `all` built the
    /// rules, gates and tables of every shipped policy for each Dutch script.
    public static func named(_ id: String) -> Policy? {
        switch id {
        case NLTelemarketing.id: NLTelemarketing.policy
        case NLEnergy.id: NLEnergy.policy
        case USTSR.id: USTSR.policy
        default: nil
        }
    }

    /// Every rule and gate ID of every shipped policy, in documentation order.
    public static var ruleIDs: [String] { all.flatMap { $0.ownRules.map(\.id) + $0.ownGates.map(\.id) } }

    /// The error for a script whose header names a policy this build does not ship.
    public static func unknownPolicyDiagnostic(_ name: String, at range: SourceRange) -> Diagnostic {
        let known = all.map(\.id)
        var help = "known policies: " + known.map { "'\($0)'" }.joined(separator: ", ")
        if let nearest = Suggestions.closest(to: name, among: known, ignoringCase: true) {
            help = "did you mean '\(nearest)'? " + help
        }
        return Diagnostic(.unknownPolicy, "unknown policy '\(name)'", at: range, help: help)
    }
}

extension DiagnosticCode {
    /// The header names a policy this build does not ship.
    public static let unknownPolicy = DiagnosticCode("CS0123", "unknown policy")

    /// The language codes the compliance module emits (rule findings use rule IDs instead).
    public static let allComplianceCodes: [DiagnosticCode] = [.unknownPolicy]
}
