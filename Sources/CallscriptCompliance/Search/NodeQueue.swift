/// The product search's first-in first-out queue of nodes, in a ring: it holds the frontier,
/// not every node the search ever reached. The array it replaces kept them all, up to states ×
/// automaton states entries (8 MB for one rule of a 100,000-step script, two rules at a time),
/// and that was the largest part of the verifier's share of the peak memory of `check`.
struct NodeQueue {
    /// A power of two long, so a position wraps with a mask.
    private var ring: [Int32]
    private var head = 0
    private(set) var count = 0

    init(capacity: Int = 4096) {
        var size = 16
        while size < capacity { size <<= 1 }
        ring = [Int32](repeating: 0, count: size)
    }

    mutating func push(_ node: Int32) {
        if count == ring.count { grow() }
        ring[(head &+ count) & (ring.count &- 1)] = node
        count += 1
    }

    /// The oldest node, or nil when the queue is empty.
    mutating func pop() -> Int32? {
        guard count > 0 else { return nil }
        let node = ring[head]
        head = (head &+ 1) & (ring.count &- 1)
        count -= 1
        return node
    }

    /// Twice the room, the nodes in order from the start.
    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: ring.count * 2)
        let mask = ring.count - 1
        for i in 0..<count { bigger[i] = ring[(head + i) & mask] }
        ring = bigger
        head = 0
    }
}
