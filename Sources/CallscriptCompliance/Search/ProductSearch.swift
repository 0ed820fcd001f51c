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

    /// The search's own data: one 32-bit parent per product node (`q * k + a`), the queue and
    /// the hubs. The edge a node was reached by is not stored: `reconstruct` finds it again
    /// from the parent (the first edge, then the first handler, that leads there), which is
    /// the one the search took, so each visit writes four bytes instead of sixteen.
    fileprivate struct Search<P: PathProperty> {
        let property: P
        let graph: MachineGraph
        let k: Int
        /// For each automaton state: the nodes the hub leads to, with their handler, in order.
        let hub: [[(handler: Int, node: Int)]]

        init(_ property: P, _ graph: MachineGraph) {
            self.property = property
            self.graph = graph
            let k = property.automatonStates
            self.k = k
            // Events are strings: decided once per automaton state, not per visit.
            hub = (0..<(property.followsInterrupts ? k : 0)).map { a in
                graph.handlers.enumerated().compactMap { h, handler in
                    guard case .go(let entered) = property.interrupt(event: handler.event, a) else { return nil }
                    return (h, handler.entry * k + entered)
                }
            }
        }
    }

    static let unvisited: Int32 = -1
    static let isRoot: Int32 = -2

    static func run<P: PathProperty>(_ property: P, on graph: MachineGraph) -> [Finding] {
        let search = Search(property, graph)
        let k = search.k
        let n = graph.stateCount
        // `MachineLimits` keeps machines far below 2^31 / k states, so 32 bits always hold a node.
        guard n > 0, k > 0, n <= Int(Int32.max) / (k + 1) else { return [] }
        // Most rules hold on most machines: a first search that only marks nodes visited (a
        // bit each) says so without the parent array (four bytes a node, 8 MB for one rule of
        // a 100,000-step script, two rules at a time); only a rule it finds broken is searched
        // again, in the same order, with parents for the counterexamples.
        var broken = false
        do {
            var bits = VisitedBits(nodes: n * k)
            traverse(
                search, &bits, root: { _, _ in },
                violation: { _, _ in
                    broken = true
                    return true
                })
        }
        guard broken else { return [] }
        var links = ParentLinks(nodes: n * k)
        var rootEntry: [Int: String] = [:]
        var seen = Set<Int>() // (state * 64 + kind), to keep one finding per cause
        var found: [(node: Int, kind: Int)] = []
        traverse(
            search, &links, root: { node, entry in rootEntry[node] = entry },
            violation: { node, kind in
                guard seen.insert(node / k &* 64 &+ kind).inserted else { return false }
                found.append((node, kind))
                return found.count >= maxFindings
            })
        // Parents never change once set, so the paths are the same as when they were found.
        return found.map { search.reconstruct($0.node, $0.kind, links.parent, rootEntry) }
    }

    /// The breadth-first traversal of both searches: the roots, then each node's edges and its
    /// automaton state's handler hub, in one order, each node claimed once in `visits`.
    /// `violation` hears of every violating node reached (its node and kind) and says whether
    /// to stop. Plain local arrays and no nested function capturing them: a captured `var` is
    /// boxed and every access to it pays an exclusivity check.
    private static func traverse<P: PathProperty, V: ProductVisits>(
        _ search: Search<P>, _ visits: inout V, root: (Int, String) -> Void, violation: (Int, Int) -> Bool
    ) {
        let property = search.property
        let graph = search.graph
        let k = search.k
        var queue = NodeQueue()
        var hubOpened = [Bool](repeating: false, count: k)
        for (entry, event, q) in rootStates(property.roots, graph) {
            var start = q * k
            if let event {
                guard case .go(let a) = property.startHandler(event: event, 0) else { continue }
                start += a
            }
            guard visits.claim(start, from: isRoot) else { continue }
            root(start, entry)
            queue.push(Int32(start))
        }
        let edgeStart = graph.edgeStart
        let edgeTarget = graph.edgeTarget
        let roles = graph.roles
        while let popped = queue.pop() {
            let node = Int(popped)
            let q = node / k
            switch property.read(q, node - q * k) {
            case .accept:
                continue
            case .violation(let kind):
                if violation(node, kind) { return }
            case .go(let next):
                let from = Int32(truncatingIfNeeded: node)
                for e in edgeStart[q]..<edgeStart[q + 1] {
                    let target = edgeTarget[e] * k + property.take(edge: e, from: q, next)
                    guard visits.claim(target, from: from) else { continue }
                    queue.push(Int32(truncatingIfNeeded: target))
                }
                if property.followsInterrupts, !roles[q].isTerminal, !hubOpened[next] {
                    hubOpened[next] = true
                    for (_, target) in search.hub[next] where visits.claim(target, from: from) {
                        queue.push(Int32(truncatingIfNeeded: target))
                    }
                }
            }
        }
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
}

extension ProductSearch.Search {
    /// Follows parent pointers back to the root (an explicit loop; paths can be long).
    func reconstruct(_ last: Int, _ kind: Int, _ parent: [Int32], _ rootEntry: [Int: String]) -> Finding {
        var nodes = [PathNode(state: last / k, exit: .none)]
        var node = last
        while parent[node] >= 0 {
            let previous = Int(parent[node])
            nodes.append(PathNode(state: previous / k, exit: exit(from: previous, to: node)))
            node = previous
        }
        nodes.reverse()
        return Finding(violation: kind, entry: rootEntry[node] ?? "start", path: nodes)
    }

    /// How the search went from `previous` to `node`: the first edge of `previous` that leads
    /// there, else the first handler its hub starts there (the search tries them in that order).
    private func exit(from previous: Int, to node: Int) -> PathNode.Exit {
        let q = previous / k
        guard case .go(let next) = property.read(q, previous % k) else { return .none }
        for e in graph.edges(from: q) where graph.edgeTarget[e] * k + property.take(edge: e, from: q, next) == node {
            return .edge(e)
        }
        if next < hub.count, let (h, _) = hub[next].first(where: { $0.node == node }) {
            return .handler(graph.handlers[h].event)
        }
        return .none
    }
}
