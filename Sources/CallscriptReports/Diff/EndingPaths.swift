import CallscriptMachine

/// The ways a conversation can end, as people read them: from `start` (or a handler) through
/// the answers and branches taken to the ending statement. Statements are named by step, not by
/// number, so inserting a `say` does not make every path look new.
///
/// Paths are simple (no state twice), so loops are followed once. Their number can grow
/// exponentially with branches; at most `limit` are listed per version (after at most 100 ×
/// `limit` steps of the walk) and `truncated` says so.
public struct EndingPaths: Sendable {
    /// `end`, `hangup`, `callback at`, `transfer optout` -> the readable paths to it.
    public var byEnding: [String: Set<String>]
    /// True when the listing stopped at `limit` paths.
    public var truncated: Bool

    public static let limit = 5000

    public init(_ machine: Machine, limit: Int = EndingPaths.limit) {
        let index = Dictionary(machine.states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var found: [String: Set<String>] = [:]
        var count = 0
        var truncated = false
        // Partial paths that end nowhere new (every way on is already on the path) cost time
        // too; the walk stops after this many steps whatever it found.
        var budget = limit * 100
        let entries = [("start", machine.start)] + machine.handlers.map { ("on " + $0.event, $0.entry) }
        for (label, entry) in entries {
            guard let first = index[entry] else { continue }
            // An explicit stack of (state, next transition to try, words so far): no recursion.
            let firstStep = machine.states[first].step
            let start = firstStep == label ? [label] : [label, firstStep]
            var stack: [(state: Int, next: Int, words: [String])] = [(first, 0, start)]
            var onPath: Set<Int> = [first]
            while let top = stack.last {
                let state = machine.states[top.state]
                if state.role.isTerminal {
                    let words = Self.adding("\(state.step): \(state.role.keyword)", in: state.step, to: top.words)
                    found[state.role.keyword, default: []].insert(words.joined(separator: " → "))
                    count += 1
                }
                budget -= 1
                if count >= limit || budget <= 0 {
                    truncated = true
                    break
                }
                guard !state.role.isTerminal, top.next < state.transitions.count else {
                    onPath.remove(top.state)
                    stack.removeLast()
                    continue
                }
                let t = state.transitions[top.next]
                stack[stack.count - 1].next += 1
                guard let target = index[t.target], !onPath.contains(target) else { continue }
                var words = top.words
                if let choice = t.choiceDescription {
                    words = Self.adding("\(state.step): \(choice)", in: state.step, to: words)
                }
                let next = machine.states[target].step
                if next != state.step { words.append(next) }
                onPath.insert(target)
                stack.append((target, 0, words))
            }
            if truncated { break }
        }
        byEnding = found
        self.truncated = truncated
    }

    /// `word` for a statement in `step`: it replaces the bare step name it refines
    /// (`offer` becomes `offer: "Nee"`), otherwise it follows it.
    static func adding(_ word: String, in step: String, to words: [String]) -> [String] {
        guard words.last == step else { return words + [word] }
        return words.dropLast() + [word]
    }
}
