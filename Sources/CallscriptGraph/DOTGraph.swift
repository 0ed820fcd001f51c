import CallscriptDiagnostics
import CallscriptMachine

/// Renders a `FlowGraph` as Graphviz DOT (`dot -Tsvg flow.dot > flow.svg`).
///
/// Each step is a `cluster_<step>` subgraph labelled with the step name; handlers are dashed
/// clusters entered by a dashed edge from the "any moment" node. The counterexample path, if
/// any, is drawn in bold red.
public struct DOTGraph: Sendable {
    public var graph: FlowGraph

    public init(_ graph: FlowGraph) {
        self.graph = graph
    }

    /// Lays out and renders `machine` in one go.
    public init(machine: Machine, highlighting path: ConversationPath? = nil) {
        self.init(FlowGraph(machine: machine, highlighting: path))
    }

    /// The DOT source, ending in a newline.
    public func render() -> String {
        var out: [String] = []
        var label = graph.title
        if let summary = graph.pathSummary { label += "\ncounterexample: " + summary }
        out.append("digraph \(Self.quoted("callscript")) {")
        out.append(
            "  graph [label=\(Self.quoted(label)), labelloc=t, fontname=\"Helvetica\", compound=true, newrank=true];")
        out.append(
            "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];")
        out.append("  edge [fontname=\"Helvetica\", fontsize=9];")
        out.append("")
        out.append(
            "  \"__start\" [label=\"start\", shape=circle, style=filled, fillcolor=\"#212529\", fontcolor=\"#ffffff\"\(graph.startOnPath ? Self.pathNode : "")];"
        )
        if !graph.handlers.isEmpty {
            out.append("  \"__any\" [label=\"any moment\", shape=circle, style=dashed];")
        }
        for cluster in graph.clusters {
            out.append("")
            out.append("  subgraph \(Self.quoted("cluster_" + cluster.step)) {")
            out.append("    label=\(Self.quoted(cluster.step));")
            out.append(
                cluster.isHandler
                    ? "    style=\"rounded,dashed\"; color=\"#868e96\";" : "    style=rounded; color=\"#adb5bd\";")
            for node in cluster.nodes { out.append("    " + Self.node(node)) }
            out.append("  }")
        }
        for node in graph.missing { out.append("  " + Self.node(node)) }
        out.append("")
        out.append(
            "  \"__start\" -> \(Self.quoted(graph.start))\(graph.startOnPath ? " [" + Self.pathEdge + "]" : "");")
        for h in graph.handlers {
            var attrs = "style=dashed, label=\(Self.quoted("on \(h.event)"))"
            if h.onPath { attrs += ", " + Self.pathEdge }
            out.append("  \"__any\" -> \(Self.quoted(h.entry)) [\(attrs)];")
        }
        for edge in graph.edges {
            var attrs: [String] = []
            if let l = edge.label { attrs.append("label=\(Self.quoted(l))") }
            if edge.onPath { attrs.append(Self.pathEdge) }
            let suffix = attrs.isEmpty ? "" : " [\(attrs.joined(separator: ", "))]"
            out.append("  \(Self.quoted(edge.from)) -> \(Self.quoted(edge.to))\(suffix);")
        }
        out.append("")
        out.append(contentsOf: legend())
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private func legend() -> [String] {
        var out = [
            "  subgraph \"cluster legend\" {", "    label=\"legend\"; style=rounded; color=\"#dee2e6\"; fontsize=10;",
        ]
        var ids: [String] = []
        for style in RoleStyle.allCases {
            let id = "legend_" + style.rawValue
            ids.append(id)
            let shape = style == .terminal ? "doubleoctagon" : style == .branch ? "diamond" : "box"
            out.append(
                "    \(Self.quoted(id)) [label=\(Self.quoted(style.legend)), shape=\(shape), fillcolor=\(Self.quoted(style.fill)), color=\(Self.quoted(style.stroke))];"
            )
        }
        if graph.pathSummary != nil {
            ids.append("legend_path")
            out.append("    \"legend_path\" [label=\"counterexample path\", \(Self.pathNode.dropFirst(2))];")
        }
        // Invisible edges stack the legend entries in one column.
        for (a, b) in zip(ids, ids.dropFirst()) {
            out.append("    \(Self.quoted(a)) -> \(Self.quoted(b)) [style=invis];")
        }
        out.append("  }")
        return out
    }

    private static let pathNode = ", color=\"\(RoleStyle.pathColor)\", fontcolor=\"\(RoleStyle.pathColor)\", penwidth=3"
    private static let pathEdge =
        "color=\"\(RoleStyle.pathColor)\", fontcolor=\"\(RoleStyle.pathColor)\", penwidth=3, style=bold"

    static func node(_ node: FlowGraph.Node) -> String {
        if node.isMissing {
            return "\(quoted(node.id)) [label=\(quoted("missing state\n" + node.id)), style=dashed, color=\"#e03131\"];"
        }
        let style = RoleStyle(node.role)
        var label = node.title
        if let text = node.text { label += "\n“" + text + "”" }
        let shape = node.role.isTerminal ? "doubleoctagon" : node.role == .branch ? "diamond" : "box"
        var tooltip = node.id
        if let full = node.fullText { tooltip += ": " + full }
        var attrs = "label=\(quoted(label)), tooltip=\(quoted(tooltip)), shape=\(shape)"
        attrs += ", fillcolor=\(quoted(style.fill)), color=\(quoted(style.stroke))"
        if node.role.isQuestion { attrs += ", style=\"rounded,filled,bold\"" }
        if node.onPath { attrs += pathNode }
        return "\(quoted(node.id)) [\(attrs)];"
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, newlines as `\n` (centred line
    /// breaks); carriage returns dropped. Escaping the backslash also keeps `\N`, `\G` and friends
    /// in script text from being expanded by Graphviz.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
