import Foundation

/// A failed system call, kept as its `errno` so messages can say what went wrong in words
/// ("No space left on device") instead of a Foundation error number.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    /// The current thread's `errno`.
    public static var last: SystemError { SystemError(errno) }

    /// `strerror` text, e.g. `No space left on device`.
    public var description: String { String(cString: strerror(code)) }
}
