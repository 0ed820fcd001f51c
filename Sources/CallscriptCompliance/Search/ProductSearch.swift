import CallscriptMachine

/// A violation the product search found: the rule breaks at `path.last` and `path` is a
/// shortest path from a root to it.
struct Finding: Sendable {
    var violation: Int
    /// The path's entry: `start` or a handler's event.
    var entry: String
    var path: [PathNode]
}

/// Breadth-first search of the product of the machine graph with a property automaton.
///
/// Each product node (machine state, automaton state before reading it) is visited at most
/// once, so the search runs in O(automaton states × (states + transitions + handlers)) time and
/// memory, with explicit arrays and a queue instead of recursion. Handler interrupts go through
/// one hub per automaton state: the first node that reaches automaton state `a` after a
/// non-terminal state fans out to every handler entry, later ones would find them visited.
/// Because the queue is ordered by path length, the first violation found for a machine state
/// and kind ends a shortest violating path; the search keeps that one and ignores the others.
enum ProductSearch {
    static let maxFindings = 25

    static func run<P: PathProperty>(_ property: P, on graph: MachineGraph) -> [Finding] {
        let k = property.automatonStates
        let n = graph.stateCount
        guard n > 0, k > 0 else { return [] }
        let unvisited = -1
        let isRoot = -2
        // parent[node] = previous node; via[node] = edge taken from it (-1 - h: handler h started).
        var parent = [Int](repeating: unvisited, count: n * k)
        var via = [Int](repeating: -1, count: n * k)
        var rootEntry: [Int: String] = [:]
        var queue = [Int]()
        var hubOpened = [Bool](repeating: false, count: k)
        var seen = Set<Int>() // (state * violationKinds + kind), to keep one finding per cause
        var findings = [Finding]()

        func visit(_ node: Int, from previous: Int, via edge: Int) {
            guard parent[node] == unvisited else { return }
            parent[node] = previous
            via[node] = edge
            queue.append(node)
        }

        for (entry, event, q) in rootStates(property.roots, graph) {
            let start: Int
            if let event {
                guard case .go(let a) = property.startHandler(event: event, 0) else { continue }
                start = q * k + a
            } else {
                start = q * k
            }
            guard parent[start] == unvisited else { continue }
            parent[start] = isRoot
            rootEntry[start] = entry
            queue.append(start)
        }

        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            let q = node / k
            let a = node % k
            switch property.read(q, a) {
            case .accept:
                continue
            case .violation(let kind):
                let key = q &* 64 &+ kind
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                findings.append(reconstruct(node, kind, k, parent, via, rootEntry, graph))
                if findings.count >= maxFindings { return findings }
            case .go(let next):
                for e in graph.edgeStart[q]..<graph.edgeStart[q + 1] {
                    let after = property.take(edge: e, from: q, next)
                    visit(graph.edgeTarget[e] * k + after, from: node, via: e)
                }
                if property.followsInterrupts, !graph.roles[q].isTerminal, !hubOpened[next] {
                    hubOpened[next] = true
                    for (h, handler) in graph.handlers.enumerated() {
                        guard case .go(let entered) = property.interrupt(event: handler.event, next) else {
                            continue
                        }
                        // Which handler, not only its entry: handlers that jump share entries.
                        visit(handler.entry * k + entered, from: node, via: -1 - h)
                    }
                }
            }
        }
        return findings
    }

    private static func rootStates(_ roots: PathRoots, _ graph: MachineGraph) -> [(String, String?, Int)] {
        var result: [(String, String?, Int)] = []
        switch roots {
        case .start, .startAndHandlers:
            if let s = graph.index.startIndex { result.append(("start", nil, s)) }
            if roots == .startAndHandlers {
                result += graph.handlers.map { ($0.event, $0.event, $0.entry) }
            }
        case .handlers(let event):
            result += graph.handlers.filter { $0.event == event }.map { ($0.event, $0.event, $0.entry) }
        }
        return result
    }

    /// Follows parent pointers back to the root (an explicit loop; paths can be long).
    private static func reconstruct(
        _ last: Int, _ kind: Int, _ k: Int, _ parent: [Int], _ via: [Int], _ rootEntry: [Int: String],
        _ graph: MachineGraph
    ) -> Finding {
        var nodes = [PathNode(state: last / k, exit: .none)]
        var node = last
        while parent[node] >= 0 {
            let previous = parent[node]
            let edge = via[node]
            let exit: PathNode.Exit
            if edge >= 0 {
                exit = .edge(edge)
            } else {
                exit = .handler(graph.handlers[-1 - edge].event)
            }
            nodes.append(PathNode(state: previous / k, exit: exit))
            node = previous
        }
        nodes.reverse()
        return Finding(violation: kind, entry: rootEntry[node] ?? "start", path: nodes)
    }
}
