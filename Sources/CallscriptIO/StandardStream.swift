import Foundation

/// Writes to a file descriptor with `write(2)`: the whole buffer, retried on `EINTR` and on
/// short writes. `FileHandle.write(Data)` cannot report an error and traps instead, so a full
/// disk or a closed pipe would crash the process; this returns the error as a value.
public enum StandardStream {
    /// Standard input.
    public static let input: Int32 = 0
    /// Standard output.
    public static let output: Int32 = 1
    /// Standard error.
    public static let error: Int32 = 2

    /// Makes a closed pipe and an over-large file errors of `write` (`EPIPE`, `EFBIG`) instead
    /// of signals that end the process silently. Call once at start-up.
    public static func ignoreWriteSignals() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Writes every byte to `fd`; the first error stops the write.
    public static func write(_ bytes: [UInt8], to fd: Int32) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                let failure = SystemError.last
                if failure.code == EINTR { continue }
                if failure.code == EAGAIN {
                    // A non-blocking descriptor (a terminal or pipe set so by another program): wait until it drains.
                    var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, 1000)
                    continue
                }
                throw failure
            }
            // A zero-byte write of a non-empty buffer makes no progress; treat it as a full device.
            if n == 0 { throw SystemError(ENOSPC) }
            offset += n
        }
    }

    /// Writes a string's UTF-8 bytes to `fd`.
    public static func write(_ text: String, to fd: Int32) throws(SystemError) {
        try write(Array(text.utf8), to: fd)
    }

    /// Reads what is available from `fd` (at most `limit` bytes), retrying on `EINTR`; an empty
    /// result means the end of the input.
    public static func read(from fd: Int32, limit: Int = 1 << 16) throws(SystemError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n >= 0 { return Array(buffer.prefix(n)) }
            let failure = SystemError.last
            if failure.code != EINTR { throw failure }
        }
    }
}
