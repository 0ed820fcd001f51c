import CallscriptDiagnostics
import CallscriptMachine

/// Sales wording outside a `pitch`: one finding per statement, naming the words found.
enum SalesWordingCheck {
    /// `roles` are the graph's (`MachineGraph.roles`): only states of the roles checked are read.
    static func check(_ rule: Rule, _ params: SalesWordingRule, _ machine: Machine, roles: [Role]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let matcher = SalesWordingMatcher(params)
        var words = SalesWords("")
        // A bit mask: `Set<Role>` hashed each state's role name.
        let checked = RoleSet(params.roles)
        // By index: copying each whole state out of the array cost more than the matching.
        for index in roles.indices where checked.contains(roles[index]) && !isTermsDisclosure(machine, index) {
            let found = matcher.matches(in: machine.states[index].text ?? "", reading: &words)
            guard !found.isEmpty else { continue }
            let state = machine.states[index]
            let statement = keyword(state.role)
            let shown = found.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            result.append(
                Diagnostic(
                    code: rule.id, severity: rule.severity,
                    message: "'\(statement)' sounds like selling: \(shown)", range: state.source,
                    notes: [
                        "sales talk belongs in a 'pitch': the rules about pitches only see statements written as 'pitch'"
                    ],
                    help:
                        "write it as 'pitch \"...\"'; if it is not selling, put '# callscript: allow \(SalesWordingRule.directiveName(rule.id)) \"reason\"' on the line before"
                ))
        }
        return result
    }

    /// Disclosures whose job is to name the money and the terms (`disclose price`, `prize`, ...):
    /// a price there is the disclosure a policy asks for, not sales talk.
    static let termsTopics: Set<String> = ["price", "term", "withdrawal", "confirmation", "prize"]

    private static func isTermsDisclosure(_ machine: Machine, _ index: Int) -> Bool {
        machine.states[index].role == .disclose && termsTopics.contains(machine.states[index].topic ?? "")
    }

    private static func keyword(_ role: Role) -> String {
        switch role {
        case .askConvenient: "ask convenient"
        case .askConsent: "ask consent"
        case .transferOptout: "transfer optout"
        case .recordObjection: "record objection"
        default: role.rawValue
        }
    }
}
