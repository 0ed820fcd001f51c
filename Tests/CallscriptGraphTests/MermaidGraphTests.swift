import CallscriptDiagnostics
import CallscriptGraph
import CallscriptMachine
import Testing

/// `callscript graph --format mermaid`: a `stateDiagram-v2` GitHub draws inline.
@Suite struct MermaidGraphTests {
    @Test func matchesGoldenFile() throws {
        try Golden.check(MermaidGraph(machine: Fixtures.machine).render(), named: "winback.mmd")
    }

    @Test func counterexampleMatchesGoldenFile() throws {
        try Golden.check(
            MermaidGraph(machine: Fixtures.machine, highlighting: Fixtures.path).render(),
            named: "winback-optout-path.mmd")
    }

    @Test func stateIdentifiersAreValidAndLabelsAreAliased() {
        let text = MermaidGraph(machine: Fixtures.machine).render()
        #expect(text.hasPrefix("stateDiagram-v2\n"))
        #expect(
            text.contains(
                "    state offer {\n        state \"pitch: ‘Als oud-klant krijgt u twaalf maanden v…’\" as offer_1\n"))
        #expect(text.contains("        state \"record objection\" as on_objection_1\n"))
        #expect(text.contains("    state \"on objection\" as on_objection {"))
        // Every identifier that Mermaid parses is letters, digits and underscores.
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingPrefix(while: { $0 == " " })
            if trimmed.hasPrefix("state \""), let range = trimmed.range(of: "\" as ") {
                let id = trimmed[range.upperBound...].replacing(" {", with: "")
                #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "bad id \(id)")
                let label = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 7)..<range.lowerBound]
                #expect(!label.contains("\""))
            }
        }
    }

    @Test func edgesCarryAnswersConditionsAndHandlerEntries() {
        let text = MermaidGraph(machine: Fixtures.machine).render()
        #expect(text.contains("    [*] --> intro\n"))
        #expect(text.contains("        [*] --> intro_1\n"))
        #expect(text.contains("    intro --> offer : 'Ja' (yes)\n"))
        #expect(text.contains("    offer --> goodbye : if interest == low\n"))
        #expect(text.contains("    offer --> send_offer : else\n"))
        #expect(text.contains("    any_moment --> on_objection : on objection\n"))
        #expect(text.contains("        goodbye_2 --> [*]\n"))
        #expect(text.contains("    classDef identify fill:#a5d8ff"))
        #expect(text.contains("    class intro_1,legend_identify identify\n"))
    }

    @Test func labelsCannotBreakTheDiagram() {
        #expect(MermaidGraph.clean("a \"b\"; #c 100%% x <= 1 > 2\nz") == "a 'b', ＃c 100％％ x ≤ 1 ＞ 2 z")
        let text = MermaidGraph(machine: Fixtures.machine).render()
        #expect(text.contains("state \"say: ‘Zeg 'ja' of \\ nee, bedankt ＃ 100％ ＜tot…’\" as goodbye_1"))
    }

    @Test func pathIsMarked() {
        let text = MermaidGraph(machine: Fixtures.machine, highlighting: Fixtures.path).render()
        #expect(text.contains("    [*] --> intro : ✗ start\n"))
        #expect(text.contains("    intro --> offer : ✗ 'Ja' (yes)\n"))
        #expect(text.contains("        intro_1 --> intro_2 : ✗\n"))
        #expect(text.contains("    intro --> goodbye : 'Nee' (no)\n"))
        #expect(
            text.contains("    class intro_1,intro_2,offer_1,offer_2,offer_3,goodbye_1,goodbye_2,legend_path onpath\n"))
        #expect(text.contains("    %% counterexample: intro.1 → intro.2: 'Ja' →"))
    }

    @Test func identifiersStayDistinctWhenNamesCollide() {
        // Step `a_1` (state `a_1.1`) next to step `a` (state `a.1`) and a step called `note`.
        let states = [
            State(
                id: "a.1", step: "a", role: .say, text: "x", transitions: [.next("a_1.1")], source: Fixtures.at(1, 1)),
            State(
                id: "a_1.1", step: "a_1", role: .say, text: "y", transitions: [.next("note.1")],
                source: Fixtures.at(2, 1)),
            State(id: "note.1", step: "note", role: .end, transitions: [], source: Fixtures.at(3, 1)),
        ]
        var machine = Fixtures.machine
        machine.states = states
        machine.start = "a.1"
        machine.handlers = []
        let text = MermaidGraph(machine: machine).render()
        #expect(text.contains("as a_1\n"))
        #expect(text.contains("as a_1_1\n"))
        #expect(text.contains("    state \"a_1\" as a_1_2 {"))
        #expect(text.contains("    state \"note\" as note_ {"))
        #expect(text.contains("    a --> a_1_2\n"))
    }

    /// Mermaid's state grammar draws no edge between states inside different composite states:
    /// every edge inside a `state X { ... }` block joins states declared in that block (or its
    /// `[*]`), and every edge outside joins top-level states (steps, missing states, `any_moment`).
    @Test(arguments: [false, true])
    func everyEdgeStaysWithinOneCompositeState(_ highlighted: Bool) throws {
        let text = MermaidGraph(machine: Fixtures.machine, highlighting: highlighted ? Fixtures.path : nil).render()
        try Self.checkEdgeScopes(text)
    }

    /// A parser of the subset of `stateDiagram-v2` the renderer writes, checking edge scopes.
    static func checkEdgeScopes(_ text: String) throws {
        var declared: [String: String] = [:] // state -> the composite it is declared in ("" = top level)
        var edges: [(scope: String, from: String, to: String, line: String)] = []
        var scope: [String] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line == "}" {
                _ = scope.popLast()
                continue
            }
            if line.hasPrefix("state ") {
                let opens = line.hasSuffix(" {")
                let body = opens ? String(line.dropLast(2)) : line
                let id = body.range(of: "\" as ").map { String(body[$0.upperBound...]) } ?? String(body.dropFirst(6))
                declared[id] = scope.last ?? ""
                if opens { scope.append(id) }
                continue
            }
            if let arrow = line.range(of: " --> ") {
                let from = String(line[..<arrow.lowerBound])
                let to = String(line[arrow.upperBound...].split(separator: " ").first ?? "")
                edges.append((scope.last ?? "", from, to, line))
            }
        }
        #expect(scope.isEmpty, "unbalanced braces")
        for edge in edges {
            for end in [edge.from, edge.to] where end != "[*]" {
                let home = try #require(declared[end], "undeclared state \(end) in: \(edge.line)")
                #expect(home == edge.scope, "edge in '\(edge.scope)' reaches \(end) of '\(home)': \(edge.line)")
            }
        }
    }
}
