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
    /// The assertion variable of each rule (`modelled` order) on each machine of the model.
    public var assertions: [[String]]

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
        model([machine], policy: policy)
    }

    /// One model for several machines under the same policy (a campaign compiles SPIN's
    /// verifier once for all of them): the process first picks the machine, and the assertion of
    /// rule `RULE` on machine `i` is `m<i>_RULE_holds`. With one machine it is `RULE_holds`.
    public static func model(_ machines: [Machine], policy: Policy) -> PromelaModel {
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
            machines.map { MachineGraph($0) }, policyID: policy.id, rules: encoded, topics: topics,
            notModelled: notModelled, notPathRules: notPath)
    }

    /// The model for rules already encoded (`topics` numbers the disclosure topics they use).
    static func model(
        _ graphs: [MachineGraph], policyID: String, rules encoded: [(id: String, encoding: PromelaRuleEncoding)],
        topics: [String], notModelled: [String] = [], notPathRules notPath: [String] = []
    ) -> PromelaModel {
        let states = graphs.reduce(0) { $0 + $1.stateCount }
        let handlers = graphs.reduce(0) { $0 + $1.handlers.count }
        let degree = graphs.flatMap { g in (0..<g.stateCount).map { g.edges(from: $0).count } }.max() ?? 0
        let bound = (encoded.count + 1) * (states + 1) * 8 * (degree + handlers + 8)
        let depth = min(max(bound, 10_000), 20_000_000)
        var assertions: [[String]] = []
        for m in graphs.indices {
            assertions.append(
                encoded.map {
                    graphs.count == 1 ? PromelaModel.assertionName($0.id) : "m\(m)_" + PromelaModel.assertionName($0.id)
                })
        }
        var w = Writer()
        header(graphs, policyID: policyID, encoded.map(\.id), notModelled, depth: depth, &w)
        constants(graphs, rules: encoded.count, &w)
        PromelaTables.write(graphs, encoded, topics: topics, assertions: assertions, &w)
        PromelaProperties.process(rules: encoded.map(\.id), assertions: assertions, &w)
        return PromelaModel(
            text: w.text, modelled: encoded.map(\.id), notModelled: notModelled, notPathRules: notPath,
            searchDepth: depth, assertions: assertions)
    }

    private static func header(
        _ graphs: [MachineGraph], policyID: String, _ rules: [String], _ notModelled: [String], depth: Int,
        _ w: inout Writer
    ) {
        if graphs.count == 1, let machine = graphs.first?.index.machine {
            w.line(
                0, "/* Promela model of \"\(comment(machine.script.name))\", exported by \(comment(machine.compiler)).")
            w.line(
                0,
                "   Machine digest: \(machine.digest.isEmpty ? "(not sealed)" : machine.digest); policy: \(policyID).")
        } else {
            w.line(
                0,
                "/* Promela model of \(graphs.count) machines (machine i: assertions m<i>_RULE_holds); policy: \(policyID)."
            )
            for (i, g) in graphs.enumerated() {
                w.line(0, "   machine \(i): \(comment(g.index.machine.script.name)) \(g.index.machine.digest)")
            }
        }
        w.line(0, "   Check it:  spin -a model.pml && gcc -DSAFETY -o pan pan.c && ./pan -c0 -m\(depth)")
        w.line(0, "   Every \"assertion violated RULE_holds\" line names a rule that a path breaks; a rule")
        w.line(0, "   with no such line holds on every path. Rules checked, by number:")
        for (i, id) in rules.enumerated() { w.line(0, "     rule \(i): \(id)") }
        for id in notModelled { w.line(0, "     not modelled: \(id) (no table entry for its kind of check)") }
        w.line(0, "*/")
    }

    private static func constants(_ graphs: [MachineGraph], rules: Int, _ w: inout Writer) {
        let states = graphs.reduce(0) { $0 + $1.stateCount }
        let edges = graphs.reduce(0) { $0 + $1.edgeTarget.count }
        let handlers = graphs.reduce(0) { $0 + $1.handlers.count }
        w.line(0, "#define MACHINES \(max(graphs.count, 1))")
        w.line(0, "#define N \(max(states, 1))  /* machine states */")
        w.line(0, "#define M \(max(edges, 1))  /* transitions */")
        w.line(0, "#define H \(handlers)  /* handlers */")
        w.line(0, "#define R \(rules)  /* rules */")
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
