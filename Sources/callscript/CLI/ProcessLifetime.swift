/// Keeps a value alive until the process exits.
///
/// A large compilation holds millions of small objects. Freeing them one by one just before
/// the process ends costs about a tenth of a big `check`, while the operating system reclaims
/// the memory at once; so commands that are about to exit hand their results here instead, as
/// clang does with `-disable-free`. Only for values whose lifetime really is the process's.
enum ProcessLifetime {
    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    static func keep<T>(_ value: T) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
