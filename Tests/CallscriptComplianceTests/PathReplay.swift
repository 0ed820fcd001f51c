import CallscriptDiagnostics
import CallscriptMachine

/// Replays a finding's `path` on a machine, step by step, by transition index: the path
/// starts at its entry (`start` or a handler's first statement), each step follows the
/// transition it names (and that transition's answer or condition is the step's `choice`) or
/// starts a handler from a non-terminal state, and the last state is where the diagnostic
/// points. Knows nothing about rules: it only checks that the conversation can happen.
enum PathReplay {
    /// Nil when `diagnostic.path` replays on `machine` to the diagnostic's statement, else why not.
    static func problem(_ diagnostic: Diagnostic, on machine: Machine) -> String? {
        guard let path = diagnostic.path else { return "no path" }
        var byID: [String: State] = [:]
        for state in machine.states where byID[state.id] == nil { byID[state.id] = state }
        let entry = path.entry == "start" ? machine.start : machine.handlers.first { $0.event == path.entry }?.entry
        guard let entry else { return "entry '\(path.entry)' is neither start nor a handler" }
        guard let first = path.steps.first else { return "empty path" }
        guard first.state == entry else { return "starts at \(first.state), not at \(path.entry)'s \(entry)" }
        for (i, step) in path.steps.enumerated().dropLast() {
            guard let state = byID[step.state] else { return "unknown state \(step.state)" }
            let next = path.steps[i + 1].state
            if let t = step.transition {
                guard state.transitions.indices.contains(t) else { return "\(step.state) has no transition \(t)" }
                let transition = state.transitions[t]
                guard transition.target == next else {
                    return "transition \(t) of \(step.state) leads to \(transition.target), not \(next)"
                }
                guard step.choice == transition.choiceDescription else {
                    return "choice \(step.choice ?? "none") at \(step.state) is not transition \(t)'s"
                }
            } else {
                guard !state.role.isTerminal else { return "a handler starts after the terminal \(step.state)" }
                guard let handler = machine.handlers.first(where: { "on \($0.event)" == step.choice }) else {
                    return "step \(step.state) has neither a transition nor a handler start"
                }
                guard handler.entry == next else {
                    return "on \(handler.event) starts at \(handler.entry), not \(next)"
                }
            }
        }
        guard let last = path.steps.last, let state = byID[last.state] else { return "unknown last state" }
        guard last.transition == nil else { return "the last step names a transition" }
        guard state.source == diagnostic.range else { return "the diagnostic does not point at \(last.state)" }
        return nil
    }
}
