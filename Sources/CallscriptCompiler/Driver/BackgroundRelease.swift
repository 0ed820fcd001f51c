import Dispatch

/// Frees a large value on another core. A script's trees and checked program are millions of
/// small allocations; once the machine is lowered nothing reads them, and freeing them took a
/// twentieth of `check`, in the way of the verifier.
enum BackgroundRelease {
    static func release<Value: Sendable>(_ value: consuming Value) {
        // The box is built in the capture list, so the queued block holds the only reference
        // and the value is destroyed when the block is, on the queue's thread.
        DispatchQueue.global(qos: .utility).async { [box = Box(value)] in _ = box }
    }

    private final class Box<Held: Sendable>: Sendable {
        let held: Held
        init(_ held: consuming Held) { self.held = held }
    }
}
