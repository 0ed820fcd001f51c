/// An append-only list whose copies share the entries they have in common: copying it and
/// appending to the copy costs at most one chunk, never the whole list. A test that continues
/// another test's call (`from "checkpoint"`) starts with the call's log as it stood at the
/// checkpoint, so a long conversation branched many times is not copied once per branch.
struct SharedLog<Element: Sendable>: Sendable {
    /// Entries before `tail`, in chunks that never change once made (so copies share them).
    private final class Chunk: Sendable {
        let items: [Element]
        let previous: Chunk?
        /// Entries in this chunk and every chunk before it.
        let total: Int

        init(items: [Element], previous: Chunk?) {
            self.items = items
            self.previous = previous
            total = items.count + (previous?.total ?? 0)
        }
    }

    /// How many entries a copy can own before they are frozen into a shared chunk; bounds the
    /// cost of a branch and keeps the chain of chunks short.
    static var chunkSize: Int { 512 }

    private var frozen: Chunk?
    private var tail: [Element] = []

    init() {}

    var count: Int { (frozen?.total ?? 0) + tail.count }
    var isEmpty: Bool { count == 0 }

    mutating func append(_ element: Element) {
        tail.append(element)
        if tail.count >= Self.chunkSize {
            frozen = Chunk(items: tail, previous: frozen)
            tail = []
        }
    }

    /// The first entry, from the newest back, that satisfies `predicate`.
    func last(where predicate: (Element) -> Bool) -> Element? {
        if let hit = tail.last(where: predicate) { return hit }
        var chunk = frozen
        while let c = chunk {
            if let hit = c.items.last(where: predicate) { return hit }
            chunk = c.previous
        }
        return nil
    }

    func contains(where predicate: (Element) -> Bool) -> Bool { last(where: predicate) != nil }

    /// The oldest entry that satisfies `predicate`.
    func first(where predicate: (Element) -> Bool) -> Element? {
        var chunks: [Chunk] = []
        var chunk = frozen
        while let c = chunk {
            chunks.append(c)
            chunk = c.previous
        }
        for c in chunks.reversed() { if let hit = c.items.first(where: predicate) { return hit } }
        return tail.first(where: predicate)
    }

    /// Every entry in order.
    var all: [Element] {
        var chunks: [[Element]] = [tail]
        var chunk = frozen
        while let c = chunk {
            chunks.append(c.items)
            chunk = c.previous
        }
        return chunks.reversed().flatMap { $0 }
    }
}
