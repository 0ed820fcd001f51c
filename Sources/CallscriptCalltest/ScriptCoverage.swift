import CallscriptMachine
import CallscriptRuntime

/// What tests covered of one script: states visited, answers given, condition outcomes
/// taken (`if` and `else` of every branch) and handlers started.
public struct ScriptCoverage: Sendable, Hashable {
    /// A transition of a state: the answer or condition at `index`.
    public struct Choice: Hashable, Sendable, Comparable {
        public var state: String
        public var index: Int

        public init(state: String, index: Int) {
            self.state = state
            self.index = index
        }

        public static func < (a: Choice, b: Choice) -> Bool { (a.state, a.index) < (b.state, b.index) }
    }

    /// The script's path as shown.
    public var script: String
    public let machine: Machine
    public var states: Set<String> = []
    public var answers: Set<Choice> = []
    public var branches: Set<Choice> = []
    public var handlers: Set<String> = []

    /// Position of each state ID, for describing choices without a search.
    private let positions: [String: Int]

    public init(script: String, machine: Machine) {
        self.script = script
        self.machine = machine
        var positions: [String: Int] = [:]
        for (i, s) in machine.states.enumerated() where positions[s.id] == nil { positions[s.id] = i }
        self.positions = positions
    }

    /// Adds what `other` covered (same machine).
    public mutating func merge(_ other: ScriptCoverage) {
        states.formUnion(other.states)
        answers.formUnion(other.answers)
        branches.formUnion(other.branches)
        handlers.formUnion(other.handlers)
    }

    public var allStates: [String] { machine.states.map(\.id) }

    public var allAnswers: [Choice] {
        machine.states.filter { $0.role.isQuestion }.flatMap { s in
            s.transitions.indices.map { Choice(state: s.id, index: $0) }
        }
    }

    public var allBranches: [Choice] {
        machine.states.filter { $0.role == .branch }.flatMap { s in
            s.transitions.indices.map { Choice(state: s.id, index: $0) }
        }
    }

    public var allHandlers: [String] { machine.handlers.map(\.event) }

    /// How people read an uncovered item: `offer.3`, `intro.2 "Later"`, `offer.4 if interest == low`, `on minor`.
    public func describe(answer c: Choice) -> String {
        let t = positions[c.state].flatMap { machine.states[$0].transitions[ifPresent: c.index] }
        return "\(c.state) \(t?.choiceDescription ?? "#\(c.index + 1)")"
    }

    /// Everything not covered, in machine order: states, then answers, branches and handlers.
    public var uncovered: [String] {
        allStates.filter { !states.contains($0) }
            + allAnswers.filter { !answers.contains($0) }.map(describe(answer:))
            + allBranches.filter { !branches.contains($0) }.map(describe(answer:))
            + allHandlers.filter { !handlers.contains($0) }.map { "on \($0)" }
    }
}

extension RandomAccessCollection where Index == Int {
    subscript(ifPresent index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// Follows the runtime's silent passes (branches, `record objection`) to mark which states and
/// condition outcomes a step went through, evaluating conditions exactly as the runtime does.
struct CoverageTracer {
    let loaded: LoadedMachine

    /// Marks the states entered from `position` until one waits or ends the call.
    func enter(_ start: Int, values: [String: FieldValue], into coverage: inout ScriptCoverage) {
        let index = loaded.index
        var position = start
        var hops = 0
        while position >= 0, position < index.count, hops <= index.count {
            hops += 1
            let state = index[position]
            coverage.states.insert(state.id)
            switch state.role {
            case .branch:
                let chosen = state.transitions.indices.first { i in
                    let t = state.transitions[i]
                    if t.kind == .otherwise { return true }
                    guard let condition = t.condition else { return false }
                    return ConditionEvaluator.evaluate(condition, values: values, fields: loaded.fields)
                }
                guard let chosen else { return }
                coverage.branches.insert(ScriptCoverage.Choice(state: state.id, index: chosen))
                position = index.targets[position][ifPresent: chosen] ?? -1
            case .recordObjection:
                position = index.targets[position][ifPresent: 0] ?? -1
            default:
                return
            }
        }
    }

    /// Marks what `input` at `before` does: the answer or handler chosen and the states entered.
    func record(
        _ input: SessionInput, before: SessionState, after: SessionState, contact: [String: FieldValue],
        into coverage: inout ScriptCoverage
    ) {
        let index = loaded.index
        guard let id = before.phase.stateID, let position = index.index(of: id) else { return }
        var values = contact
        for (name, text) in after.captures {
            if let field = loaded.fields[name] { values[name] = FieldValue(kind: field.type.kind, text: text) }
        }
        switch input {
        case .continue:
            if index[position].role == .transferOptout { return }
            enter(index.targets[position][ifPresent: 0] ?? -1, values: values, into: &coverage)
        case .answer(let choice):
            coverage.answers.insert(ScriptCoverage.Choice(state: id, index: choice))
            enter(index.targets[position][ifPresent: choice] ?? -1, values: values, into: &coverage)
        case .capture:
            enter(index.targets[position][ifPresent: 0] ?? -1, values: values, into: &coverage)
        case .event(let event):
            guard event != .hangUp, let entry = loaded.handlers[event.rawValue] else { return }
            coverage.handlers.insert(event.rawValue)
            enter(entry, values: values, into: &coverage)
        }
    }
}
