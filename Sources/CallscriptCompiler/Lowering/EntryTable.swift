import CallscriptSyntax

/// The first state of every step, by step index. A step whose body is only `-> x` has no state
/// of its own and resolves to x's entry; chains are followed with a loop over the resolved jump
/// indices and memoised, so the work is linear, no name is hashed and no body is read again.
struct EntryTable {
    /// The entry state ID of each step; nil when its chain of bare jumps never reaches a state.
    private(set) var entries: [String?]
    /// The step whose first state each step's entry is (-1 when it does not resolve): the
    /// lowering turns it into a position for the graph's edges.
    private(set) var entrySteps: [Int32]

    private enum Mark: UInt8 { case open, resolved, failed, onChain }

    init(_ program: CheckedProgram) {
        let count = program.steps.count
        entries = Array(repeating: nil, count: count)
        entrySteps = Array(repeating: -1, count: count)
        var marks = [Mark](repeating: .open, count: count)
        var chain: [Int] = []
        for index in 0..<count where marks[index] == .open {
            // Most steps have statements: their entry is their first state, no chain to follow.
            // (The checker noted the bare jumps: the tree is not read here.)
            if !program.jumps.bareJump[index] {
                entries[index] = Lowering.stateID(program.steps[index].name, 1)
                entrySteps[index] = Int32(index)
                marks[index] = .resolved
                continue
            }
            chain.removeAll(keepingCapacity: true)
            var current = index
            var resolved: String?
            var resolvedStep: Int32 = -1
            while true {
                if marks[current] == .resolved {
                    resolved = entries[current]
                    resolvedStep = entrySteps[current]
                    break
                }
                guard marks[current] == .open else { break }
                if !program.jumps.bareJump[current] {
                    resolved = Lowering.stateID(program.steps[current].name, 1)
                    resolvedStep = Int32(current)
                    entries[current] = resolved
                    entrySteps[current] = resolvedStep
                    marks[current] = .resolved
                    break
                }
                marks[current] = .onChain
                chain.append(current)
                guard let next = program.jumps.of(current).first, next >= 0 else { break }
                current = Int(next)
            }
            for step in chain {
                entries[step] = resolved
                entrySteps[step] = resolvedStep
                marks[step] = resolved == nil ? .failed : .resolved
            }
        }
    }

    /// The entry state ID of the step at `index`, if it resolves.
    subscript(_ index: Int) -> String? { entries[index] }

    /// The target when the body is a bare `-> NAME` with no statements.
    static func onlyJump(_ body: StepBody) -> Name? {
        guard body.statements.isEmpty, let ending = body.ending, case .jump(let target) = ending.kind else {
            return nil
        }
        return target
    }
}
