import CallscriptDiagnostics
import CallscriptMachine

/// Renders a `FlowGraph` as a Mermaid `stateDiagram-v2`, which GitHub and most Markdown
/// viewers draw inline.
///
/// State IDs such as `offer.2` are not valid Mermaid identifiers, so each gets an alias
/// (`offer_2`) and its label through `state "label" as offer_2`. Steps are composite states;
/// roles are `classDef`s; the counterexample path gets the `onpath` class and marked edges.
public struct MermaidGraph: Sendable {
    public var graph: FlowGraph

    public init(_ graph: FlowGraph) {
        self.graph = graph
    }

    /// Lays out and renders `machine` in one go.
    public init(machine: Machine, highlighting path: ConversationPath? = nil) {
        self.init(FlowGraph(machine: machine, highlighting: path))
    }

    /// The Mermaid source, ending in a newline.
    public func render() -> String {
        var ids = IdentifierTable()
        for cluster in graph.clusters { for node in cluster.nodes { _ = ids.id(for: node.id) } }
        for node in graph.missing { _ = ids.id(for: node.id) }

        var out = ["stateDiagram-v2", "    direction TB"]
        for style in RoleStyle.allCases {
            out.append("    classDef \(style.rawValue) fill:\(style.fill),stroke:\(style.stroke),color:#212529")
        }
        out.append("    classDef missing fill:#ffffff,stroke:\(RoleStyle.pathColor),stroke-dasharray:4")
        out.append(
            "    classDef onpath stroke:\(RoleStyle.pathColor),stroke-width:4px,color:\(RoleStyle.pathColor),font-weight:bold"
        )
        if let summary = graph.pathSummary {
            out.append("    %% counterexample: \(Self.clean(summary))")
        }
        out.append("")

        // Mermaid draws no edge between states inside different composite states, so an edge
        // within a step is drawn inside its composite and a jump to another step (which always
        // enters at that step's first statement) from composite to composite.
        var stepOf: [String: String] = [:]
        for cluster in graph.clusters { for node in cluster.nodes { stepOf[node.id] = cluster.step } }
        func outer(_ node: String) -> String { stepOf[node].map { ids.composite(for: $0) } ?? ids.id(for: node) }
        func edgeText(_ edge: FlowGraph.Edge) -> String {
            var text = edge.label.map(Self.clean) ?? ""
            if edge.onPath { text = text.isEmpty ? "✗" : "✗ " + text }
            return text.isEmpty ? "" : " : " + text
        }
        var classes: [String: [String]] = [:]
        var onPath: [String] = []
        for cluster in graph.clusters {
            let composite = ids.composite(for: cluster.step)
            if composite == cluster.step {
                out.append("    state \(composite) {")
            } else {
                out.append("    state \"\(Self.clean(cluster.step))\" as \(composite) {")
            }
            for node in cluster.nodes {
                let id = ids.id(for: node.id)
                out.append("        state \"\(Self.clean(label(node)))\" as \(id)")
                classes[RoleStyle(node.role).rawValue, default: []].append(id)
                if node.onPath { onPath.append(id) }
            }
            if let first = cluster.nodes.first { out.append("        [*] --> \(ids.id(for: first.id))") }
            for edge in graph.edges where stepOf[edge.from] == cluster.step && stepOf[edge.to] == cluster.step {
                out.append("        \(ids.id(for: edge.from)) --> \(ids.id(for: edge.to))" + edgeText(edge))
            }
            for node in cluster.nodes where node.role.isTerminal {
                out.append("        \(ids.id(for: node.id)) --> [*]")
            }
            out.append("    }")
        }
        for node in graph.missing {
            let id = ids.id(for: node.id)
            out.append("    state \"missing state \(Self.clean(node.id))\" as \(id)")
            classes["missing", default: []].append(id)
            if node.onPath { onPath.append(id) }
        }
        out.append("")
        out.append("    [*] --> \(outer(graph.start))" + (graph.startOnPath ? " : ✗ start" : ""))
        if !graph.handlers.isEmpty {
            out.append("    state \"any moment\" as any_moment")
            for h in graph.handlers {
                let mark = h.onPath ? "✗ " : ""
                out.append("    any_moment --> \(outer(h.entry)) : \(mark)on \(Self.clean(h.event))")
            }
        }
        var drawn: Set<String> = []
        for edge in graph.edges where stepOf[edge.from] == nil || stepOf[edge.from] != stepOf[edge.to] {
            let line = "    \(outer(edge.from)) --> \(outer(edge.to))" + edgeText(edge)
            if drawn.insert(line).inserted { out.append(line) }
        }
        out.append("")
        out.append(contentsOf: legend(&ids, classes: &classes, onPath: &onPath))
        out.append("")
        for style in RoleStyle.allCases.map(\.rawValue) + ["missing"] {
            if let members = classes[style] { out.append("    class \(members.joined(separator: ",")) \(style)") }
        }
        if !onPath.isEmpty { out.append("    class \(onPath.joined(separator: ",")) onpath") }
        return out.joined(separator: "\n") + "\n"
    }

    private func legend(
        _ ids: inout IdentifierTable, classes: inout [String: [String]], onPath: inout [String]
    ) -> [String] {
        let box = ids.composite(for: "legend")
        var out = ["    state \"legend\" as \(box) {"]
        if box == "legend" { out[0] = "    state legend {" }
        for style in RoleStyle.allCases {
            let id = ids.id(for: "legend " + style.rawValue)
            out.append("        state \"\(Self.clean(style.legend))\" as \(id)")
            classes[style.rawValue, default: []].append(id)
        }
        if graph.pathSummary != nil {
            let id = ids.id(for: "legend path")
            out.append("        state \"counterexample path (✗)\" as \(id)")
            onPath.append(id)
        }
        out.append("    }")
        return out
    }

    private func label(_ node: FlowGraph.Node) -> String {
        guard let text = node.text else { return node.title }
        return "\(node.title): ‘\(text)’"
    }

    /// Label text Mermaid's state grammar cannot misread: no double quotes (they end a state
    /// label), no `;` or `#` (a statement end and an entity/comment start), no `%%` (a comment),
    /// no `<`/`>` (taken as HTML), one line.
    public static func clean(_ s: String) -> String {
        var out = ""
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch c {
            case "\"": out += "'"
            case ";": out += ","
            case "#": out += "＃"
            case "%": out += "％"
            case "<" where next == "=":
                out += "≤"
                i += 1
            case ">" where next == "=":
                out += "≥"
                i += 1
            case "<": out += "＜"
            case ">": out += "＞"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out
    }
}

/// Gives each state ID and step a distinct Mermaid identifier (letters, digits, `_`, not
/// starting with a digit, not a Mermaid keyword), stable for the same input.
struct IdentifierTable {
    private var byName: [String: String] = [:]
    private var taken: Set<String> = ["any_moment"]
    private static let reserved: Set<String> = [
        "state", "note", "end", "class", "classDef", "direction", "style", "as", "default", "hide", "scale",
        "left", "right", "of", "click", "stateDiagram", "TB", "BT", "LR", "RL",
    ]

    /// The identifier for a state ID (`offer.2` -> `offer_2`).
    mutating func id(for name: String) -> String {
        if let known = byName[name] { return known }
        return allocate(name, key: name)
    }

    /// The identifier for a step's composite state: the step name when it is free.
    mutating func composite(for step: String) -> String {
        let key = "\u{0}step " + step
        if let known = byName[key] { return known }
        return allocate(step, key: key)
    }

    private mutating func allocate(_ name: String, key: String) -> String {
        var base = ""
        for c in name.unicodeScalars {
            let ok = c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_")
            base.unicodeScalars.append(ok ? c : "_")
        }
        if base.isEmpty || base.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true { base = "s_" + base }
        if Self.reserved.contains(base) { base += "_" }
        var candidate = base
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(base)_\(n)"
            n += 1
        }
        taken.insert(candidate)
        byName[key] = candidate
        return candidate
    }
}
