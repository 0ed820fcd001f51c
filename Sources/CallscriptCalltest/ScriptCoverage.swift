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

    /// Marks what one step did, read from its effects: the step function reports every state it
    /// shows or passes (`shown`, `branched`, `recordObjection`, `ended`), each answer given and
    /// each handler started, so coverage follows the runtime's own interpreter.
    public mutating func record(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .shown(let state, _, _): states.insert(state)
            case .branched(let state, let choice):
                states.insert(state)
                if let choice { branches.insert(Choice(state: state, index: choice)) }
            case .recordObjection(let state?): states.insert(state)
            case .ended(let outcome): if let state = outcome.state { states.insert(state) }
            case .answered(let state, let index, _, _): answers.insert(Choice(state: state, index: index))
            // `hang-up` is reported as handled, but it ends the call: no handler starts.
            case .event(let event, handled: true, _) where event != .hangUp: handlers.insert(event.rawValue)
            default: continue
            }
        }
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
