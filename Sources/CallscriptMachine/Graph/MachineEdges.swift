/// A machine's transitions as positions, as its compiler knows them: the graph of a machine
/// the compiler just made is built from these, without reading a `State` or looking up an ID.
///
/// A machine read from a file names its targets by ID and has no such table: `MachineIndex`
/// resolves those (`StateIDTable`), and both routes give the same graph for the same machine
/// (`MachineEdgesTests`). The arrays are compact on purpose: at 100,000 steps the `State`
/// values, each with its own transitions array, are far larger than the caches, while these
/// are a few bytes per state.
public struct MachineEdges: Sendable, Hashable {
    /// The role of each state, in the machine's order.
    public var roles: [Role]
    /// The transitions of state `q` are `transitionStart[q] ..< transitionStart[q + 1]`, in
    /// the order of its `transitions`; one more entry than states.
    public var transitionStart: [Int32]
    /// The target position of each transition; -1 when it names no state.
    public var target: [Int32]
    /// The answer class of each transition (`AnswerClassCode`), 0 for none.
    public var answer: [UInt8]
    /// The position of the main flow's first state; -1 when it names no state.
    public var start: Int32
    /// The entry position of each of the machine's handlers, in its order; -1 when it names no state.
    public var handlerEntries: [Int32]

    /// An empty table to fill state by state.
    public init(reservingStates states: Int = 0) {
        roles = []
        roles.reserveCapacity(states)
        transitionStart = [0]
        transitionStart.reserveCapacity(states + 1)
        target = []
        target.reserveCapacity(states + states / 2)
        answer = []
        answer.reserveCapacity(states + states / 2)
        start = -1
        handlerEntries = []
    }

    /// The edges of `machine` read from its states, with `position` resolving IDs: what a
    /// machine from a file gives. `MachineIndex` does the same walk for its target table.
    public init(_ machine: Machine, position: StateIDTable) {
        self.init(reservingStates: machine.states.count)
        let states = machine.states
        let n = states.count
        let unique = position.duplicates.isEmpty
        for q in states.indices {
            // In place: reading `transitions` would make an array for every one-`next` state.
            let exits = states[q].exits
            for t in 0..<exits.count {
                let id = exits.target(t)
                // Compiled machines mostly go on to the next state in the list: comparing two
                // short IDs is much cheaper than hashing one (this is built on every load).
                let found = unique && q + 1 < n && states[q + 1].id == id ? q + 1 : position[id] ?? -1
                addTransition(to: Int32(truncatingIfNeeded: found), answer: exits.answerClass(t))
            }
            endState(states[q].role)
        }
        start = Int32(truncatingIfNeeded: position[machine.start] ?? -1)
        handlerEntries = machine.handlers.map { Int32(truncatingIfNeeded: position[$0.entry] ?? -1) }
    }

    public var stateCount: Int { roles.count }

    /// Adds a transition of the state being filled (the one after the last `endState`).
    /// Inlinable, as `endState`: the lowering calls it once per transition from another module.
    @inlinable
    public mutating func addTransition(to target: Int32, answer: AnswerClass?) {
        self.target.append(target)
        self.answer.append(AnswerClassCode.code(answer))
    }

    /// Ends the state being filled: its transitions are the ones added since the last call.
    @inlinable
    public mutating func endState(_ role: Role) {
        roles.append(role)
        transitionStart.append(Int32(truncatingIfNeeded: target.count))
    }
}

/// Answer classes as one byte each, for the graph's per-edge table (0 is no class).
public enum AnswerClassCode {
    @inlinable
    public static func code(_ answer: AnswerClass?) -> UInt8 {
        switch answer {
        case nil: 0
        case .yes: 1
        case .no: 2
        case .later: 3
        }
    }

    public static func answer(_ code: UInt8) -> AnswerClass? {
        switch code {
        case 1: .yes
        case 2: .no
        case 3: .later
        default: nil
        }
    }
}
