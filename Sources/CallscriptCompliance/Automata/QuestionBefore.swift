import CallscriptMachine

/// NL-CONVENIENT: on a path from `start`, `question` comes after `after` and before any gated
/// role. States: 0 = `after` not yet seen, 1 = seen; asking the question decides the path.
struct QuestionBefore: PathProperty {
    let graph: MachineGraph
    let question: Role
    let after: Role
    let gated: RoleSet

    init(graph: MachineGraph, question: Role, after: Role, gated: Set<Role>) {
        self.graph = graph
        self.question = question
        self.after = after
        self.gated = RoleSet(gated)
    }

    static let questionTooEarly = 0
    static let gatedTooEarly = 1

    var automatonStates: Int { 2 }
    var roots: PathRoots { .start }

    func read(_ q: Int, _ a: Int) -> Reading {
        let role = graph.roles[q]
        if role == question { return a == 1 ? .accept : .violation(Self.questionTooEarly) }
        if gated.contains(role) { return .violation(Self.gatedTooEarly) }
        return role == after ? .go(1) : .go(a)
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        let q = path.last?.state ?? 0
        if violation == Self.questionTooEarly {
            return (
                "'\(question.keyword)' comes before '\(after.keyword)'",
                "put '\(after.keyword) \"...\"' before '\(question.keyword)' on every path"
            )
        }
        return (
            "\(graph.statementName(q)) comes before '\(question.keyword)'",
            "ask '\(question.keyword) \"Komt het u nu gelegen?\"' right after '\(after.keyword)', before any pitch, question or capture"
        )
    }
}
