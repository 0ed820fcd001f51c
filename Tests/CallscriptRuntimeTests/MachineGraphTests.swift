import CallscriptMachine
import Testing

/// The one graph of a machine: forward and backward edges agree, dangling targets are left out.
@Suite struct MachineGraphTests {
    @Test func incomingEdgesAreTheOutgoingEdgesReversed() {
        let graph = MachineGraph(Fixtures.winback())
        var seen = 0
        for q in 0..<graph.stateCount {
            for e in graph.edges(from: q) {
                #expect(graph.edgeSource[e] == q)
                #expect(graph.edges(into: graph.edgeTarget[e]).filter { $0 == e }.count == 1)
                let transition = graph.transition(ofEdge: e, from: q)
                #expect(graph.index.index(of: transition.target) == graph.edgeTarget[e])
                seen += 1
            }
        }
        #expect(seen == graph.edgeTarget.count)
        #expect((0..<graph.stateCount).map { graph.edges(into: $0).count }.reduce(0, +) == seen)
        #expect(graph.canEnd.allSatisfy { $0 })
        #expect(graph.handlers.map(\.event) == ["objection", "voicemail", "complaint", "minor"])
    }

    @Test func danglingTargetsHaveNoEdge() {
        var machine = Fixtures.winback()
        let position = machine.states.firstIndex { $0.id == "intro.1" } ?? 0
        machine.states[position].transitions = [.next("nowhere.1")]
        let graph = MachineGraph(machine)
        #expect(graph.edges(from: position).isEmpty)
        #expect(graph.index.targets[position][0] == -1)
        #expect(!MachineValidator.validate(graph, file: "m.json").isEmpty)
    }
}
