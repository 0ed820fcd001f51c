import CallscriptMachine

/// US-TSR disclosures: on every path from `start`, the disclosure comes before any gated role.
/// One automaton state: the disclosure has not been made yet; making it decides the path.
struct DiscloseBefore: PathProperty {
    let graph: MachineGraph
    let disclosure: Disclosure
    let gated: RoleSet
    /// For `sellerIdentity`: which states are an `identify` that names the company.
    let discloses: [Bool]

    init(graph: MachineGraph, disclosure: Disclosure, gated: Set<Role>) {
        self.graph = graph
        self.disclosure = disclosure
        self.gated = RoleSet(gated)
        let company = graph.index.machine.script.company
        let states = graph.index.machine.states
        let roles = graph.roles
        // The roles first: a state is read (in place) only for the text or topic of a state
        // that has the role.
        discloses = roles.indices.map { index in
            switch disclosure {
            case .sellerIdentity:
                roles[index] == .identify
                    && PartyNames.mentions(states[index].text ?? "", placeholder: "company", name: company)
            case .topic(let topic):
                roles[index] == .disclose && states[index].topic == topic
            }
        }
    }

    var automatonStates: Int { 1 }
    var roots: PathRoots { .start }

    func read(_ q: Int, _ a: Int) -> Reading {
        if discloses[q] { return .accept }
        return gated.contains(graph.roles[q]) ? .violation(0) : .go(0)
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        let q = path.last?.state ?? 0
        switch disclosure {
        case .sellerIdentity:
            return (
                "\(graph.statementName(q)) comes before the seller is identified",
                "add 'identify \"...\"' naming {company} before the first pitch"
            )
        case .topic(let topic):
            let first = gated.contains(.pitch) ? "the first pitch" : "\(graph.statementName(q))"
            return (
                "\(graph.statementName(q)) comes before 'disclose \(topic)'",
                "add 'disclose \(topic) \"...\"' before \(first) on every path"
            )
        }
    }
}
