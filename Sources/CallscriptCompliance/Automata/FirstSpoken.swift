import CallscriptMachine

/// NL-IDENTIFY-FIRST: the first spoken state on a path from `start` has the wanted role.
/// States: 0 = nothing spoken yet; after the first spoken state the path is decided.
struct FirstSpoken: PathProperty {
    let graph: MachineGraph
    let wanted: Role

    var automatonStates: Int { 1 }
    var roots: PathRoots { .start }

    func read(_ q: Int, _ a: Int) -> Reading {
        let role = graph.roles[q]
        guard role.isSpoken else { return .go(0) }
        return role == wanted ? .accept : .violation(0)
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        let q = path.last?.state ?? 0
        return (
            "the first spoken statement is \(graph.statementName(q)), not '\(wanted.keyword)'",
            "begin the call with '\(wanted.keyword) \"...\"' naming {agent}, {company} and the principal before anything else is said"
        )
    }
}
