/// The machine as a graph: the one walk over its transitions, shared by the validator (silent
/// loops), the verifier's product search, the runtime and the `paths` planner. Built once per
/// machine in time and memory linear in states + transitions; a proven machine carries it.
///
/// Flat arrays, not one small array per state: a machine has hundreds of thousands of states,
/// and the product search reads these on its hot path.
public struct MachineGraph: Sendable {
    /// A handler whose entry state exists.
    public struct HandlerEntry: Hashable, Sendable {
        public let event: String
        public let entry: Int
    }

    /// State IDs resolved to positions.
    public let index: MachineIndex
    public let roles: [Role]
    /// Edges of state `q` are `edgeStart[q] ..< edgeStart[q + 1]`.
    public let edgeStart: [Int]
    /// Target state of each edge (dangling transitions are left out).
    public let edgeTarget: [Int]
    /// Index of each edge's transition in its state's `transitions`, for replay.
    public let edgeTransition: [Int]
    /// Edges into state `q` are `incoming[incomingStart[q] ..< incomingStart[q + 1]]`, each an
    /// edge number, in the order of their source states.
    public let incomingStart: [Int]
    public let incoming: [Int]
    /// The source state of each edge.
    public let edgeSource: [Int]
    /// The answer class of each edge's transition as `AnswerClassCode` (0 for none): the rules
    /// that follow answers read this, not the transition.
    public let edgeAnswer: [UInt8]
    /// For each state: can the agent still end the call from here (a terminal is reachable)?
    public let canEnd: [Bool]
    /// Handlers whose entry exists, in declaration order.
    public let handlers: [HandlerEntry]

    /// The graph of a machine read from a file: its IDs are resolved (`MachineIndex`).
    public init(_ machine: Machine) { self.init(MachineIndex(machine)) }

    /// The graph of a machine its compiler just made, from the edges it made it with: no
    /// `State` is read and no ID is hashed (the same graph as `init(machine)`).
    public init(_ machine: Machine, edges: MachineEdges) { self.init(MachineIndex(machine, edges: edges)) }

    public init(_ index: MachineIndex) {
        self.index = index
        let compact = index.edges
        let n = compact.stateCount
        roles = compact.roles
        var starts = [Int]()
        starts.reserveCapacity(n + 1)
        var targets = [Int]()
        targets.reserveCapacity(compact.target.count)
        var transitions = [Int]()
        transitions.reserveCapacity(compact.target.count)
        var sources = [Int]()
        sources.reserveCapacity(compact.target.count)
        var answers = [UInt8]()
        answers.reserveCapacity(compact.target.count)
        for q in 0..<n {
            starts.append(targets.count)
            let first = Int(compact.transitionStart[q])
            for i in first..<Int(compact.transitionStart[q + 1]) where compact.target[i] >= 0 {
                targets.append(Int(compact.target[i]))
                transitions.append(i - first)
                sources.append(q)
                answers.append(compact.answer[i])
            }
        }
        starts.append(targets.count)
        edgeStart = starts
        edgeTarget = targets
        edgeTransition = transitions
        edgeSource = sources
        edgeAnswer = answers
        handlers = index.handlerEntries.map { HandlerEntry(event: $0.event, entry: $0.index) }
        (incomingStart, incoming) = MachineGraph.reversed(n: n, edgeTarget: targets)
        canEnd = MachineGraph.statesThatCanEnd(
            roles: roles, incomingStart: incomingStart, incoming: incoming, edgeSource: sources)
    }

    public var stateCount: Int { roles.count }

    public func state(_ q: Int) -> State { index[q] }

    /// The edges out of state `q`.
    public func edges(from q: Int) -> Range<Int> { edgeStart[q]..<edgeStart[q + 1] }

    /// The edges into state `q`, by edge number.
    public func edges(into q: Int) -> ArraySlice<Int> { incoming[incomingStart[q]..<incomingStart[q + 1]] }

    /// The answer class of the transition an edge takes, without reading the state.
    public func answerClass(ofEdge e: Int) -> AnswerClass? { AnswerClassCode.answer(edgeAnswer[e]) }

    /// The transition an edge takes.
    public func transition(ofEdge e: Int, from q: Int) -> Transition { index[q].transitions[edgeTransition[e]] }

    /// Edges grouped by target with a counting sort; edges keep their order within a target.
    private static func reversed(n: Int, edgeTarget: [Int]) -> ([Int], [Int]) {
        var start = [Int](repeating: 0, count: n + 1)
        for target in edgeTarget { start[target + 1] += 1 }
        for q in 0..<n { start[q + 1] += start[q] }
        var fill = start
        var list = [Int](repeating: 0, count: edgeTarget.count)
        for (e, target) in edgeTarget.enumerated() {
            list[fill[target]] = e
            fill[target] += 1
        }
        return (start, list)
    }

    /// Backward breadth-first search from the terminal states over reversed edges.
    private static func statesThatCanEnd(roles: [Role], incomingStart: [Int], incoming: [Int], edgeSource: [Int])
        -> [Bool]
    {
        let n = roles.count
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
            for i in incomingStart[q]..<incomingStart[q + 1] where !canEnd[edgeSource[incoming[i]]] {
                canEnd[edgeSource[incoming[i]]] = true
                queue.append(edgeSource[incoming[i]])
            }
        }
        return canEnd
    }
}
