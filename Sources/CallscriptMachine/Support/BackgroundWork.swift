import Dispatch
import Synchronization

/// One piece of work started on another core while the caller goes on; `value()` waits for its
/// result. Loading a large machine uses it to hash the file's layout and to build the run's
/// lookups beside the reading and the proof. (`ParallelMap` is the other home of parallel
/// work: many jobs at once, waited for together.)
public final class BackgroundWork<Result: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let result = Mutex<Result?>(nil)

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () -> Result) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            group.leave()
        }
    }

    /// The result, once the work is done (nil only if it never set one, which cannot happen).
    public func value() -> Result? {
        group.wait()
        return result.withLock { $0 }
    }
}
