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
    public let edgeTransition: EdgeTransitions
    /// Edges into state `q` are `incoming[incomingStart[q] ..< incomingStart[q + 1]]`, each an
    /// edge number, in the order of their source states. Built the first time either is read:
    /// `paths` plans with them, the verifier never reads them.
    public var incomingStart: IntColumn { reverseIndex.start }
    public var incoming: IntColumn { reverseIndex.list }
    private let reverse = Deferred<(start: IntColumn, list: IntColumn)>()
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
        if !compact.target.contains(-1) {
            // Every transition is an edge (every compiled machine): the edges' own tables are
            // the graph's, shared rather than copied, and an edge's transition is its offset
            // from its source's first edge (no table). The sources are written in place.
            let count = compact.target.count
            sources = compact.transitionStart.withUnsafeBufferPointer { start in
                // What `MachineEdges` always holds, checked once so the writes below stay in bounds.
                precondition(start.count == n + 1 && start[0] == 0 && Int(start[n]) == count)
                for q in 0..<n { precondition(start[q] <= start[q + 1]) }
                return [Int32](unsafeUninitializedCapacity: count) { out, made in
                    for q in 0..<n {
                        for i in Int(start[q])..<Int(start[q + 1]) { out[i] = Int32(truncatingIfNeeded: q) }
                    }
                    made = count
                }
            }
            edgeStart = IntColumn(compact.transitionStart)
            edgeTarget = IntColumn(compact.target)
            edgeAnswer = compact.answer
            edgeSource = IntColumn(sources)
            edgeTransition = EdgeTransitions(offsetsFrom: edgeStart, sources: edgeSource)
        } else {
            sources.reserveCapacity(compact.target.count)
            var transitions = [Int32]()
            transitions.reserveCapacity(compact.target.count)
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
            edgeSource = IntColumn(sources)
            edgeTransition = EdgeTransitions(IntColumn(transitions))
        }
        handlers = index.handlerEntries.map { HandlerEntry(event: $0.event, entry: $0.index) }
        if let swept = MachineGraph.statesThatCanEndBySweeps(
            roles: roles, edgeStart: edgeStart.storage, edgeTarget: edgeTarget.storage)
        {
            canEnd = swept
        } else {
            let (starts, list) = MachineGraph.reversed(n: n, edgeTarget: edgeTarget.storage)
            canEnd = MachineGraph.statesThatCanEnd(
                roles: roles, incomingStart: starts, incoming: list, edgeSource: sources)
        }
    }

    public var stateCount: Int { roles.count }

    private var reverseIndex: (start: IntColumn, list: IntColumn) {
        reverse.value {
            let (start, list) = MachineGraph.reversed(n: stateCount, edgeTarget: edgeTarget.storage)
            return (IntColumn(start), IntColumn(list))
        }
    }

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
    /// The starts are counted one place ahead and then used as the fill cursors, which leaves
    /// each at its target's start: no second table (at 100,000 steps every table is fresh
    /// memory, and its page faults were a large part of building the graph).
    static func reversed(n: Int, edgeTarget: [Int32]) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: n + 2)
        let count = edgeTarget.count
        let list = start.withUnsafeMutableBufferPointer { start in
            edgeTarget.withUnsafeBufferPointer { targets in
                for target in targets {
                    precondition(target >= 0 && Int(target) < n, "an edge's target is a state")
                    start[Int(target) + 2] += 1
                }
                for q in 0..<n { start[q + 2] += start[q + 1] }
                // start[t + 1] is now where target t's edges begin: filled forwards, it ends
                // where target t + 1's begin, which is start[t + 1] of the finished table.
                return [Int32](unsafeUninitializedCapacity: count) { list, made in
                    for e in 0..<count {
                        let slot = Int(targets[e]) + 1
                        list[Int(start[slot])] = Int32(truncatingIfNeeded: e)
                        start[slot] += 1
                    }
                    made = count
                }
            }
        }
        start.removeLast()
        return (start, list)
    }

    /// The states that can end the call, by sweeps from the last state to the first: a state
    /// can end if it is terminal or an edge leads to one that can. A compiled machine's states
    /// are in source order and nearly every edge leads forward, so one sweep finds nearly all
    /// of them and the next finds nothing new; each sweep reads the edge tables in order. (The
    /// search over reversed edges reads them in the order of the search: at 100,000 steps a
    /// cache miss per edge, which made building the graph grow faster than the machine.) Nil
    /// when a third sweep still finds more (loops whose only way out leads back): the search
    /// then decides, so no machine costs more than three sweeps and the search.
    static func statesThatCanEndBySweeps(roles: [Role], edgeStart: [Int32], edgeTarget: [Int32]) -> [Bool]? {
        let n = roles.count
        var canEnd = [Bool](repeating: false, count: n)
        guard edgeStart.count == n + 1, Int(edgeStart[n]) == edgeTarget.count else { return nil }
        for _ in 0..<3 {
            var changed = false
            canEnd.withUnsafeMutableBufferPointer { canEnd in
                edgeStart.withUnsafeBufferPointer { start in
                    edgeTarget.withUnsafeBufferPointer { target in
                        var q = n - 1
                        while q >= 0 {
                            if !canEnd[q] {
                                var found = roles[q].isTerminal
                                var e = Int(start[q])
                                let end = Int(start[q + 1])
                                while !found, e < end {
                                    let t = Int(target[e])
                                    precondition(t >= 0 && t < n, "an edge's target is a state")
                                    found = canEnd[t]
                                    e += 1
                                }
                                if found {
                                    canEnd[q] = true
                                    changed = true
                                }
                            }
                            q -= 1
                        }
                    }
                }
            }
            guard changed else { return canEnd }
        }
        return nil
    }

    /// Backward breadth-first search from the terminal states over reversed edges.
    static func statesThatCanEnd(
        roles: [Role], incomingStart: [Int32], incoming: [Int32], edgeSource: [Int32]
    ) -> [Bool] {
        let n = roles.count
        var canEnd = [Bool](repeating: false, count: n)
        var queue = [Int32]()
        queue.reserveCapacity(n)
        for q in 0..<n where roles[q].isTerminal {
            canEnd[q] = true
            queue.append(Int32(truncatingIfNeeded: q))
        }
        var head = 0
        while head < queue.count {
            let q = Int(queue[head])
            head += 1
            for i in Int(incomingStart[q])..<Int(incomingStart[q + 1]) {
                let source = edgeSource[Int(incoming[i])]
                guard !canEnd[Int(source)] else { continue }
                canEnd[Int(source)] = true
                queue.append(source)
            }
        }
        return canEnd
    }
}

/// The transition each edge takes, as the index in its source state's `transitions`: a table
/// when some transitions are dangling (and are no edge), otherwise the edge's offset from its
/// source's first edge.
public struct EdgeTransitions: RandomAccessCollection, Equatable, Sendable {
    private let table: IntColumn?
    private let edgeStart: IntColumn
    private let sources: IntColumn

    init(_ table: IntColumn) {
        self.table = table
        edgeStart = IntColumn([])
        sources = IntColumn([])
    }

    init(offsetsFrom edgeStart: IntColumn, sources: IntColumn) {
        table = nil
        self.edgeStart = edgeStart
        self.sources = sources
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { table?.count ?? sources.count }

    public subscript(_ e: Int) -> Int {
        if let table { table[e] } else { e - edgeStart[sources[e]] }
    }

    /// Equal when every edge takes the same transition, however they are held.
    public static func == (lhs: EdgeTransitions, rhs: EdgeTransitions) -> Bool { lhs.elementsEqual(rhs) }
}
