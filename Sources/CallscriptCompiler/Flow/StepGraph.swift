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
    /// target) means we should not pile a flow error on top of it (`JumpTargets.endsHere`).
    private(set) var endsHere: [Bool]

    /// From the checker's jump table alone: the tree is not read again.
    init(_ program: CheckedProgram) {
        let jumps = program.jumps
        stepCount = program.steps.count
        nodeCount = program.steps.count + program.handlers.count
        endsHere = jumps.endsHere
        firstTarget = []
        firstTarget.reserveCapacity(nodeCount + 1)
        targets = []
        targets.reserveCapacity(jumps.targets.count)
        let first = jumps.first
        let all = jumps.targets
        for node in 0..<nodeCount {
            firstTarget.append(Int32(targets.count))
            for edge in Int(first[node])..<Int(first[node + 1]) where all[edge] >= 0 { targets.append(all[edge]) }
        }
        firstTarget.append(Int32(targets.count))
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
