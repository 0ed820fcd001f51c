import CallscriptSyntax

/// Steps and handlers as nodes, jumps and answers as edges: the graph the flow checks walk.
/// Nodes `0..<steps.count` are steps, the rest handlers, in the checked program's order.
struct StepGraph {
    let stepCount: Int
    let nodeCount: Int
    /// Targets of each node's ending (steps only; handlers are never jumped to).
    private(set) var successors: [[Int]]
    /// The call ends in this node, or a problem already reported (missing ending, unknown
    /// target) means we should not pile a flow error on top of it.
    private(set) var endsHere: [Bool]

    init(_ program: CheckedProgram) {
        stepCount = program.steps.count
        nodeCount = program.steps.count + program.handlers.count
        successors = Array(repeating: [], count: nodeCount)
        endsHere = Array(repeating: false, count: nodeCount)
        let bodies = program.steps.map(\.decl.body) + program.handlers.map(\.decl.body)
        for (node, body) in bodies.enumerated() {
            guard let ending = body.ending else {
                endsHere[node] = true
                continue
            }
            var targets: [Name] = []
            switch ending.kind {
            case .end, .hangup, .callback, .transferOptout: endsHere[node] = true
            case .jump(let target): targets = [target]
            case .ask(let block):
                targets = block.answers.map(\.target)
                // An ask without answers is already an error (CS0169).
                if targets.isEmpty { endsHere[node] = true }
            case .branches(let jumps, let otherwise):
                targets = jumps.map(\.target) + (otherwise.map { [$0] } ?? [])
                if otherwise == nil { endsHere[node] = true }
            }
            for target in targets {
                if let index = program.stepIndex[target.text] {
                    successors[node].append(index)
                } else {
                    endsHere[node] = true
                }
            }
        }
    }

    /// Nodes from which some path reaches an ending: a backward search from every ending.
    func canEnd() -> [Bool] {
        var predecessors = Array(repeating: [Int](), count: nodeCount)
        for (node, targets) in successors.enumerated() {
            for target in targets { predecessors[target].append(node) }
        }
        var marked = endsHere
        var work = (0..<nodeCount).filter { marked[$0] }
        while let node = work.popLast() {
            for p in predecessors[node] where !marked[p] {
                marked[p] = true
                work.append(p)
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
            for next in successors[node] where !marked[next] {
                marked[next] = true
                work.append(next)
            }
        }
        return marked
    }
}
