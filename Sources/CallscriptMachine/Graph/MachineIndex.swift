/// A machine with its state IDs resolved to array positions, built once and shared by the
/// verifier and the runtime so neither looks IDs up in a dictionary on a hot path.
public struct MachineIndex: Sendable {
    public let machine: Machine
    /// Position of each state ID in `machine.states` (the first of equal IDs;
    /// `MachineValidator` reports duplicates).
    public let position: StateIDTable
    /// For each state, the position of each transition's target (`-1` if the ID is dangling;
    /// `MachineValidator` reports those). Stored flat: a machine has hundreds of thousands of
    /// states, and one small array each costs more to build and free than the search using them.
    public let targets: TargetTable

    public init(_ machine: Machine) {
        self.machine = machine
        let states = machine.states
        let n = states.count
        let position = StateIDTable(states: states)
        self.position = position
        let unique = position.duplicates.isEmpty
        var start: [Int] = []
        start.reserveCapacity(n + 1)
        var list: [Int] = []
        list.reserveCapacity(n + n / 2)
        for i in 0..<n {
            start.append(list.count)
            let transitions = states[i].transitions
            for j in transitions.indices {
                let target = transitions[j].target
                // Compiled machines mostly go on to the next state in the list: comparing two
                // short IDs is much cheaper than hashing one (this index is built on every load).
                if unique, i + 1 < n, states[i + 1].id == target {
                    list.append(i + 1)
                } else {
                    list.append(position[target] ?? -1)
                }
            }
        }
        start.append(list.count)
        self.targets = TargetTable(start: start, list: list)
    }

    public var count: Int { machine.states.count }

    public subscript(_ i: Int) -> State { machine.states[i] }

    /// The position of a state ID, if it exists.
    public func index(of id: String) -> Int? { position[id] }

    /// The entry position of the main flow.
    public var startIndex: Int? { position[machine.start] }

    /// Entry positions of handlers, by event name.
    public var handlerEntries: [(event: String, index: Int)] {
        machine.handlers.compactMap { h in position[h.entry].map { (h.event, $0) } }
    }
}

/// Transition targets of every state in one array; `table[q]` is state `q`'s row.
public struct TargetTable: Sendable {
    /// Row `q` is `list[start[q] ..< start[q + 1]]`.
    let start: [Int]
    let list: [Int]

    public subscript(_ q: Int) -> TargetRow { TargetRow(list: list, lower: start[q], upper: start[q + 1]) }
}

/// The target positions of one state's transitions, indexed like its `transitions` (from 0).
public struct TargetRow: RandomAccessCollection, Sendable {
    let list: [Int]
    let lower: Int
    let upper: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { upper - lower }
    public subscript(_ i: Int) -> Int { list[lower + i] }
}
