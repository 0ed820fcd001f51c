import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls that make records durable (`write`, `fsync`, `rename`), behind one seam
/// so tests can stop the runner at any of them, as a crash or a full disk would, and then
/// check that recovery keeps every promise. Production uses `.system`.
public struct FileOps: Sendable {
    var write: @Sendable (Int32, UnsafeRawBufferPointer) -> Int
    var fsync: @Sendable (Int32) -> Int32
    var rename: @Sendable (String, String) -> Int32
    /// Called before an operation that goes through another writer (the objection list's own
    /// append), so a fault plan can stop right before or after it; true lets it go ahead.
    var checkpoint: @Sendable (String) -> Bool

    /// The real system calls.
    public static let system = FileOps(
        write: { fd, buffer in Glibc.write(fd, buffer.baseAddress, buffer.count) },
        fsync: { fd in Glibc.fsync(fd) },
        rename: { from, to in Glibc.rename(from, to) },
        checkpoint: { _ in true })

    /// The system calls until `plan` says stop; from then on every operation fails, as if the
    /// process had died there (nothing after the fault reaches the disk).
    public static func faulty(_ plan: FaultPlan) -> FileOps {
        FileOps(
            write: { fd, buffer in
                switch plan.next() {
                case .go: return Glibc.write(fd, buffer.baseAddress, buffer.count)
                case .tear:
                    // Half the bytes land, like a power cut in the middle of a write.
                    let half = buffer.count / 2
                    if half > 0 { _ = Glibc.write(fd, buffer.baseAddress, half) }
                    errno = EIO
                    return -1
                case .dead:
                    errno = EIO
                    return -1
                }
            },
            fsync: { fd in
                guard plan.next() == .go else {
                    errno = EIO
                    return -1
                }
                return Glibc.fsync(fd)
            },
            rename: { from, to in
                guard plan.next() == .go else {
                    errno = EIO
                    return -1
                }
                return Glibc.rename(from, to)
            },
            checkpoint: { _ in plan.next() == .go })
    }
}

/// Where a faulty file layer stops: the `failAt`-th operation (1-based) fails, torn when it
/// is a write and `tearWrites` is set, and every later one fails too. Counts operations so a
/// test can first measure how many a clean call makes.
public final class FaultPlan: Sendable {
    enum Step: Equatable { case go, tear, dead }

    public let failAt: Int
    public let tearWrites: Bool
    private let count = Mutex(0)

    /// `failAt: .max` never fails: a counting run.
    public init(failAt: Int = .max, tearWrites: Bool = false) {
        self.failAt = failAt
        self.tearWrites = tearWrites
    }

    /// Operations seen so far.
    public var operations: Int { count.withLock { $0 } }

    /// True once the plan has stopped the file layer.
    public var fired: Bool { operations >= failAt }

    func next() -> Step {
        let n = count.withLock { value -> Int in
            value += 1
            return value
        }
        if n < failAt { return .go }
        return n == failAt && tearWrites ? .tear : .dead
    }
}
