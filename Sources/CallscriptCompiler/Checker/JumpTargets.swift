import CallscriptSyntax

/// Every jump of every body resolved once to a step index, so the flow checks and lowering
/// follow integers instead of hashing names again. Bodies are numbered as nodes: steps
/// `0..<steps.count`, then handlers. Node `n`'s targets are
/// `targets[first[n]..<first[n + 1]]`, in the order `forEach(in:)` gives them.
struct JumpTargets: Sendable {
    /// The step index of each target, or -1 for a name that is not a step.
    private(set) var targets: [Int32] = []
    /// Where each node's targets start; one more entry than there are nodes.
    private(set) var first: [Int32] = [0]

    init() {}

    init(_ program: CheckedProgram) {
        let nodes = program.steps.count + program.handlers.count
        first.reserveCapacity(nodes + 1)
        targets.reserveCapacity(nodes * 2)
        for index in program.steps.indices { add(program.steps[index].decl.body, program) }
        for index in program.handlers.indices { add(program.handlers[index].decl.body, program) }
    }

    private mutating func add(_ body: StepBody, _ program: CheckedProgram) {
        Self.forEach(in: body) { name in targets.append(program.stepIndex[name.text].map(Int32.init) ?? -1) }
        first.append(Int32(targets.count))
    }

    /// The targets of node `node`, as step indices (-1: unknown).
    func of(_ node: Int) -> ArraySlice<Int32> { targets[Int(first[node])..<Int(first[node + 1])] }

    /// The names a body's ending jumps to, in order: the jump, the answers, or the `if` lines then `else`.
    static func forEach(in body: StepBody, _ visit: (Name) -> Void) {
        guard let ending = body.ending else { return }
        switch ending.kind {
        case .end, .hangup, .callback, .transferOptout: break
        case .jump(let target): visit(target)
        case .ask(let block): for answer in block.answers { visit(answer.target) }
        case .branches(let jumps, let otherwise):
            for jump in jumps { visit(jump.target) }
            if let otherwise { visit(otherwise) }
        }
    }
}
