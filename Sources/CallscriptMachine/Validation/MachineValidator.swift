import CallscriptDiagnostics

/// Checks that a decoded machine is well formed before anything runs or proves it: unique IDs,
/// no dangling targets, transitions that fit each role, known fields of the right type, and
/// bounded conditions. Works without the parser and in time linear in the machine's size.
public enum MachineValidator {
    /// The events a handler may be declared for.
    public static let knownEvents: Set<String> = Set(CallEvent.handleable.map(\.rawValue))
    /// Placeholders every text may use besides field names.
    public static let builtInPlaceholders: Set<String> = ["agent", "company", "principal", "caller_id"]
    /// Deepest condition nesting a machine may hold (the language's limit).
    public static let maxConditionDepth = 64

    /// Every problem found; empty means the machine is safe to run.
    public static func validate(_ machine: Machine, file: String) -> [Diagnostic] {
        switch validated(machine, file: file) {
        case .success: []
        case .failure(let errors): errors.diagnostics
        }
    }

    /// The same on a graph already built (a compiler's proven machine).
    public static func validate(_ graph: MachineGraph, file: String) -> [Diagnostic] {
        let problems = limits(graph.index.machine, file: file)
        return problems.isEmpty ? structure(graph, file: file) : problems
    }

    /// The machine's graph when the machine is well formed: the loader builds it here once and
    /// keeps it for the proof and the run. A machine over the limits never gets one.
    public static func validated(_ machine: Machine, file: String) -> Result<MachineGraph, MachineErrors> {
        let problems = limits(machine, file: file)
        if !problems.isEmpty { return .failure(MachineErrors(problems)) }
        let graph = MachineGraph(machine)
        let found = structure(graph, file: file)
        return found.isEmpty ? .success(graph) : .failure(MachineErrors(found))
    }

    /// Size limits, checked before anything is built from the machine.
    private static func limits(_ machine: Machine, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let whole = SourceRange.wholeFile(file)
        if machine.states.count > MachineLimits.maximumStates {
            return [
                Diagnostic(
                    .machineTooManyStates,
                    "machine has \(machine.states.count) states, more than the limit of \(MachineLimits.maximumStates)",
                    at: whole,
                    help: "split the campaign into several scripts")
            ]
        }
        for state in machine.states where state.transitions.count > MachineLimits.maximumTransitions {
            out.append(
                Diagnostic(
                    .machineTooManyTransitions,
                    "state '\(state.id)' has \(state.transitions.count) transitions, more than the limit of \(MachineLimits.maximumTransitions)",
                    at: whole, help: "recompile the script; the compiler allows at most 50 answers or 'if' lines"))
        }
        return out
    }

    private static func structure(_ graph: MachineGraph, file: String) -> [Diagnostic] {
        let machine = graph.index.machine
        var out: [Diagnostic] = []
        let whole = SourceRange.wholeFile(file)
        var fields: [String: Field] = [:]
        for field in machine.fields {
            if fields[field.name] != nil {
                out.append(Diagnostic(.machineDuplicateField, "field '\(field.name)' is declared twice", at: whole))
            }
            fields[field.name] = field
            if field.type.kind == .choice, (field.type.choices ?? []).isEmpty {
                out.append(Diagnostic(.machineFieldType, "choice field '\(field.name)' lists no choices", at: whole))
            }
        }

        // The graph's index already holds every ID (the first of equal IDs wins) and each
        // transition's target position (-1 when dangling): no second set of IDs is built.
        let index = graph.index
        if index.position.count != machine.states.count {
            for (i, state) in machine.states.enumerated() where index.position[state.id] != i {
                out.append(
                    Diagnostic(
                        .machineDuplicateState, "state ID '\(state.id)' is used by more than one state",
                        at: state.source, help: "state IDs must be unique; recompile the script"))
            }
        }

        if index.position[machine.start] == nil {
            out.append(Diagnostic(.machineMissingStart, "start state '\(machine.start)' does not exist", at: whole))
        }
        var events: Set<String> = []
        for handler in machine.handlers {
            if !knownEvents.contains(handler.event) {
                out.append(
                    Diagnostic(
                        .machineBadHandler, "handler for unknown event '\(handler.event)'", at: handler.source,
                        notes: ["events are: \(knownEvents.sorted().joined(separator: ", "))"]))
            }
            if !events.insert(handler.event).inserted {
                out.append(
                    Diagnostic(
                        .machineBadHandler, "event '\(handler.event)' has more than one handler", at: handler.source))
            }
            if index.position[handler.entry] == nil {
                out.append(
                    Diagnostic(
                        .machineBadHandler, "handler 'on \(handler.event)' starts at unknown state '\(handler.entry)'",
                        at: handler.source))
            }
        }

        // By position, each state read in place: copying every state out of the array, and
        // making the list of its transitions to find the rare dangling one, were most of this loop.
        for q in machine.states.indices {
            let targets = index.targets[q]
            for t in targets.indices where targets[t] < 0 {
                out.append(
                    Diagnostic(
                        .machineDanglingTarget,
                        "state '\(machine.states[q].id)' goes to unknown state '\(machine.states[q].exits.target(t))'",
                        at: machine.states[q].source))
            }
            out += RoleRules.check(machine.states[q], fields: fields)
            if let text = machine.states[q].text, Template.hasBraces(text) {
                for name in Template(text).placeholders where !builtInPlaceholders.contains(name) && fields[name] == nil
                {
                    out.append(
                        Diagnostic(
                            .machineUnknownPlaceholder,
                            "state '\(machine.states[q].id)' uses unknown placeholder '{\(name)}'",
                            at: machine.states[q].source))
                }
            }
        }
        out += SilentLoops.find(in: graph)
        out += TranslationRules.check(machine, file: file)
        return out
    }
}
