import CallscriptCompliance
import CallscriptMachine
import Foundation

/// A Promela model of a compiled machine for SPIN, with one assertion per path rule of the
/// policy: an independent second opinion on `callscript check`.
///
/// Table-driven: the machine is arrays (`role`, `edgeFrom`/`edgeTo`/`edgeAnswer`, handler
/// `entry`/`event`) and the rules are a table (`ruleKind` and parameters, see
/// `PromelaRuleEncoding`); one process picks a rule, a root and then any path, running the
/// rule's property in lock-step. The arrays are `hidden` (fixed after `init`), so the state
/// vector is only (rule, state, property state). The semantics follow Docs/compliance.md;
/// the property code is in `PromelaProperties`.
public struct PromelaModel: Sendable {
    /// The model text (`spin -a` reads it).
    public var text: String
    /// The rules the model checks, by their number in the model (`rule == i`).
    public var modelled: [String]
    /// Path rules of the policy that no table entry encodes: SPIN says nothing about them.
    public var notModelled: [String]
    /// Rules that follow no path (header and content rules): not part of the model.
    public var notPathRules: [String]
    /// A bound on pan's search depth (`-m`): states stored never exceed rules x machine states x
    /// property states x steps per move.
    public var searchDepth: Int

    /// The name of the never-true variable whose assertion fails when rule `id` breaks:
    /// `NL-OPTOUT-AT-END` -> `NL_OPTOUT_AT_END_holds`, so pan's message names the rule.
    public static func assertionName(_ id: String) -> String {
        String(id.unicodeScalars.map { s in s.properties.isAlphabetic || ("0"..."9").contains(s) ? Character(s) : "_" })
            + "_holds"
    }
}

public enum PromelaExport {
    /// The role's number in the model (its position in `Role.allCases`).
    public static func roleNumber(_ role: Role) -> Int { Role.allCases.firstIndex(of: role) ?? 0 }

    public static func roleMask(_ roles: Set<Role>) -> Int { roles.reduce(0) { $0 | 1 << roleNumber($1) } }

    /// Answer classes: yes 1, no 2, later 4; 0 for an answer without a class.
    public static func answerBit(_ c: AnswerClass) -> Int {
        switch c {
        case .yes: 1
        case .no: 2
        case .later: 4
        }
    }

    /// The event's number in the model (its position in `CallEvent.allCases`; unknown names last).
    public static func eventNumber(_ event: String) -> Int {
        CallEvent.allCases.firstIndex { $0.rawValue == event } ?? CallEvent.allCases.count
    }

    /// The model of `machine` for the path rules of `policy`.
    public static func model(_ machine: Machine, policy: Policy) -> PromelaModel {
        let graph = MachineGraph(machine)
        var topics: [String] = []
        var encoded: [(id: String, encoding: PromelaRuleEncoding)] = []
        var notModelled: [String] = []
        var notPath: [String] = []
        for rule in policy.rules {
            guard rule.check.isPathCheck else {
                notPath.append(rule.id)
                continue
            }
            if let e = PromelaRuleTable.encoding(of: rule.check, topics: &topics) {
                encoded.append((rule.id, e))
            } else {
                notModelled.append(rule.id)
            }
        }
        return model(
            graph, policyID: policy.id, rules: encoded, topics: topics, notModelled: notModelled,
            notPathRules: notPath)
    }

    /// The model for rules already encoded (`topics` numbers the disclosure topics they use).
    static func model(
        _ graph: MachineGraph, policyID: String, rules encoded: [(id: String, encoding: PromelaRuleEncoding)],
        topics: [String], notModelled: [String] = [], notPathRules notPath: [String] = []
    ) -> PromelaModel {
        let machine = graph.index.machine
        let degree = (0..<graph.stateCount).map { graph.edges(from: $0).count }.max() ?? 0
        let bound = (encoded.count + 1) * (graph.stateCount + 1) * 8 * (degree + graph.handlers.count + 8)
        let depth = min(max(bound, 10_000), 20_000_000)
        var w = Writer()
        header(machine, policyID: policyID, encoded.map(\.id), notModelled, depth: depth, &w)
        constants(graph, rules: encoded.count, &w)
        tables(graph, encoded, topics: topics, &w)
        PromelaProperties.process(rules: encoded.map(\.id), &w)
        return PromelaModel(
            text: w.text, modelled: encoded.map(\.id), notModelled: notModelled, notPathRules: notPath,
            searchDepth: depth)
    }

    private static func header(
        _ machine: Machine, policyID: String, _ rules: [String], _ notModelled: [String], depth: Int,
        _ w: inout Writer
    ) {
        w.line(0, "/* Promela model of \"\(comment(machine.script.name))\", exported by \(comment(machine.compiler)).")
        w.line(
            0, "   Machine digest: \(machine.digest.isEmpty ? "(not sealed)" : machine.digest); policy: \(policyID).")
        w.line(0, "   Check it:  spin -a model.pml && gcc -DSAFETY -o pan pan.c && ./pan -c0 -m\(depth)")
        w.line(0, "   Every \"assertion violated RULE_holds\" line names a rule that a path breaks; a rule")
        w.line(0, "   with no such line holds on every path. Rules checked, by number:")
        for (i, id) in rules.enumerated() { w.line(0, "     rule \(i): \(id)") }
        for id in notModelled { w.line(0, "     not modelled: \(id) (no table entry for its kind of check)") }
        w.line(0, "*/")
    }

    private static func constants(_ graph: MachineGraph, rules: Int, _ w: inout Writer) {
        let handlers = graph.handlers
        w.line(0, "#define N \(max(graph.stateCount, 1))  /* machine states */")
        w.line(0, "#define M \(max(graph.edgeTarget.count, 1))  /* transitions */")
        w.line(0, "#define H \(handlers.count)  /* handlers */")
        w.line(0, "#define R \(rules)  /* rules */")
        w.line(0, "#define START \(graph.index.startIndex ?? -1)")
        for role in Role.allCases { w.line(0, "#define \(roleName(role)) \(roleNumber(role))") }
        let spoken = Role.allCases.filter(\.isSpoken)
        let terminal = Role.allCases.filter(\.isTerminal)
        w.line(0, "#define SPOKEN \(roleMask(Set(spoken)))  /* \(spoken.map(\.rawValue).joined(separator: " ")) */")
        w.line(
            0, "#define TERMINAL \(roleMask(Set(terminal)))  /* \(terminal.map(\.rawValue).joined(separator: " ")) */")
        for event in CallEvent.allCases {
            w.line(0, "#define EV_\(macro(event.rawValue)) \(eventNumber(event.rawValue))")
        }
        for kind in PromelaRuleEncoding.Kind.allCases { w.line(0, "#define K_\(macro("\(kind)")) \(kind.rawValue)") }
    }

    private static func tables(
        _ graph: MachineGraph, _ rules: [(id: String, encoding: PromelaRuleEncoding)], topics: [String],
        _ w: inout Writer
    ) {
        let machine = graph.index.machine
        let n = graph.stateCount
        let handlers = graph.handlers
        w.line(0, "hidden byte role[N];")
        w.line(0, "hidden int edgeFrom[N + 1];  /* edges of state q: edgeFrom[q] .. edgeFrom[q + 1] - 1 */")
        w.line(0, "hidden int edgeTo[M];")
        w.line(0, "hidden byte edgeAnswer[M];  /* answer class: yes 1, no 2, later 4, none 0 */")
        w.line(
            0,
            "hidden byte topic[N];  /* disclose topic: \(topics.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")) */"
        )
        w.line(0, "hidden byte namesCompany[N];  /* an identify whose text names the company */")
        w.line(0, "hidden byte canEnd[N];  /* a terminal is reachable (computed in init) */")
        w.line(0, "hidden int entry[H + 1];")
        w.line(0, "hidden byte event[H + 1];")
        w.line(0, "hidden byte ruleKind[R + 1];")
        w.line(
            0, "hidden int ruleRole[R + 1], ruleAfter[R + 1], ruleAnswers[R + 1], ruleGated[R + 1], ruleOwed[R + 1];")
        w.line(0, "hidden int ruleEvents[R + 1], ruleEvent[R + 1];")
        w.line(0, "hidden byte ruleSilent[R + 1], ruleAgentEnded[R + 1], ruleInterrupts[R + 1];")
        for (id, _) in rules {
            w.line(0, "hidden byte \(PromelaModel.assertionName(id));  /* never set: see the header */")
        }
        w.line(0, "")
        w.line(0, "inline fillTables() {")
        w.line(1, "d_step {")
        let company = machine.script.company
        for q in 0..<n {
            let s = graph.state(q)
            var line = "role[\(q)] = \(roleName(s.role)); edgeFrom[\(q)] = \(graph.edgeStart[q]);"
            if s.role == .disclose, let t = s.topic, let i = topics.firstIndex(of: t) {
                line += " topic[\(q)] = \(i + 1);"
            }
            if s.role == .identify, PartyNames.mentions(s.text ?? "", placeholder: "company", name: company) {
                line += " namesCompany[\(q)] = 1;"
            }
            w.line(2, line + "  /* \(comment(s.id)) */")
        }
        w.line(2, "edgeFrom[\(n)] = \(graph.edgeTarget.count);")
        for q in 0..<n {
            for e in graph.edges(from: q) {
                let answer = graph.transition(ofEdge: e, from: q).answerClass.map(answerBit) ?? 0
                w.line(
                    2, "edgeTo[\(e)] = \(graph.edgeTarget[e]);" + (answer == 0 ? "" : " edgeAnswer[\(e)] = \(answer);"))
            }
        }
        for (h, handler) in handlers.enumerated() {
            w.line(
                2,
                "entry[\(h)] = \(handler.entry); event[\(h)] = \(eventNumber(handler.event));  /* on \(comment(handler.event)) */"
            )
        }
        for (r, rule) in rules.enumerated() {
            let e = rule.encoding
            w.line(
                2,
                "ruleKind[\(r)] = K_\(macro("\(e.kind)")); ruleRole[\(r)] = \(e.role); ruleAfter[\(r)] = \(e.after);"
                    + " ruleAnswers[\(r)] = \(e.answers); ruleGated[\(r)] = \(e.gated); ruleOwed[\(r)] = \(e.owed);"
                    + " ruleEvents[\(r)] = \(e.events); ruleEvent[\(r)] = \(e.event);"
                    + " ruleSilent[\(r)] = \(e.silent ? 1 : 0); ruleAgentEnded[\(r)] = \(e.agentEnded ? 1 : 0);"
                    + " ruleInterrupts[\(r)] = \(e.interrupts ? 1 : 0);"
                    + "  /* \(rule.id) */")
        }
        w.line(1, "}")
        w.line(0, "}")
    }

    static func roleName(_ role: Role) -> String { "R_" + macro(role.rawValue) }

    static func macro(_ text: String) -> String {
        var out = ""
        for c in text {
            if c.isUppercase, !out.isEmpty { out += "_" }
            out += c.isLetter || c.isNumber ? c.uppercased() : "_"
        }
        return out
    }

    static func comment(_ text: String) -> String {
        text.replacingOccurrences(of: "*/", with: "* /").replacingOccurrences(of: "\n", with: " ")
    }
}
