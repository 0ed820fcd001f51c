import CallscriptDiagnostics
import CallscriptMachine

/// A machine laid out for drawing: one cluster per step or handler, labelled nodes, labelled
/// edges, and the counterexample path marked. `DOTGraph` and `MermaidGraph` render it; neither
/// looks at the machine again.
public struct FlowGraph: Hashable, Sendable {
    public struct Node: Hashable, Sendable {
        /// The state ID (`offer.2`).
        public var id: String
        public var role: Role
        /// What the node shows: the role (with its field, purpose or topic) ...
        public var title: String
        /// ... and the shortened text, if any.
        public var text: String?
        /// The full text, for tooltips.
        public var fullText: String?
        public var onPath: Bool
        /// The node stands for a transition target that is not in the machine.
        public var isMissing: Bool
    }

    public struct Cluster: Hashable, Sendable {
        /// The step name, or `on objection` for a handler.
        public var step: String
        public var isHandler: Bool
        public var nodes: [Node]
    }

    public struct Edge: Hashable, Sendable {
        public var from: String
        public var to: String
        public var kind: Transition.Kind
        /// The answer (`"Ja"`, with its class), `if <condition>` or `else`; nil for `next`.
        public var label: String?
        public var onPath: Bool
    }

    /// A handler's entry: drawn as a dashed "any moment" edge.
    public struct HandlerEntry: Hashable, Sendable {
        public var event: String
        public var entry: String
        public var onPath: Bool
    }

    public var title: String
    public var start: String
    public var startOnPath: Bool
    public var clusters: [Cluster]
    /// Targets that no state has (only in a damaged machine), drawn outside every cluster.
    public var missing: [Node]
    public var edges: [Edge]
    public var handlers: [HandlerEntry]
    /// The highlighted path in words, if one was given.
    public var pathSummary: String?

    /// Lays out `machine`, marking `path` (a counterexample) if given. Linear in the machine's size.
    public init(machine: Machine, highlighting path: ConversationPath? = nil, textLimit: Int = 40) {
        title = machine.script.name
        start = machine.start
        pathSummary = path?.summary

        var pathStates: Set<String> = []
        var pathEdges: Set<EdgeKey> = []
        if let path {
            for (i, step) in path.steps.enumerated() {
                pathStates.insert(step.state)
                if i + 1 < path.steps.count {
                    pathEdges.insert(EdgeKey(from: step.state, to: path.steps[i + 1].state, index: step.transition))
                }
            }
        }
        let entryState = path?.steps.first?.state
        startOnPath = path?.entry == "start" && entryState == machine.start
        handlers = machine.handlers.map { h in
            HandlerEntry(event: h.event, entry: h.entry, onPath: path?.entry == h.event && entryState == h.entry)
        }

        var clusterIndex: [String: Int] = [:]
        var clusters: [Cluster] = []
        var known: Set<String> = []
        var edges: [Edge] = []
        let handlerSteps = Set(machine.handlers.map { "on \($0.event)" })
        for state in machine.states {
            known.insert(state.id)
            let node = Node(
                id: state.id, role: state.role, title: Self.title(of: state),
                text: state.text.map { Self.shortened($0, limit: textLimit) }, fullText: state.text,
                onPath: pathStates.contains(state.id), isMissing: false)
            if let i = clusterIndex[state.step] {
                clusters[i].nodes.append(node)
            } else {
                clusterIndex[state.step] = clusters.count
                let isHandler = handlerSteps.contains(state.step) || state.id.hasPrefix("on-")
                clusters.append(Cluster(step: state.step, isHandler: isHandler, nodes: [node]))
            }
            for (i, t) in state.transitions.enumerated() {
                let onPath =
                    pathEdges.contains(EdgeKey(from: state.id, to: t.target, index: i))
                    || pathEdges.contains(EdgeKey(from: state.id, to: t.target, index: nil))
                edges.append(Edge(from: state.id, to: t.target, kind: t.kind, label: Self.label(of: t), onPath: onPath))
            }
        }
        var missing: [Node] = []
        var seenMissing: Set<String> = []
        let referenced = edges.map(\.to) + [machine.start] + machine.handlers.map(\.entry)
        for target in referenced where !known.contains(target) && seenMissing.insert(target).inserted {
            missing.append(
                Node(
                    id: target, role: .say, title: "missing state", text: target, fullText: nil,
                    onPath: pathStates.contains(target), isMissing: true))
        }
        self.clusters = clusters
        self.missing = missing
        self.edges = edges
    }

    private struct EdgeKey: Hashable {
        var from: String
        var to: String
        var index: Int?
    }

    /// `identify`, `capture email`, `ask consent email-offers`, `callback at callback_at`.
    static func title(of state: State) -> String {
        switch state.role {
        case .capture: return "capture" + (state.field.map { " \($0)" } ?? "")
        case .callback: return "callback at" + (state.field.map { " \($0)" } ?? "")
        case .askConsent: return "ask consent" + (state.purpose.map { " \($0)" } ?? "")
        case .askConvenient: return "ask convenient"
        case .askOptout: return "ask optout"
        case .askSale: return "ask sale"
        case .disclose: return "disclose" + (state.topic.map { " \($0)" } ?? "")
        case .recordObjection: return "record objection"
        case .transferOptout: return "transfer optout"
        default: return state.role.rawValue
        }
    }

    /// `"Ja" (yes)`, `if interest == low`, `else`; nil for `next`.
    static func label(of t: Transition) -> String? {
        guard var text = t.choiceDescription else { return nil }
        if t.kind == .answer, let c = t.answerClass { text += " (\(c.rawValue))" }
        return text
    }

    /// The first `limit` characters on one line, with an ellipsis when cut.
    public static func shortened(_ text: String, limit: Int) -> String {
        var flat = ""
        for c in text { flat.append(c.isNewline || c == "\t" ? " " : c) }
        guard flat.count > limit, limit > 1 else { return flat }
        return String(flat.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
