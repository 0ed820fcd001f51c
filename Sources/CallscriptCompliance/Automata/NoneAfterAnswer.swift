import CallscriptMachine

/// NL-RESPECT-NOT-CONVENIENT: once a declining answer was given to `question`, no forbidden
/// role follows on the same path, including through handlers started afterwards.
/// States: 0 = no declining answer yet, 1 = declined.
struct NoneAfterAnswer: PathProperty {
    let graph: MachineGraph
    let question: Role
    let answers: Set<AnswerClass>
    let forbidden: RoleSet

    init(graph: MachineGraph, question: Role, answers: Set<AnswerClass>, forbidden: Set<Role>) {
        self.graph = graph
        self.question = question
        self.answers = answers
        self.forbidden = RoleSet(forbidden)
    }

    var automatonStates: Int { 2 }
    var roots: PathRoots { .startAndHandlers }
    var followsInterrupts: Bool { true }

    func read(_ q: Int, _ a: Int) -> Reading {
        a == 1 && forbidden.contains(graph.roles[q]) ? .violation(0) : .go(a)
    }

    func take(edge: Int, from q: Int, _ a: Int) -> Int {
        guard a == 0, graph.roles[q] == question else { return a }
        guard let answer = graph.answerClass(ofEdge: edge) else { return a }
        return answers.contains(answer) ? 1 : a
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        let q = path.last?.state ?? 0
        var label = "a declining answer"
        for node in path where graph.roles[node.state] == question {
            if case .edge(let e) = node.exit {
                let t = graph.transition(ofEdge: e, from: node.state)
                if let c = t.answerClass, answers.contains(c) {
                    label = "the answer \"\(t.label ?? c.rawValue)\""
                    break
                }
            }
        }
        return (
            "\(graph.statementName(q)) is reachable after \(label) to '\(question.keyword)'",
            "send 'no' and 'later' answers to a closing step or a callback that has no pitch and no ask consent"
        )
    }
}
