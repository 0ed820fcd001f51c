import CallscriptMachine

/// NL-OPTOUT-ANSWER, NL-ENERGY-WRITTEN: once an answer of class `answer` was given to
/// `question`, a state with role `obligation` (and `topic`) comes before the call ends.
/// States: 0 = no such answer yet, 1 = the answer was given and the obligation is owed.
struct AnswerObliges: PathProperty {
    let graph: MachineGraph
    let question: Role
    let answer: AnswerClass
    let obligation: Role
    let topic: String?
    /// Which states meet the obligation, decided once: reading a `State` on every product
    /// node copies its strings and transitions.
    let fulfils: [Bool]

    init(graph: MachineGraph, question: Role, answer: AnswerClass, obligation: Role, topic: String?) {
        self.graph = graph
        self.question = question
        self.answer = answer
        self.obligation = obligation
        self.topic = topic
        let states = graph.index.machine.states
        let roles = graph.roles
        // The roles first: a state is read only for the topic of a state that has the role.
        fulfils = roles.indices.map { roles[$0] == obligation && (topic == nil || states[$0].topic == topic) }
    }

    static let owing = 1

    var automatonStates: Int { 2 }
    var roots: PathRoots { .startAndHandlers }

    func read(_ q: Int, _ a: Int) -> Reading {
        guard a == Self.owing else { return .go(a) }
        if fulfils[q] { return .accept }
        return graph.roles[q].isTerminal ? .violation(0) : .go(a)
    }

    func take(edge: Int, from q: Int, _ a: Int) -> Int {
        guard a == 0, graph.roles[q] == question else { return a }
        return graph.answerClass(ofEdge: edge) == answer ? Self.owing : a
    }

    func describe(violation: Int, path: [PathNode]) -> (message: String, help: String) {
        var label = "'\(answer.rawValue)'"
        for node in path where graph.roles[node.state] == question {
            if case .edge(let e) = node.exit, graph.transition(ofEdge: e, from: node.state).answerClass == answer {
                label = "\"\(graph.transition(ofEdge: e, from: node.state).label ?? answer.rawValue)\""
            }
        }
        let wanted = topic.map { "'\(obligation.keyword) \($0)'" } ?? "'\(obligation.keyword)'"
        return (
            "the call ends without \(wanted) after the answer \(label) to '\(question.keyword)'",
            "after that answer, pass \(wanted) before the call ends"
        )
    }
}
