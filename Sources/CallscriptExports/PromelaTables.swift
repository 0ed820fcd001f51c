import CallscriptCompliance
import CallscriptMachine

/// The tables of a Promela model: the machines' states, transitions and handlers one after the
/// other (machine `m` starts at `start[m]`, its handlers are `handlerFrom[m] ..
/// handlerFrom[m + 1] - 1`), and the rules with their parameters.
enum PromelaTables {
    static func write(
        _ graphs: [MachineGraph], _ rules: [(id: String, encoding: PromelaRuleEncoding)], topics: [String],
        assertions: [[String]], _ w: inout Writer
    ) {
        declarations(topics: topics, assertions: assertions, &w)
        w.line(0, "inline fillTables() {")
        // SPIN limits the length of one d_step; the tables go in as several.
        var c = Chunked(writer: w)
        var stateBase = 0
        var edgeBase = 0
        var handlerBase = 0
        for (m, graph) in graphs.enumerated() {
            c.line("/* machine \(m): \(PromelaExport.comment(graph.index.machine.script.name)) */")
            let start = graph.index.startIndex.map { "\($0 + stateBase)" } ?? "-1"
            c.line("start[\(m)] = \(start); handlerFrom[\(m)] = \(handlerBase);" + facts(graph, m, topics: topics))
            states(graph, stateBase: stateBase, edgeBase: edgeBase, topics: topics, &c)
            for (h, handler) in graph.handlers.enumerated() {
                c.line(
                    "entry[\(handlerBase + h)] = \(handler.entry + stateBase); event[\(handlerBase + h)] = "
                        + "\(PromelaExport.eventNumber(handler.event));  /* on \(PromelaExport.comment(handler.event)) */"
                )
            }
            stateBase += graph.stateCount
            edgeBase += graph.edgeTarget.count
            handlerBase += graph.handlers.count
        }
        c.line("edgeFrom[\(stateBase)] = \(edgeBase); handlerFrom[\(graphs.count)] = \(handlerBase);")
        for (r, rule) in rules.enumerated() {
            let e = rule.encoding
            c.line(
                "ruleKind[\(r)] = K_\(PromelaExport.macro("\(e.kind)")); ruleRole[\(r)] = \(e.role);"
                    + " ruleAfter[\(r)] = \(e.after); ruleAnswers[\(r)] = \(e.answers); ruleGated[\(r)] = \(e.gated);"
                    + " ruleOwed[\(r)] = \(e.owed); ruleEvents[\(r)] = \(e.events); ruleEvent[\(r)] = \(e.event);"
                    + " ruleSilent[\(r)] = \(e.silent ? 1 : 0); ruleAgentEnded[\(r)] = \(e.agentEnded ? 1 : 0);"
                    + " ruleInterrupts[\(r)] = \(e.interrupts ? 1 : 0); ruleTopic[\(r)] = \(e.topic);"
                    + " ruleHeader[\(r)] = \(e.recordingHeader ? 1 : 0); ruleIfPresent[\(r)] = \(e.ifPresent ? 1 : 0);"
                    + "  /* \(rule.id) */")
        }
        w = c.finish()
        w.line(0, "}")
    }

    private static func declarations(topics: [String], assertions: [[String]], _ w: inout Writer) {
        let topicList = topics.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")
        w.line(0, "hidden byte role[N];")
        w.line(0, "hidden int edgeFrom[N + 1];  /* edges of state q: edgeFrom[q] .. edgeFrom[q + 1] - 1 */")
        w.line(0, "hidden int edgeTo[M];")
        w.line(0, "hidden byte edgeAnswer[M];  /* answer class: yes 1, no 2, later 4, none 0 */")
        w.line(0, "hidden byte topic[N];  /* disclose topic: \(topicList) */")
        w.line(0, "hidden byte namesCompany[N];  /* an identify whose text names the company */")
        w.line(0, "hidden byte canEnd[N];  /* a terminal is reachable (computed in init) */")
        w.line(0, "hidden int entry[H + 1];")
        w.line(0, "hidden byte event[H + 1];")
        w.line(0, "hidden int start[MACHINES];  /* the first state of each machine's main flow, -1 if none */")
        w.line(0, "hidden int handlerFrom[MACHINES + 1];")
        w.line(0, "hidden byte ruleKind[R + 1];")
        w.line(
            0, "hidden int ruleRole[R + 1], ruleAfter[R + 1], ruleAnswers[R + 1], ruleGated[R + 1], ruleOwed[R + 1];")
        w.line(0, "hidden int ruleEvents[R + 1], ruleEvent[R + 1];")
        w.line(0, "hidden byte ruleSilent[R + 1], ruleAgentEnded[R + 1], ruleInterrupts[R + 1];")
        w.line(0, "hidden int ruleTopic[R + 1];")
        w.line(0, "hidden byte ruleHeader[R + 1], ruleIfPresent[R + 1];")
        w.line(0, "hidden byte recorded[MACHINES];  /* the header says recording */")
        w.line(0, "hidden int present[MACHINES];  /* the topics some disclose of the machine has, as a mask */")
        for name in assertions.joined() {
            w.line(0, "hidden byte \(name);  /* never set: see the header */")
        }
        w.line(0, "")
    }

    /// What the rules read of the machine as a whole: its header's `recording` and which
    /// topics it discloses somewhere.
    private static func facts(_ graph: MachineGraph, _ m: Int, topics: [String]) -> String {
        let machine = graph.index.machine
        let present = machine.states.reduce(0) { mask, s in
            guard s.role == .disclose, let t = s.topic, let i = topics.firstIndex(of: t) else { return mask }
            return mask | 1 << (i + 1)
        }
        return " recorded[\(m)] = \(machine.script.recording == true ? 1 : 0); present[\(m)] = \(present);"
    }

    private static func states(
        _ graph: MachineGraph, stateBase: Int, edgeBase: Int, topics: [String], _ w: inout Chunked
    ) {
        let company = graph.index.machine.script.company
        for q in 0..<graph.stateCount {
            let s = graph.state(q)
            let g = q + stateBase
            var line =
                "role[\(g)] = \(PromelaExport.roleName(s.role)); edgeFrom[\(g)] = \(graph.edgeStart[q] + edgeBase);"
            if let t = s.topic, let i = topics.firstIndex(of: t) {
                line += " topic[\(g)] = \(i + 1);"
            }
            if s.role == .identify, PartyNames.mentions(s.text ?? "", placeholder: "company", name: company) {
                line += " namesCompany[\(g)] = 1;"
            }
            w.line(line + "  /* \(PromelaExport.comment(s.id)) */")
        }
        for q in 0..<graph.stateCount {
            for e in graph.edges(from: q) {
                let answer = graph.transition(ofEdge: e, from: q).answerClass.map(PromelaExport.answerBit) ?? 0
                let target = "edgeTo[\(e + edgeBase)] = \(graph.edgeTarget[e] + stateBase);"
                w.line(target + (answer == 0 ? "" : " edgeAnswer[\(e + edgeBase)] = \(answer);"))
            }
        }
    }
}

/// Statements in `d_step` blocks of at most `limit` lines each.
struct Chunked {
    var writer: Writer
    var lines = 0
    let limit = 150

    init(writer: Writer) {
        self.writer = writer
        self.writer.line(1, "d_step {")
    }

    mutating func line(_ text: String) {
        if lines == limit {
            writer.line(1, "};")
            writer.line(1, "d_step {")
            lines = 0
        }
        writer.line(2, text)
        lines += 1
    }

    func finish() -> Writer {
        var w = writer
        w.line(1, "}")
        return w
    }
}
