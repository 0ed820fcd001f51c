import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Durable appends shared safely between runners: `O_APPEND`, an exclusive `flock`, one
/// `write()` per record and `fsync` before returning. A record is confirmed only when this returns.
enum LockedFile {
    /// Records hold personal data: only the runner's own user may read them.
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700
    /// Infix of the temporary file `replace` writes before its rename (`x.json.tmp-<pid>`).
    static let temporaryMarker = ".tmp-"

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Opens `path` for appending (creating it), runs `body` under an exclusive lock, closes.
    static func withAppendLock<T>(_ path: String, _ body: (Int32) throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        let existed = FileManager.default.fileExists(atPath: path)
        while true {
            let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, fileMode)
            guard fd >= 0 else { throw .io(path: path, operation: "open for appending", reason: errnoText()) }
            defer { close(fd) }
            guard flock(fd, LOCK_EX) == 0 else { throw .io(path: path, operation: "lock", reason: errnoText()) }
            defer { flock(fd, LOCK_UN) }
            // An eraser may have replaced the file (rename) while this writer waited for the
            // lock: a record appended to the old, unlinked file would be lost, so open again.
            var opened = stat()
            var current = stat()
            if fstat(fd, &opened) == 0,
                stat(path, &current) != 0 || opened.st_ino != current.st_ino || opened.st_dev != current.st_dev
            {
                continue
            }
            if !existed { syncDirectory(of: path) }
            return try body(fd)
        }
    }

    /// Opens a record file for reading, locks it (shared for checks, exclusive for rebuilding its
    /// index) and runs `body`; nil when the file does not exist yet (no records).
    static func withReadLock<T>(
        _ path: String, _ mode: Int32, _ body: (Int32, FileStatus) throws(RuntimeError) -> T?
    )
        throws(RuntimeError) -> T?
    {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0, errno == ENOENT { return nil }
        guard fd >= 0 else { throw .io(path: path, operation: "open", reason: errnoText()) }
        defer { close(fd) }
        guard flock(fd, mode) == 0 else { throw .io(path: path, operation: "lock", reason: errnoText()) }
        defer { flock(fd, LOCK_UN) }
        guard let status = FileStatus.of(fd) else {
            throw .io(path: path, operation: "read the size of", reason: errnoText())
        }
        return try body(fd, status)
    }

    /// Appends one line (a newline is added). If an earlier writer crashed mid-line, a newline is
    /// written first so the new record never merges with the broken one.
    static func appendLine(
        _ line: String, to path: String, ops: FileOps = .system, confirming index: SortedIndexFile? = nil
    ) throws(RuntimeError) {
        try appendLines([line], to: path, ops: ops, confirming: index)
    }

    /// Appends several lines in one `write()` and one `fsync`. `index`, when given, is told of
    /// the append (see `SortedIndexFile.confirmAppend`).
    static func appendLines(
        _ lines: [String], to path: String, ops: FileOps = .system, confirming index: SortedIndexFile? = nil
    ) throws(RuntimeError) {
        try withAppendLock(path) { fd throws(RuntimeError) in
            var bytes: [UInt8] = []
            for line in lines {
                bytes.append(contentsOf: line.utf8)
                bytes.append(0x0A)
            }
            if try !endsWithNewline(fd, path) { bytes.insert(0x0A, at: 0) }
            let before = index == nil ? nil : FileStatus.of(fd)
            try writeAll(fd, bytes, path, ops: ops)
            if let index, let before, let after = FileStatus.of(fd) {
                index.confirmAppend(file: fd, before: before, after: after)
            }
        }
    }

    /// True when the file is empty or its last byte is a newline.
    static func endsWithNewline(_ fd: Int32, _ path: String) throws(RuntimeError) -> Bool {
        let size = lseek(fd, 0, SEEK_END)
        guard size >= 0 else { throw .io(path: path, operation: "seek", reason: errnoText()) }
        if size == 0 { return true }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, size - 1) == 1 else { throw .io(path: path, operation: "read", reason: errnoText()) }
        return last == 0x0A
    }

    /// One `write()` (repeated only if the kernel writes less), then `fsync`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ path: String, ops: FileOps = .system) throws(RuntimeError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { ops.write(fd, $0) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "write", reason: errnoText())
            }
            // A count of nothing, or of more than was asked, is a broken writer (a device, a
            // filter in between): an I/O error rather than a loop or an index out of range.
            guard n > 0, n <= bytes.count - offset else {
                throw .io(
                    path: path, operation: "write",
                    reason: "the system reported writing \(n) of \(bytes.count - offset) bytes")
            }
            offset += n
        }
        guard ops.fsync(fd) == 0 else { throw .io(path: path, operation: "flush to disk", reason: errnoText()) }
    }

    /// The whole file; a missing file reads as empty.
    static func readAll(_ path: String) throws(RuntimeError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, operation: "read", reason: "the file cannot be read")
        }
        return [UInt8](data)
    }

    /// Splits bytes into lines; `truncated` is true when the last line has no newline (a
    /// write that never completed).
    static func lines(_ bytes: [UInt8]) -> (lines: [ArraySlice<UInt8>], truncated: Bool) {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(bytes[start..<i])
            start = i + 1
        }
        let truncated = start < bytes.count
        if truncated { out.append(bytes[start...]) }
        return (out, truncated)
    }

    /// Writes a whole file atomically: temporary file, fsync, rename, fsync of the folder.
    static func replace(_ path: String, with bytes: [UInt8], ops: FileOps = .system) throws(RuntimeError) {
        let temporary = path + temporaryMarker + "\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw .io(path: temporary, operation: "create", reason: errnoText()) }
        do {
            try writeAll(fd, bytes, temporary, ops: ops)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard ops.rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw .io(path: path, operation: "replace", reason: reason)
        }
        syncDirectory(of: path)
    }

    /// Makes a new or renamed directory entry durable.
    static func syncDirectory(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
