import CallscriptSyntax

/// Every jump of every body resolved once to a step index, so the flow checks and lowering
/// follow integers instead of hashing names again. Bodies are numbered as nodes: steps
/// `0..<steps.count`, then handlers. Node `n`'s targets are
/// `targets[first[n]..<first[n + 1]]`, in the order `forEach(in:)` gives them.
///
/// The same pass notes what the flow checks and the entry table need to know of each body's
/// ending (`endsHere`, `bareJump`), so those passes read these arrays and not the tree: at
/// 100,000 steps the tree is far larger than the caches, and reading each body's ending again
/// cost a few memory misses per step (the flow checks grew 18-36x from 10,000 steps).
struct JumpTargets: Sendable {
    /// The step index of each target, or -1 for a name that is not a step.
    private(set) var targets: [Int32] = []
    /// Where each node's targets start; one more entry than there are nodes.
    private(set) var first: [Int32] = [0]
    /// Per node: the call ends in this body, or a problem reported elsewhere (missing ending,
    /// an ask without answers, an unknown target) means the flow checks add nothing to it.
    private(set) var endsHere: [Bool] = []
    /// Per node: the body is a bare `-> NAME` with no statements (no state of its own).
    private(set) var bareJump: [Bool] = []
    /// Per node: how many states lowering makes of the body (`Lowering.stateCount`), so that
    /// lowering knows every body's first state without reading the bodies once more.
    private(set) var stateCount: [Int32] = []
    /// Per node: how many statements the body has, for the limit checks (`LimitChecks`).
    private(set) var statementCount: [Int32] = []

    init() {}

    /// Room for `nodes` bodies, added in node order by the checker's pass over the bodies.
    init(reservingNodes nodes: Int) {
        first.reserveCapacity(nodes + 1)
        targets.reserveCapacity(nodes * 2)
        endsHere.reserveCapacity(nodes)
        bareJump.reserveCapacity(nodes)
        stateCount.reserveCapacity(nodes)
        statementCount.reserveCapacity(nodes)
    }

    /// How many nodes have been added.
    var count: Int { endsHere.count }

    /// Notes the next node's body. The checker calls this in the same pass that checks the
    /// body: a pass of its own read every body once more, and at 100,000 steps the tree is far
    /// larger than the caches.
    mutating func add(_ body: borrowing StepBody, _ program: CheckedProgram) {
        var ends: Bool
        var bare = false
        // One state per statement and one for an ending that is not a jump; none without an ending.
        var states = body.ending == nil ? 0 : body.statements.count + 1
        switch body.ending?.kind {
        case nil, .end, .hangup, .callback, .transferOptout: ends = true
        case .jump: (ends, bare, states) = (false, body.statements.isEmpty, body.statements.count)
        // An ask without answers is already an error (CS0169).
        case .ask(let block): ends = block.answers.isEmpty
        case .branches(_, let otherwise): ends = otherwise == nil
        }
        let from = targets.count
        Self.forEach(in: body) { name in targets.append(program.stepIndex[name.text].map(Int32.init) ?? -1) }
        // An unknown target (-1) is reported by the checker.
        if targets[from...].contains(-1) { ends = true }
        first.append(Int32(targets.count))
        endsHere.append(ends)
        bareJump.append(bare)
        stateCount.append(Int32(truncatingIfNeeded: states))
        statementCount.append(Int32(truncatingIfNeeded: body.statements.count))
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
