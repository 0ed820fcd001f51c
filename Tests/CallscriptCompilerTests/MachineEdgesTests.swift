import CallscriptCompiler
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// The verifier's graph of a compiled machine comes from the lowering's edges (positions);
/// the graph of a machine read from a file comes from its IDs. Both routes must give the same
/// graph, on every example and on generated scripts of both generators.
@Suite struct MachineEdgesTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 1)

    /// The lowering's edges equal the ones its IDs resolve to, and so do the two graphs.
    func expectSameGraph(_ result: CompileResult, _ name: String) throws {
        let machine = try #require(result.machine, "\(name) does not lower")
        let edges = try #require(result.edges, "\(name) has no edges")
        let fromIDs = MachineEdges(machine, position: StateIDTable(states: machine.states))
        #expect(edges == fromIDs, "\(name): the lowering's edges differ from the IDs'")
        let a = MachineGraph(machine, edges: edges)
        let b = MachineGraph(machine)
        #expect(a.roles == b.roles, "\(name)")
        #expect(a.roles == machine.states.map(\.role), "\(name)")
        #expect(a.edgeStart == b.edgeStart, "\(name)")
        #expect(a.edgeTarget == b.edgeTarget, "\(name)")
        #expect(a.edgeTransition == b.edgeTransition, "\(name)")
        #expect(a.edgeSource == b.edgeSource, "\(name)")
        #expect(a.edgeAnswer == b.edgeAnswer, "\(name)")
        #expect(a.incomingStart == b.incomingStart, "\(name)")
        #expect(a.incoming == b.incoming, "\(name)")
        #expect(a.canEnd == b.canEnd, "\(name)")
        #expect(a.handlers == b.handlers, "\(name)")
        #expect(a.index.startIndex == b.index.startIndex, "\(name)")
        // Every transition of the machine appears once, with its answer class.
        #expect(edges.target.count == machine.states.reduce(0) { $0 + $1.transitions.count }, "\(name)")
        for e in a.edgeTarget.indices {
            let t = a.transition(ofEdge: e, from: a.edgeSource[e])
            #expect(a.answerClass(ofEdge: e) == t.answerClass, "\(name) edge \(e)")
            #expect(machine.states[a.edgeTarget[e]].id == t.target, "\(name) edge \(e)")
        }
        // The index made from the edges looks IDs up (on first use) as the other one does.
        for q in machine.states.indices.prefix(200) {
            #expect(a.index.index(of: machine.states[q].id) == q, "\(name)")
        }
        #expect(a.index.index(of: "no-such-state.1") == nil)
    }

    @Test func everyExampleGivesTheSameGraphBothWays() throws {
        let scripts = RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "call")
        var lowered = 0
        for url in scripts {
            let result = Compiler.compile(path: url.path, options: CompileOptions(checkDate: Self.date))
            guard result.machine != nil else { continue }
            lowered += 1
            try expectSameGraph(result, url.lastPathComponent)
        }
        #expect(lowered >= 10, "only \(lowered) examples lowered")
    }

    func compile(_ files: [String: String], seal: Bool) -> CompileResult {
        var rest = files
        let main = rest.removeValue(forKey: ScriptGenerator.mainFile) ?? ""
        var options = CompileOptions(checkDate: Self.date)
        options.seal = seal
        return Compiler.compile(source: main, path: ScriptGenerator.mainFile, files: rest, options: options)
    }

    @Test(arguments: [1, 7, 60, 400])
    func generatedCampaignsGiveTheSameGraphBothWays(_ steps: Int) throws {
        for violation in [nil] + ScriptGenerator.Violation.allCases.map(Optional.some) {
            let files = ScriptGenerator(steps: steps, seed: UInt64(steps), violation: violation).generate()
            try expectSameGraph(compile(files, seal: false), "campaign \(steps) \(violation?.rawValue ?? "")")
        }
    }

    @Test(arguments: [1, 7, 60, 400])
    func generatedSurveysGiveTheSameGraphBothWays(_ steps: Int) throws {
        try expectSameGraph(
            compile(SurveyGenerator(steps: steps, seed: UInt64(steps)).generate(), seal: true), "survey")
    }

    /// A bare-jump step, a handler that only jumps, and a chain of them: positions resolved
    /// through the entry table, not the next state in the list.
    @Test func bareJumpsAndJumpingHandlersResolveToTheSameStates() throws {
        let source =
            standardHeader + """
                start a
                step a {
                  identify "Goedemiddag, u spreekt met {agent} van {company}."
                  ask convenient "Komt het u nu gelegen?" {
                    yes "Ja" -> b
                    no "Nee" -> c
                    later "Later" -> c
                  }
                }
                step b { -> d }
                step d { -> e }
                step e {
                  optout "U kunt altijd bellen om u af te melden."
                  end
                }
                step c {
                  say "Dan bellen we een andere keer."
                  -> e
                }
                on objection { -> e }
                on voicemail { hangup }

                """
        let result = Compiler.compile(source: source, options: CompileOptions(checkDate: Self.date))
        try expectSameGraph(result, "jumps")
        let machine = try #require(result.machine)
        #expect(machine.handlers.first { $0.event == "objection" }?.entry == "e.1")
    }
}
