import CallscriptSyntax

/// Steps and handlers as nodes, jumps and answers as edges: the graph the flow checks walk.
/// Nodes `0..<steps.count` are steps, the rest handlers, in the checked program's order.
/// The edges are one flat array (node `n`'s targets are `targets[firstTarget[n]..<firstTarget[n + 1]]`),
/// so building and walking the graph allocates a few arrays, not one per node.
struct StepGraph {
    let stepCount: Int
    let nodeCount: Int
    /// Where each node's targets start in `targets`; one more entry than there are nodes.
    private(set) var firstTarget: [Int32]
    /// The step index of every target of every node, node after node.
    private(set) var targets: [Int32]
    /// The call ends in this node, or a problem already reported (missing ending, unknown
    /// target) means we should not pile a flow error on top of it.
    private(set) var endsHere: [Bool]

    init(_ program: CheckedProgram) {
        stepCount = program.steps.count
        nodeCount = program.steps.count + program.handlers.count
        firstTarget = []
        firstTarget.reserveCapacity(nodeCount + 1)
        targets = []
        targets.reserveCapacity(program.jumps.targets.count)
        endsHere = Array(repeating: false, count: nodeCount)
        for index in program.steps.indices { add(program.steps[index].decl.body, node: index, program) }
        for index in program.handlers.indices {
            add(program.handlers[index].decl.body, node: stepCount + index, program)
        }
        firstTarget.append(Int32(targets.count))
    }

    private mutating func add(_ body: StepBody, node: Int, _ program: CheckedProgram) {
        firstTarget.append(Int32(targets.count))
        guard let ending = body.ending else {
            endsHere[node] = true
            return
        }
        switch ending.kind {
        case .end, .hangup, .callback, .transferOptout: endsHere[node] = true
        case .jump: break
        // An ask without answers is already an error (CS0169).
        case .ask(let block): if block.answers.isEmpty { endsHere[node] = true }
        case .branches(_, let otherwise): if otherwise == nil { endsHere[node] = true }
        }
        // The jumps were resolved once by the checker; an unknown one (-1) is reported there.
        for target in program.jumps.of(node) {
            if target >= 0 { targets.append(target) } else { endsHere[node] = true }
        }
    }

    /// Nodes from which some path reaches an ending: a backward search from every ending.
    func canEnd() -> [Bool] {
        // The reversed edges, laid out flat the same way (a counting sort by target).
        var firstSource = [Int32](repeating: 0, count: nodeCount + 1)
        for target in targets { firstSource[Int(target) + 1] += 1 }
        for node in 0..<nodeCount { firstSource[node + 1] += firstSource[node] }
        var fill = firstSource
        var sources = [Int32](repeating: 0, count: targets.count)
        for node in 0..<nodeCount {
            for edge in Int(firstTarget[node])..<Int(firstTarget[node + 1]) {
                let target = Int(targets[edge])
                sources[Int(fill[target])] = Int32(node)
                fill[target] += 1
            }
        }
        var marked = endsHere
        var work = (0..<nodeCount).filter { marked[$0] }
        while let node = work.popLast() {
            for edge in Int(firstSource[node])..<Int(firstSource[node + 1]) {
                let p = Int(sources[edge])
                if !marked[p] {
                    marked[p] = true
                    work.append(p)
                }
            }
        }
        return marked
    }

    /// Nodes reachable from the given roots.
    func reachable(from roots: [Int]) -> [Bool] {
        var marked = Array(repeating: false, count: nodeCount)
        var work: [Int] = []
        for root in roots where !marked[root] {
            marked[root] = true
            work.append(root)
        }
        while let node = work.popLast() {
            for edge in Int(firstTarget[node])..<Int(firstTarget[node + 1]) {
                let next = Int(targets[edge])
                if !marked[next] {
                    marked[next] = true
                    work.append(next)
                }
            }
        }
        return marked
    }
}
