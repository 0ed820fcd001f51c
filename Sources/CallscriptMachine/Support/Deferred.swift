import Synchronization

/// A value made the first time it is asked for, from any thread (the lock makes the first
/// making safe): tables that some callers of a shared value need and others never read.
final class Deferred<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)

    init() {}

    /// The value, made by `make` on the first call only.
    func value(_ make: () -> Value) -> Value {
        slot.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
