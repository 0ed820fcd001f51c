/// A machine with its state IDs resolved to array positions, built once and shared by the
/// verifier and the runtime so neither looks IDs up in a dictionary on a hot path.
public struct MachineIndex: Sendable {
    public let machine: Machine
    /// Position of each state ID in `machine.states`.
    public let position: [String: Int]
    /// For each state, the position of each transition's target (`-1` if the ID is dangling;
    /// `MachineValidator` reports those).
    public let targets: [[Int]]

    public init(_ machine: Machine) {
        self.machine = machine
        var position: [String: Int] = [:]
        position.reserveCapacity(machine.states.count)
        for (i, state) in machine.states.enumerated() where position[state.id] == nil {
            position[state.id] = i
        }
        self.position = position
        self.targets = machine.states.map { state in state.transitions.map { position[$0.target] ?? -1 } }
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
