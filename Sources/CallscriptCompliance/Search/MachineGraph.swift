import CallscriptMachine

/// The machine as flat arrays for the product search: roles per state and the outgoing edges
/// of every state in one compressed adjacency list. Built once per verification and shared by
/// every rule, in time and memory linear in states + transitions.
struct MachineGraph: Sendable {
    let index: MachineIndex
    let roles: [Role]
    /// Edges of state `q` are `edgeStart[q] ..< edgeStart[q + 1]`.
    let edgeStart: [Int]
    /// Target state of each edge (dangling transitions are left out).
    let edgeTarget: [Int]
    /// Index of each edge's transition in its state's `transitions`, for replay.
    let edgeTransition: [Int]
    /// For each state: can the agent still end the call from here (a terminal is reachable)?
    let canEnd: [Bool]
    /// Handlers whose entry exists, in declaration order.
    let handlers: [(event: String, entry: Int)]

    init(_ machine: Machine) {
        let index = MachineIndex(machine)
        self.index = index
        let n = index.count
        roles = machine.states.map(\.role)
        var starts = [Int]()
        starts.reserveCapacity(n + 1)
        var targets = [Int]()
        var transitions = [Int]()
        for q in 0..<n {
            starts.append(targets.count)
            for (t, target) in index.targets[q].enumerated() where target >= 0 {
                targets.append(target)
                transitions.append(t)
            }
        }
        starts.append(targets.count)
        edgeStart = starts
        edgeTarget = targets
        edgeTransition = transitions
        handlers = index.handlerEntries.map { (event: $0.event, entry: $0.index) }
        canEnd = MachineGraph.statesThatCanEnd(roles: roles, edgeStart: starts, edgeTarget: targets)
    }

    var stateCount: Int { roles.count }

    func state(_ q: Int) -> State { index[q] }

    /// The transition an edge takes.
    func transition(ofEdge e: Int, from q: Int) -> Transition { index[q].transitions[edgeTransition[e]] }

    /// Backward breadth-first search from the terminal states over reversed edges.
    private static func statesThatCanEnd(roles: [Role], edgeStart: [Int], edgeTarget: [Int]) -> [Bool] {
        let n = roles.count
        var reverseCount = [Int](repeating: 0, count: n + 1)
        for target in edgeTarget { reverseCount[target + 1] += 1 }
        for q in 0..<n { reverseCount[q + 1] += reverseCount[q] }
        var fill = reverseCount
        var sources = [Int](repeating: 0, count: edgeTarget.count)
        for q in 0..<n {
            for e in edgeStart[q]..<edgeStart[q + 1] {
                let target = edgeTarget[e]
                sources[fill[target]] = q
                fill[target] += 1
            }
        }
        var canEnd = [Bool](repeating: false, count: n)
        var queue = [Int]()
        for q in 0..<n where roles[q].isTerminal {
            canEnd[q] = true
            queue.append(q)
        }
        var head = 0
        while head < queue.count {
            let q = queue[head]
            head += 1
            for i in reverseCount[q]..<reverseCount[q + 1] where !canEnd[sources[i]] {
                canEnd[sources[i]] = true
                queue.append(sources[i])
            }
        }
        return canEnd
    }
}
