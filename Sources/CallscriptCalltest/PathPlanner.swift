import CallscriptMachine

/// Something `callscript paths` must cover: one answer of a question, one outcome (`if` or
/// `else`) of a branch, or a handler.
enum PathTarget: Hashable, Sendable {
    case choice(position: Int, transition: Int)
    case handler(String)
}

/// One conversation through the machine, from the start or from a handler raised at the first
/// prompt, to a state that ends the call.
struct PlannedPath: Sendable {
    struct Step: Hashable, Sendable {
        var position: Int
        /// The transition taken out of this state; nil at the last state.
        var transition: Int?

        /// The steps from `entry` to `goal` along a breadth-first search's parents (for each
        /// state, the step into it), in order; nil when the search did not reach `goal`. At most
        /// one step per state, so a table with a cycle cannot loop.
        static func chain(to goal: Int, from entry: Int, parents: [Step?]) -> [Step]? {
            var steps: [Step] = []
            var at = goal
            while at != entry {
                guard let p = parents[at], steps.count <= parents.count else { return nil }
                steps.append(p)
                at = p.position
            }
            steps.reverse()
            return steps
        }
    }

    /// The handler's event when the path starts by raising it; nil for the main flow.
    var handler: String?
    var steps: [Step]
    /// What the path was built for.
    var primary: PathTarget
    /// Every target the path passes, in order (for a continuing path, from its own first step).
    var covered: [PathTarget]
    /// For a path that continues an earlier walk: that walk (its number among the kept walks)
    /// and the step of it where this path branches off; `steps` are then this path's own steps.
    var origin: (walk: Int, step: Int)?
    /// For a continuing path: the value each field captured before the branch holds there.
    var inherited: [String: String] = [:]
}

/// Plans a small set of shortest paths that together cover every answer, both outcomes of
/// every condition and every handler. Breadth-first searches only (one forward search per
/// entry, one backward search from the endings), so the work is linear in the machine's size
/// for each search; paths are never enumerated.
struct PathPlanner {
    /// The machine's graph: the same walk over transitions the verifier and validator use.
    let graph: MachineGraph
    var index: MachineIndex { graph.index }
    /// Each state's role and captured field, so walks along paths do not copy states.
    let roles: [Role]
    let captureFields: [String?]
    /// Per entry (nil = start, or a handler's event): distance and parent step of each state.
    private var searches: [(handler: String?, entry: Int, distance: [Int], parent: [PlannedPath.Step?])] = []
    /// Shortest distance to a state that ends the call (-1: none), and the transition that gets there.
    private(set) var toEnd: [Int]
    private var towardEnd: [Int]
    /// The states with a transition into each state.
    private var predecessors: [[Int]]
    /// Each state's distance from the nearest entry (-1: no entry reaches it).
    private(set) var nearest: [Int]
    /// States the searches visited: the planner's work, for tests that keep it linear.
    private(set) var work = 0

    init(machine: Machine) { self.init(graph: MachineGraph(machine)) }

    init(graph: MachineGraph) {
        self.graph = graph
        let machine = graph.index.machine
        roles = graph.roles
        captureFields = machine.states.map { $0.role == .capture ? $0.field : nil }
        let n = graph.stateCount
        toEnd = Array(repeating: -1, count: n)
        towardEnd = Array(repeating: -1, count: n)
        predecessors = Array(repeating: [], count: n)
        nearest = Array(repeating: -1, count: n)
        var entries: [(String?, Int)] = []
        if let start = graph.index.startIndex { entries.append((nil, start)) }
        for handler in graph.handlers { entries.append((handler.event, handler.entry)) }
        for (handler, entry) in entries {
            let (distance, parent) = forward(from: entry)
            searches.append((handler, entry, distance, parent))
            for q in 0..<n where distance[q] >= 0 && (nearest[q] < 0 || distance[q] < nearest[q]) {
                nearest[q] = distance[q]
            }
            work += n
        }
        backward()
        work += n
    }

    private func forward(from entry: Int) -> ([Int], [PlannedPath.Step?]) {
        var distance = Array(repeating: -1, count: index.count)
        var parent: [PlannedPath.Step?] = Array(repeating: nil, count: index.count)
        var queue = [entry]
        distance[entry] = 0
        var head = 0
        while head < queue.count {
            let s = queue[head]
            head += 1
            for e in graph.edges(from: s) where distance[graph.edgeTarget[e]] < 0 {
                let t = graph.edgeTarget[e]
                distance[t] = distance[s] + 1
                parent[t] = PlannedPath.Step(position: s, transition: graph.edgeTransition[e])
                queue.append(t)
            }
        }
        return (distance, parent)
    }

    private mutating func backward() {
        for t in 0..<index.count {
            predecessors[t] = graph.edges(into: t).map { graph.edgeSource[$0] }
        }
        var queue: [Int] = []
        for s in 0..<index.count where roles[s].isTerminal {
            toEnd[s] = 0
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let t = queue[head]
            head += 1
            for e in graph.edges(into: t) where toEnd[graph.edgeSource[e]] < 0 {
                let s = graph.edgeSource[e]
                toEnd[s] = toEnd[t] + 1
                towardEnd[s] = graph.edgeTransition[e]
                queue.append(s)
            }
        }
    }

    /// Every target in machine order, with those no entry reaches listed apart.
    func targets() -> (reachable: [PathTarget], unreachable: [PathTarget]) {
        var reachable: [PathTarget] = []
        var unreachable: [PathTarget] = []
        for s in 0..<index.count {
            let state = index[s]
            guard state.role.isQuestion || state.role == .branch else { continue }
            for i in state.transitions.indices {
                let target = PathTarget.choice(position: s, transition: i)
                if nearest[s] >= 0 && toEnd[index.targets[s][i]] >= 0 {
                    reachable.append(target)
                } else {
                    unreachable.append(target)
                }
            }
        }
        for search in searches {
            guard let event = search.handler else { continue }
            if toEnd[search.entry] >= 0 {
                reachable.append(.handler(event))
            } else {
                unreachable.append(.handler(event))
            }
        }
        return (reachable, unreachable)
    }

    /// How deep a target lies (for covering the deepest first, which tends to cover the
    /// shallow ones on the way).
    func depth(_ target: PathTarget) -> Int {
        switch target {
        case .handler: return 0
        case .choice(let s, _): return max(0, nearest[s])
        }
    }

    /// Whether the target's conditions read a capture that `path` never asks before the branch.
    func readsUncaptured(_ target: PathTarget, on path: PlannedPath) -> Bool {
        guard case .choice(let s, let i) = target, index[s].role == .branch else { return false }
        let read = Set(index[s].transitions.prefix(i + 1).compactMap(\.condition).flatMap(\.fields))
        var asked: Set<String> = []
        for step in path.steps {
            if step.position == s { break }
            if let f = captureFields[step.position] { asked.insert(f) }
        }
        return read.contains { f in
            !asked.contains(f) && index.machine.fields.contains { $0.name == f && $0.origin == .capture }
        }
    }

    /// Detours for a condition the shortest path cannot satisfy because a field it reads was
    /// never captured on the way (`emailadres is set`): paths through the nearest captures of
    /// such a field (at most `limit`), found with one backward search from the branch.
    func detours(for target: PathTarget, limit: Int = 3) -> [PlannedPath] {
        guard case .choice(let s, let i) = target, index[s].role == .branch else { return [] }
        let read = Set(index[s].transitions.prefix(i + 1).compactMap(\.condition).flatMap(\.fields))
        // Distance from every state to the branch, over the reversed graph.
        var toBranch = Array(repeating: -1, count: index.count)
        toBranch[s] = 0
        var queue = [s]
        var head = 0
        while head < queue.count {
            let t = queue[head]
            head += 1
            for a in predecessors[t] where toBranch[a] < 0 {
                toBranch[a] = toBranch[t] + 1
                queue.append(a)
            }
        }
        let captures = (0..<index.count).filter { c in
            captureFields[c].map(read.contains) == true && toBranch[c] > 0
                && searches.contains { $0.distance[c] >= 0 }
        }
        return captures.sorted { toBranch[$0] < toBranch[$1] }.prefix(limit).compactMap { path(for: target, via: $0) }
    }

    /// The shortest path that passes `target`: from the nearest entry (the start first), then
    /// the shortest way to an ending.
    func path(for target: PathTarget) -> PlannedPath? { path(for: target, via: nil) }

    /// The shortest way to `state` from the nearest entry, the start first: the entry's handler
    /// (nil for the start) and the steps before `state`.
    func route(to state: Int) -> (handler: String?, steps: [PlannedPath.Step])? {
        guard let best = nearestSearch(to: state),
            let steps = PlannedPath.Step.chain(to: state, from: searches[best].entry, parents: searches[best].parent)
        else { return nil }
        return (searches[best].handler, steps)
    }

    /// The handler whose raising starts the shortest way to `target` (as `route` chooses it,
    /// the start first); nil for the main flow or a handler target.
    func entryEvent(of target: PathTarget) -> String? {
        guard case .choice(let s, _) = target, let best = nearestSearch(to: s) else { return nil }
        return searches[best].handler
    }

    /// The search `route` follows to `state`: the start's when it reaches it, else the nearest.
    private func nearestSearch(to state: Int) -> Int? {
        var best: Int?
        for k in searches.indices where searches[k].distance[state] >= 0 {
            guard let b = best else {
                best = k
                continue
            }
            let (mine, theirs) = (searches[k], searches[b])
            if (mine.handler == nil ? 0 : 1, mine.distance[state]) < (
                theirs.handler == nil ? 0 : 1, theirs.distance[state]
            ) {
                best = k
            }
        }
        return best
    }

    /// The entry state of a handler's search.
    func entry(of event: String) -> Int? { searches.first { $0.handler == event }?.entry }

    private func path(for target: PathTarget, via waypoint: Int?) -> PlannedPath? {
        var steps: [PlannedPath.Step] = []
        var handler: String?
        var from: Int
        switch target {
        case .handler(let event):
            guard let search = searches.first(where: { $0.handler == event }) else { return nil }
            handler = event
            from = search.entry
        case .choice(let s, let i):
            guard let found = route(to: waypoint ?? s) else { return nil }
            var prefix = found.steps
            if let waypoint {
                let (_, parent) = forward(from: waypoint)
                guard let rest = PlannedPath.Step.chain(to: s, from: waypoint, parents: parent) else { return nil }
                prefix += rest
            }
            handler = found.handler
            steps = prefix
            steps.append(PlannedPath.Step(position: s, transition: i))
            from = index.targets[s][i]
        }
        var hops = 0
        let n = graph.stateCount
        while from >= 0, toEnd[from] > 0, hops <= n {
            steps.append(PlannedPath.Step(position: from, transition: towardEnd[from]))
            from = index.targets[from][towardEnd[from]]
            hops += 1
        }
        guard from >= 0, toEnd[from] == 0 else { return nil }
        steps.append(PlannedPath.Step(position: from, transition: nil))
        var covered: [PathTarget] = handler.map { [.handler($0)] } ?? []
        for step in steps {
            guard let t = step.transition else { continue }
            let role = roles[step.position]
            if role.isQuestion || role == .branch { covered.append(.choice(position: step.position, transition: t)) }
        }
        return PlannedPath(handler: handler, steps: steps, primary: target, covered: covered)
    }
}
