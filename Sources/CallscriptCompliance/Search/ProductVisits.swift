/// What the product search keeps of each node (`q * k + a`) it reached: whether it did, and for
/// the search that writes counterexamples, from which node.
protocol ProductVisits {
    /// Marks `node` reached from `from` (a node, or `ProductSearch.isRoot`); false when it had
    /// been reached before, and then nothing changes.
    mutating func claim(_ node: Int, from: Int32) -> Bool
}

/// One bit per node: enough to say whether a rule can break at all.
struct VisitedBits: ProductVisits {
    private var words: [UInt64]

    init(nodes: Int) { words = [UInt64](repeating: 0, count: (nodes + 63) / 64) }

    mutating func claim(_ node: Int, from: Int32) -> Bool {
        let bit: UInt64 = 1 << UInt64(node & 63)
        guard words[node >> 6] & bit == 0 else { return false }
        words[node >> 6] |= bit
        return true
    }
}

/// A 32-bit parent per node, for following a counterexample back to its root.
struct ParentLinks: ProductVisits {
    private(set) var parent: [Int32]

    init(nodes: Int) { parent = [Int32](repeating: ProductSearch.unvisited, count: nodes) }

    mutating func claim(_ node: Int, from: Int32) -> Bool {
        guard parent[node] == ProductSearch.unvisited else { return false }
        parent[node] = from
        return true
    }
}
