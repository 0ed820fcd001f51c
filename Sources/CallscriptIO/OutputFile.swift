import Foundation

/// Why a file could not be written: the step that failed and the system's reason.
public struct OutputFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it.
    public var path: String
    /// The step that failed, as a phrase: `create a temporary file beside it`, `write`, ...
    public var operation: String
    public var reason: String

    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    public var description: String {
        "cannot write \(path): \(reason)" + (operation == "write" ? "" : " (failed to \(operation))")
    }
}

/// The one way a command writes a file it was asked to (`-o`, `--junit`, `--coverage-json`,
/// `fmt`, `paths -o`). A regular file (or a path that does not exist yet) is replaced
/// atomically: the bytes go to a temporary file beside it, which is renamed over it only once
/// complete, so a full disk never leaves half a file. Anything else is written into, never
/// replaced: a symlink is followed to its target, and a device or FIFO (`/dev/stdout`, a pipe
/// to another program) receives the bytes, so `-o` never swaps a device node for a file.
public enum OutputFile {
    /// Writes `bytes` to `path` as described above.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
        var info = stat()
        if lstat(path, &info) != 0 {
            let failure = SystemError.last
            guard failure.code == ENOENT else {
                throw OutputFileError(path: path, operation: "inspect the path", reason: failure.description)
            }
            try replace(path, with: bytes, mode: nil)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: try replace(path, with: bytes, mode: info.st_mode & 0o7777)
        case S_IFDIR:
            throw OutputFileError(path: path, operation: "write", reason: "it is a folder; give a file name")
        default: try writeInto(path, bytes)
        }
    }

    /// Writes a string's UTF-8 bytes.
    public static func write(_ text: String, to path: String) throws(OutputFileError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes through whatever `path` names (following a symlink), truncating a regular target.
    private static func writeInto(_ path: String, _ bytes: [UInt8]) throws(OutputFileError) {
        var info = stat()
        let following = stat(path, &info) == 0
        if following, info.st_mode & S_IFMT == S_IFDIR {
            throw OutputFileError(path: path, operation: "write", reason: "it links to a folder; give a file name")
        }
        let isRegular = following && info.st_mode & S_IFMT == S_IFREG
        let flags = O_WRONLY | O_CLOEXEC | (isRegular || !following ? O_CREAT | O_TRUNC : 0)
        let fd = open(path, flags, 0o666)
        guard fd >= 0 else {
            throw OutputFileError(path: path, operation: "open the file", reason: SystemError.last.description)
        }
        defer { close(fd) }
        do { try StandardStream.write(bytes, to: fd) } catch {
            throw OutputFileError(path: path, operation: "write", reason: error.description)
        }
    }

    /// Temporary file beside `path`, flushed, then renamed over it.
    private static func replace(_ path: String, with bytes: [UInt8], mode: mode_t?) throws(OutputFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary =
            (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw OutputFileError(
                path: path, operation: "create a temporary file beside it", reason: SystemError.last.description)
        }
        func fail(_ operation: String, _ reason: String) -> OutputFileError {
            close(fd)
            unlink(temporary)
            return OutputFileError(path: path, operation: operation, reason: reason)
        }
        // The replacement keeps the permissions of the file it replaces.
        if let mode, fchmod(fd, mode) != 0 { throw fail("keep the file's permissions", SystemError.last.description) }
        do { try StandardStream.write(bytes, to: fd) } catch { throw fail("write", error.description) }
        guard fsync(fd) == 0 else { throw fail("flush it to disk", SystemError.last.description) }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = SystemError.last.description
            unlink(temporary)
            throw OutputFileError(path: path, operation: "rename the temporary file over it", reason: reason)
        }
    }
}
