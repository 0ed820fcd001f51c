import CallscriptDiagnostics
import CallscriptGraph
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript graph --format dot`: Graphviz source that real Graphviz accepts.
@Suite struct DOTGraphTests {
    @Test func graphvizRendersItWithAndWithoutAPath() throws {
        for path in [nil, Fixtures.path] {
            let folder = try ExternalTool.temporaryFolder()
            let input = folder.appendingPathComponent("flow.dot")
            try DOTGraph(machine: Fixtures.machine, highlighting: path).render().write(
                to: input, atomically: true, encoding: .utf8)
            let r = try ExternalTool.run(
                "dot", ["-Tsvg", input.path],
                installHint: "install Graphviz (`apt-get install -y graphviz`); CI does this in .ci/run")
            #expect(r.status == 0, "dot failed: \(r.stderr)")
            #expect(r.stderr.isEmpty, "dot warned: \(r.stderr)")
            #expect(r.stdout.contains("<svg"))
            // Every state is drawn, with its id as the node title.
            for state in Fixtures.machine.states {
                // SVG output writes `-` as a character reference.
                let title = state.id.replacingOccurrences(of: "-", with: "&#45;")
                #expect(r.stdout.contains("<title>\(title)</title>"), "node \(state.id) missing from the SVG")
            }
        }
    }

    @Test func oneClusterPerStepLabelledWithItsName() {
        let dot = DOTGraph(machine: Fixtures.machine).render()
        for step in ["intro", "offer", "send_offer", "plan_callback", "goodbye"] {
            #expect(dot.contains("  subgraph \"cluster_\(step)\" {\n    label=\"\(step)\";\n    style=rounded;"))
        }
        #expect(
            dot.contains(
                "  subgraph \"cluster_on objection\" {\n    label=\"on objection\";\n    style=\"rounded,dashed\";"))
        #expect(dot.hasPrefix("digraph \"callscript\" {\n"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func statesShowRoleAndShortTextWithRoleColours() {
        let dot = DOTGraph(machine: Fixtures.machine).render()
        #expect(
            dot.contains(
                "\"intro.1\" [label=\"identify\\n“Goedemiddag {first_name}, u spreekt met…”\", tooltip=\"intro.1: Goedemiddag {first_name}, u spreekt met {agent} van {company}.\", shape=box, fillcolor=\"#a5d8ff\""
            ))
        #expect(dot.contains("\"offer.2\" [label=\"capture interest\\n“Hoe groot is uw interesse?”\""))
        #expect(dot.contains("\"offer.3\" [label=\"branch\", tooltip=\"offer.3\", shape=diamond"))
        #expect(dot.contains("\"goodbye.2\" [label=\"end\", tooltip=\"goodbye.2\", shape=doubleoctagon"))
        #expect(
            dot.contains(
                "\"on-objection.3\" [label=\"transfer optout\\n“Ik verbind u door met ons keuzemenu.”\", tooltip=\"on-objection.3: Ik verbind u door met ons keuzemenu.\", shape=doubleoctagon, fillcolor=\"#8ce99a\""
            ))
        // Identify, convenient question, pitch and opt-out each have their own colour.
        let fills = [Role.identify, .askConvenient, .pitch, .optout].map { RoleStyle($0).fill }
        #expect(Set(fills).count == 4)
        #expect(RoleStyle(.transferOptout) == RoleStyle(.optout))
        #expect(dot.contains("subgraph \"cluster legend\""))
        #expect(dot.contains("\"legend_convenient\" [label=\"convenient question\""))
    }

    @Test func edgesCarryAnswersAndConditionsAndHandlersHangOffAnyMoment() {
        let dot = DOTGraph(machine: Fixtures.machine).render()
        #expect(dot.contains("  \"__start\" -> \"intro.1\";"))
        #expect(dot.contains("  \"intro.2\" -> \"offer.1\" [label=\"\\\"Ja\\\" (yes)\"];"))
        #expect(dot.contains("  \"intro.2\" -> \"plan_callback.1\" [label=\"\\\"Liever later\\\" (later)\"];"))
        #expect(dot.contains("  \"offer.3\" -> \"goodbye.1\" [label=\"if interest == low\"];"))
        #expect(dot.contains("  \"offer.3\" -> \"send_offer.1\" [label=\"else\"];"))
        #expect(dot.contains("  \"intro.1\" -> \"intro.2\";"))
        #expect(dot.contains("  \"__any\" -> \"on-objection.1\" [style=dashed, label=\"on objection\"];"))
        #expect(dot.contains("  \"__any\" -> \"on-voicemail.1\" [style=dashed, label=\"on voicemail\"];"))
    }

    @Test func quotesBackslashesAndNewlinesAreEscaped() {
        #expect(DOTGraph.quoted("a \"b\" \\ c\nd\r") == "\"a \\\"b\\\" \\\\ c\\nd\"")
        #expect(DOTGraph.quoted("\\N") == "\"\\\\N\"")
        let dot = DOTGraph(machine: Fixtures.machine).render()
        #expect(dot.contains("tooltip=\"goodbye.1: Zeg \\\"ja\\\" of \\\\ nee;\\nbedankt # 100% <tot ziens>\""))
        #expect(dot.contains("label=\"Winback \\\"Energie\\\" 2026\""))
    }

    @Test func counterexampleIsBoldRed() {
        let dot = DOTGraph(machine: Fixtures.machine, highlighting: Fixtures.path).render()
        let red = "color=\"#e03131\", fontcolor=\"#e03131\", penwidth=3"
        #expect(dot.contains("  \"__start\" -> \"intro.1\" [\(red), style=bold];"))
        #expect(dot.contains("  \"intro.2\" -> \"offer.1\" [label=\"\\\"Ja\\\" (yes)\", \(red), style=bold];"))
        #expect(dot.contains("  \"offer.3\" -> \"goodbye.1\" [label=\"if interest == low\", \(red), style=bold];"))
        // Only the transition taken: `no` also reaches goodbye.1 but is not on the path.
        #expect(dot.contains("  \"intro.2\" -> \"goodbye.1\" [label=\"\\\"Nee\\\" (no)\"];"))
        #expect(dot.contains("  \"send_offer.1\" -> \"goodbye.1\" [label=\"\\\"Ja\\\" (yes)\"];"))
        for id in Fixtures.path.steps.map(\.state) {
            #expect(dot.contains("\"\(id)\" [label="), "missing node \(id)")
        }
        let pathNodes = dot.split(separator: "\n").filter {
            $0.contains("[label=") && $0.contains(red) && !$0.contains("->") && !$0.contains("legend")
                && !$0.contains("__start")
        }
        #expect(pathNodes.count == Fixtures.path.steps.count)
        #expect(dot.contains("counterexample: intro.1 → intro.2: \\\"Ja\\\""))
        #expect(dot.contains("\"legend_path\" [label=\"counterexample path\""))
    }

    @Test func handlerPathStartsAtAnyMoment() {
        let path = ConversationPath(
            entry: "objection",
            steps: [PathStep(state: "on-objection.1", transition: 0), PathStep(state: "on-objection.2")])
        let dot = DOTGraph(machine: Fixtures.machine, highlighting: path).render()
        #expect(
            dot.contains("  \"__any\" -> \"on-objection.1\" [style=dashed, label=\"on objection\", color=\"#e03131\""))
        #expect(dot.contains("  \"__start\" -> \"intro.1\";"))
    }

    @Test func damagedMachineStillDraws() {
        var machine = Fixtures.machine
        machine.states[0].transitions = [.next("nergens.1")]
        let dot = DOTGraph(machine: machine).render()
        #expect(dot.contains("\"nergens.1\" [label=\"missing state\\nnergens.1\", style=dashed"))
    }

    @Test func largeMachineRendersWithoutRecursion() {
        var states: [State] = []
        let n = 20_000
        for i in 0..<n {
            let id = "s\(i / 10).\(i % 10 + 1)"
            let next = i + 1 < n ? [Transition.next("s\((i + 1) / 10).\((i + 1) % 10 + 1)")] : []
            states.append(
                State(
                    id: id, step: "s\(i / 10)", role: i + 1 < n ? .say : .end, text: "regel \(i)", transitions: next,
                    source: Fixtures.at(i + 1, 1)))
        }
        var machine = Fixtures.machine
        machine.states = states
        machine.start = "s0.1"
        machine.handlers = []
        let dot = DOTGraph(machine: machine).render()
        #expect(dot.contains("subgraph \"cluster_s1999\""))
        #expect(MermaidGraph(machine: machine).render().contains("s1999_10 --> [*]"))
    }
}
