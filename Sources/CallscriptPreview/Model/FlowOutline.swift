import CallscriptGraph
import CallscriptMachine

/// The flow graph as plain text, for a machine without Graphviz: one block per step or
/// handler, each state with its role and text, each arrow with its answer or condition.
/// States and arrows of the breaking path are marked `▶`, so the failing conversation reads
/// from top to bottom.
public enum FlowOutline {
    /// The outline of `graph`, ending in a newline.
    public static func render(_ graph: FlowGraph) -> String {
        var out = "\(graph.title)\n"
        if let summary = graph.pathSummary { out += "▶ breaking path: \(summary)\n" }
        out += "\n\(graph.startOnPath ? "▶" : " ") start → \(graph.start)\n"
        for handler in graph.handlers {
            out += "\(handler.onPath ? "▶" : " ") at any moment: on \(handler.event) → \(handler.entry)\n"
        }
        var outgoing: [String: [FlowGraph.Edge]] = [:]
        for edge in graph.edges { outgoing[edge.from, default: []].append(edge) }
        for cluster in graph.clusters {
            out += "\n\(cluster.isHandler ? cluster.step : "step \(cluster.step)")\n"
            for node in cluster.nodes {
                let text = node.text.map { " \"\($0)\"" } ?? ""
                out += "\(node.onPath ? "▶" : " ")   \(node.id)  \(node.title)\(text)\n"
                for edge in outgoing[node.id] ?? [] {
                    let label = edge.label.map { "\($0) " } ?? ""
                    out += "\(edge.onPath ? "▶" : " ")       \(label)→ \(edge.to)\n"
                }
            }
        }
        for node in graph.missing { out += "\n\(node.onPath ? "▶" : " ")   \(node.id)  (missing state)\n" }
        return out
    }
}
