import CallscriptDiagnostics
import CallscriptMachine

/// Turns a found path into what people and tools read: a `ConversationPath` that replays by
/// transition index, one labelled related location per step, and a one-line summary.
///
/// A handler started mid-path shows as a step whose `choice` is `on EVENT` and whose
/// `transition` is nil; the next step is the handler's first statement.
enum Counterexample {
    /// Related locations kept at each end of a very long path (the `path` itself stays whole).
    static let relatedKeptAtEachEnd = 100
    static let summaryKeptAtEachEnd = 12

    static func diagnostic(
        rule: Rule, finding: Finding, message: String, help: String, graph: MachineGraph
    ) -> Diagnostic {
        let steps = finding.path.map { node -> PathStep in
            let id = graph.state(node.state).id
            switch node.exit {
            case .edge(let e):
                let t = graph.transition(ofEdge: e, from: node.state)
                return PathStep(state: id, choice: t.choiceDescription, transition: graph.edgeTransition[e])
            case .handler(let event):
                return PathStep(state: id, choice: "on \(event)", transition: nil)
            case .none:
                return PathStep(state: id)
            }
        }
        let path = ConversationPath(entry: finding.entry, steps: steps)
        let last = finding.path.last?.state ?? 0
        return Diagnostic(
            code: rule.id, severity: rule.severity, message: message, range: graph.state(last).source,
            related: related(steps, finding.path, graph), notes: ["path: " + summary(path)], help: help,
            path: path)
    }

    private static func related(_ steps: [PathStep], _ nodes: [PathNode], _ graph: MachineGraph) -> [RelatedLocation] {
        var result: [RelatedLocation] = []
        let count = steps.count
        for (i, step) in steps.enumerated() {
            if count > 2 * relatedKeptAtEachEnd, i >= relatedKeptAtEachEnd, i < count - relatedKeptAtEachEnd {
                continue
            }
            let state = graph.state(nodes[i].state)
            var label = "step \(i + 1): \(step.state) "
            if state.role == .branch, let choice = step.choice {
                // The condition taken says it all: `if interest == low` or `else`.
                label += choice
            } else {
                if let text = state.text {
                    label += "\"" + shortened(text) + "\""
                } else {
                    label += state.role.keyword + (state.field.map { " " + $0 } ?? "")
                }
                if let choice = step.choice { label += " → " + choice }
            }
            result.append(RelatedLocation(label: label, range: state.source))
        }
        return result
    }

    /// The readable path, with the middle of very long paths elided.
    static func summary(_ path: ConversationPath) -> String {
        let keep = summaryKeptAtEachEnd
        guard path.steps.count > 2 * keep else { return path.summary }
        let head = ConversationPath(entry: path.entry, steps: Array(path.steps.prefix(keep))).summary
        let tail = ConversationPath(entry: "start", steps: Array(path.steps.suffix(keep))).summary
        return "\(head) → … \(path.steps.count - 2 * keep) more steps … → \(tail)"
    }

    private static func shortened(_ text: String) -> String {
        let limit = 40
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
