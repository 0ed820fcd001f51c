/// The machine as a graph: the one walk over its transitions, shared by the validator (silent
/// loops), the verifier's product search, the runtime and the `paths` planner. Built once per
/// machine in time and memory linear in states + transitions; a proven machine carries it.
///
/// Flat arrays of 32-bit numbers, not one small array per state: a machine has hundreds of
/// thousands of states, and the product search reads these on its hot path. For a machine
/// without dangling transitions the edge tables are `MachineEdges`' own, not copies.
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
    public let edgeStart: IntColumn
    /// Target state of each edge (dangling transitions are left out).
    public let edgeTarget: IntColumn
    /// Index of each edge's transition in its state's `transitions`, for replay.
    public let edgeTransition: IntColumn
    /// Edges into state `q` are `incoming[incomingStart[q] ..< incomingStart[q + 1]]`, each an
    /// edge number, in the order of their source states.
    public let incomingStart: IntColumn
    public let incoming: IntColumn
    /// The source state of each edge.
    public let edgeSource: IntColumn
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
        var sources = [Int32]()
        sources.reserveCapacity(compact.target.count)
        var transitions = [Int32]()
        transitions.reserveCapacity(compact.target.count)
        if !compact.target.contains(-1) {
            // Every transition is an edge (every compiled machine): the edges' own tables are
            // the graph's, shared rather than copied.
            for q in 0..<n {
                let first = compact.transitionStart[q]
                for i in first..<compact.transitionStart[q + 1] {
                    transitions.append(i - first)
                    sources.append(Int32(truncatingIfNeeded: q))
                }
            }
            edgeStart = IntColumn(compact.transitionStart)
            edgeTarget = IntColumn(compact.target)
            edgeAnswer = compact.answer
        } else {
            var starts = [Int32]()
            starts.reserveCapacity(n + 1)
            var targets = [Int32]()
            targets.reserveCapacity(compact.target.count)
            var answers = [UInt8]()
            answers.reserveCapacity(compact.target.count)
            for q in 0..<n {
                starts.append(Int32(truncatingIfNeeded: targets.count))
                let first = Int(compact.transitionStart[q])
                for i in first..<Int(compact.transitionStart[q + 1]) where compact.target[i] >= 0 {
                    targets.append(compact.target[i])
                    transitions.append(Int32(truncatingIfNeeded: i - first))
                    sources.append(Int32(truncatingIfNeeded: q))
                    answers.append(compact.answer[i])
                }
            }
            starts.append(Int32(truncatingIfNeeded: targets.count))
            edgeStart = IntColumn(starts)
            edgeTarget = IntColumn(targets)
            edgeAnswer = answers
        }
        edgeTransition = IntColumn(transitions)
        edgeSource = IntColumn(sources)
        handlers = index.handlerEntries.map { HandlerEntry(event: $0.event, entry: $0.index) }
        let (starts, list) = MachineGraph.reversed(n: n, edgeTarget: edgeTarget.storage)
        (incomingStart, incoming) = (IntColumn(starts), IntColumn(list))
        canEnd = MachineGraph.statesThatCanEnd(
            roles: roles, incomingStart: starts, incoming: list, edgeSource: sources)
    }

    public var stateCount: Int { roles.count }

    public func state(_ q: Int) -> State { index[q] }

    /// The edges out of state `q`.
    public func edges(from q: Int) -> Range<Int> { edgeStart[q]..<edgeStart[q + 1] }

    /// The edges into state `q`, by edge number.
    public func edges(into q: Int) -> Slice<IntColumn> { incoming[incomingStart[q]..<incomingStart[q + 1]] }

    /// The answer class of the transition an edge takes, without reading the state.
    public func answerClass(ofEdge e: Int) -> AnswerClass? { AnswerClassCode.answer(edgeAnswer[e]) }

    /// The transition an edge takes.
    public func transition(ofEdge e: Int, from q: Int) -> Transition {
        index.machine.states[q].transition(at: edgeTransition[e])
    }

    /// Edges grouped by target with a counting sort; edges keep their order within a target.
    private static func reversed(n: Int, edgeTarget: [Int32]) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: n + 1)
        for target in edgeTarget { start[Int(target) + 1] += 1 }
        for q in 0..<n { start[q + 1] += start[q] }
        var fill = start
        var list = [Int32](repeating: 0, count: edgeTarget.count)
        for (e, target) in edgeTarget.enumerated() {
            list[Int(fill[Int(target)])] = Int32(truncatingIfNeeded: e)
            fill[Int(target)] += 1
        }
        return (start, list)
    }

    /// Backward breadth-first search from the terminal states over reversed edges.
    private static func statesThatCanEnd(
        roles: [Role], incomingStart: [Int32], incoming: [Int32], edgeSource: [Int32]
    ) -> [Bool] {
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
            for i in Int(incomingStart[q])..<Int(incomingStart[q + 1]) {
                let source = Int(edgeSource[Int(incoming[i])])
                guard !canEnd[source] else { continue }
                canEnd[source] = true
                queue.append(source)
            }
        }
        return canEnd
    }
}
