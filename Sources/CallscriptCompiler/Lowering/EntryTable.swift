import CallscriptSyntax

/// The first state of every step. A step whose body is only `-> x` has no state of its own and
/// resolves to x's entry; chains are followed with a loop and memoised, so the work is linear.
struct EntryTable {
    private(set) var entries: [String: String] = [:]

    init(_ program: CheckedProgram) {
        var failed: Set<String> = []
        entries.reserveCapacity(program.steps.count)
        for index in program.steps.indices {
            let name = program.steps[index].name
            // Most steps have statements: their entry is their first state, no chain to follow.
            if Self.onlyJump(program.steps[index].decl.body) == nil {
                if entries[name] == nil { entries[name] = "\(name).1" }
                continue
            }
            guard entries[name] == nil else { continue }
            let step = program.steps[index]
            var chain: [String] = []
            var seen: Set<String> = []
            var current = step.name
            var resolved: String?
            while resolved == nil {
                if let known = entries[current] {
                    resolved = known
                    break
                }
                guard !failed.contains(current), !seen.contains(current), let symbol = program.step(current) else {
                    break
                }
                seen.insert(current)
                chain.append(current)
                if let target = Self.onlyJump(symbol.decl.body) {
                    current = target.text
                } else {
                    resolved = "\(current).1"
                }
            }
            for name in chain {
                if let resolved { entries[name] = resolved } else { failed.insert(name) }
            }
        }
    }

    /// The entry state ID of a step, if it resolves.
    subscript(_ step: String) -> String? { entries[step] }

    /// The target when the body is a bare `-> NAME` with no statements.
    static func onlyJump(_ body: StepBody) -> Name? {
        guard body.statements.isEmpty, let ending = body.ending, case .jump(let target) = ending.kind else {
            return nil
        }
        return target
    }
}
