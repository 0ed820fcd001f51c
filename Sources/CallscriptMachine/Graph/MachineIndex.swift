/// A machine with its state IDs resolved to array positions, built once and shared by the
/// verifier and the runtime so neither looks IDs up in a dictionary on a hot path.
public struct MachineIndex: Sendable {
    public let machine: Machine
    /// Every transition's target as a position, with the states' roles (see `MachineEdges`).
    public let edges: MachineEdges
    private let ids: IDs

    /// The ID table, built with the index (a machine from a file) or on first use (a machine
    /// whose compiler gave its edges: `check` never looks an ID up, so it never hashes one).
    private enum IDs: Sendable {
        case built(StateIDTable)
        /// Built the first time a caller (the runtime, a test runner) looks an ID up.
        case deferred(Deferred<StateIDTable>)
    }

    /// The index of a machine whose transitions name their targets by ID (read from a file).
    public init(_ machine: Machine) {
        self.machine = machine
        let position = StateIDTable(states: machine.states)
        ids = .built(position)
        let edges = MachineEdges(machine, position: position)
        self.edges = edges
        targets = TargetTable(start: edges.transitionStart, list: edges.target)
    }

    /// The index of a machine its compiler just made, with the edges it made it with: no
    /// state is read and no ID is hashed. `edges` must describe `machine` (the same graph
    /// `init(_:)` would find; `MachineEdgesTests` checks the compiler's on every example).
    public init(_ machine: Machine, edges: MachineEdges) {
        self.machine = machine
        self.edges = edges
        targets = TargetTable(start: edges.transitionStart, list: edges.target)
        ids = .deferred(Deferred())
    }

    /// Position of each state ID in `machine.states` (the first of equal IDs;
    /// `MachineValidator` reports duplicates).
    public var position: StateIDTable {
        switch ids {
        case .built(let table): table
        case .deferred(let slot): slot.value { StateIDTable(states: machine.states) }
        }
    }

    /// For each state, the position of each transition's target (`-1` if the ID is dangling;
    /// `MachineValidator` reports those).
    public let targets: TargetTable

    public var count: Int { machine.states.count }

    public subscript(_ i: Int) -> State { machine.states[i] }

    /// The position of a state ID, if it exists.
    public func index(of id: String) -> Int? { position[id] }

    /// The entry position of the main flow.
    public var startIndex: Int? { edges.start >= 0 ? Int(edges.start) : nil }

    /// Entry positions of handlers, by event name.
    public var handlerEntries: [(event: String, index: Int)] {
        zip(machine.handlers, edges.handlerEntries).compactMap { h, entry in entry >= 0 ? (h.event, Int(entry)) : nil }
    }
}

/// Transition targets of every state in one array; `table[q]` is state `q`'s row.
public struct TargetTable: Sendable {
    /// Row `q` is `list[start[q] ..< start[q + 1]]`.
    let start: [Int32]
    let list: [Int32]

    public subscript(_ q: Int) -> TargetRow {
        TargetRow(list: list, lower: Int(start[q]), upper: Int(start[q + 1]))
    }
}

/// The target positions of one state's transitions, indexed like its `transitions` (from 0).
public struct TargetRow: RandomAccessCollection, Sendable {
    let list: [Int32]
    let lower: Int
    let upper: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { upper - lower }
    public subscript(_ i: Int) -> Int { Int(list[lower + i]) }
}
