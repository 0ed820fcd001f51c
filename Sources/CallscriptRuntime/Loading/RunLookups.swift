import CallscriptMachine

/// What running a machine looks up, resolved once when it is loaded: fields and handler
/// entries by name, each state's text parsed, each condition compiled. Built from the graph
/// alone, so the loader builds it on another core while the proof runs.
struct RunLookups: Sendable {
    /// Machines from this many states on build their lookups on another thread (below, a
    /// thread costs more than it saves).
    static let backgroundStates = 5_000

    let fields: [String: Field]
    let handlers: [String: Int]
    let templates: [Template?]
    let conditions: [[CompiledCondition?]]

    init(_ graph: MachineGraph) {
        let machine = graph.index.machine
        var fields: [String: Field] = [:]
        for field in machine.fields { fields[field.name] = field }
        var handlers: [String: Int] = [:]
        for entry in graph.handlers { handlers[entry.event] = entry.entry }
        templates = machine.states.map { state -> Template? in
            guard let text = state.text, Template.hasBraces(text) else { return nil }
            return Template(text)
        }
        // By index: reading `transitions` would make an array for every one-`next` state.
        conditions = machine.states.map { state in
            (0..<state.transitionCount).map { i in
                state.transition(at: i).condition.map { ConditionEvaluator.compile($0, fields: fields) }
            }
        }
        self.fields = fields
        self.handlers = handlers
    }
}
