import Dispatch
import Synchronization

/// Runs independent jobs on all cores and gives their results in job order, so output never
/// depends on which job finished first. Used where the parts of a piece of work share nothing
/// but read-only inputs: the scripts of one `check`, the rules of one proof.
public enum ParallelMap {
    /// `transform(0) ... transform(count - 1)`, computed concurrently, in index order.
    public static func map<Result: Sendable>(
        _ count: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        guard count > 1 else { return count == 1 ? [transform(0)] : [] }
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.set(index, transform(index)) }
        return slots.results
    }
}

/// Results written from several threads, each slot once.
private final class Slots<Result: Sendable>: Sendable {
    private let slots: Mutex<[Result?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: Result) {
        slots.withLock { $0[index] = result }
    }

    var results: [Result] { slots.withLock { $0.compactMap { $0 } } }
}
