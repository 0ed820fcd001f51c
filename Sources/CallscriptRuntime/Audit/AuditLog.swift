import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only, hash-chained audit trail (JSON Lines). Any number of runners may append
/// to one log at once: each append takes an exclusive lock on `<log>.lock`, reads the last
/// entry to chain onto it, writes the new line with one `write()` and flushes it to disk.
public struct AuditLog: Sendable {
    public let path: String
    let ops: FileOps

    public init(path: String) { self.init(path: path, ops: .system) }

    init(path: String, ops: FileOps) {
        self.path = path
        self.ops = ops
    }

    var lockPath: String { path + ".lock" }

    /// Appends one entry and returns it once it is on disk. Refuses to extend a log whose last
    /// line is cut off (`repair()` first) or whose last entry is damaged.
    @discardableResult
    public func append(_ payload: AuditPayload) throws(RuntimeError) -> AuditEntry {
        let entries = try append([payload])
        guard let entry = entries.first else {
            throw .io(path: path, operation: "append an audit entry", reason: "nothing was written")
        }
        return entry
    }

    /// Appends consecutive entries with one `write()` and one `fsync` (the entries of one
    /// step stay together: no other runner's entry lands between them).
    @discardableResult
    public func append(_ payloads: [AuditPayload]) throws(RuntimeError) -> [AuditEntry] {
        if payloads.isEmpty { return [] }
        return try withLock { () throws(RuntimeError) -> [AuditEntry] in
            try LockedFile.withAppendLock(path) { fd throws(RuntimeError) -> [AuditEntry] in
                let last = try lastEntry(fd)
                var seq = last?.seq ?? 0
                var prev = last?.hash ?? AuditEntry.genesis
                var entries: [AuditEntry] = []
                var bytes: [UInt8] = []
                for payload in payloads {
                    seq += 1
                    let entry = try AuditEntry(seq: seq, prev: prev, payload: payload)
                    prev = entry.hash
                    bytes += entry.line + [0x0A]
                    entries.append(entry)
                }
                try LockedFile.writeAll(fd, bytes, path, ops: ops)
                return entries
            }
        }
    }

    /// Appends a checkpoint sealing every entry before it: their count, the head hash and
    /// the key's MAC over both, so a rewritten or recomputed chain no longer matches.
    @discardableResult
    public func appendCheckpoint(key: AuditKey, time: String, agent: String) throws(RuntimeError) -> AuditEntry {
        try withLock { () throws(RuntimeError) -> AuditEntry in
            try LockedFile.withAppendLock(path) { fd throws(RuntimeError) -> AuditEntry in
                let last = try lastEntry(fd)
                let entry = try AuditEntry(
                    seq: (last?.seq ?? 0) + 1, prev: last?.hash ?? AuditEntry.genesis,
                    payload: AuditCheckpoint.payload(after: last, key: key, time: time, agent: agent))
                try LockedFile.writeAll(fd, entry.line + [0x0A], path, ops: ops)
                return entry
            }
        }
    }

    /// Every line of the log, parsed, with 1-based line numbers.
    public func read() throws(RuntimeError) -> AuditContents { AuditContents.parse(try LockedFile.readAll(path)) }
}

extension AuditContents {
    /// Parses the bytes of a whole log.
    public static func parse(_ bytes: [UInt8]) -> AuditContents {
        let (lines, truncated) = LockedFile.lines(bytes)
        return AuditContents(
            lines: lines.enumerated().map { i, line in
                AuditContents.Line(number: i + 1, bytes: Array(line), entry: AuditEntry.parse(line))
            }, truncated: truncated)
    }
}

extension AuditLog {
    /// Drops a cut-off last line (an entry whose write never completed, so never confirmed).
    /// Returns the number of bytes removed; 0 when the log was intact.
    @discardableResult
    public func repair() throws(RuntimeError) -> Int {
        try withLock { () throws(RuntimeError) -> Int in
            let bytes = try LockedFile.readAll(path)
            guard let last = bytes.last, last != 0x0A else { return 0 }
            let keep = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .io(path: path, operation: "open for repair", reason: LockedFile.errnoText()) }
            defer { close(fd) }
            guard ftruncate(fd, off_t(keep)) == 0, fsync(fd) == 0 else {
                throw .io(path: path, operation: "cut off the unfinished entry", reason: LockedFile.errnoText())
            }
            return bytes.count - keep
        }
    }

    /// Runs `body` holding the log's lock file, which every writer and the redactor take.
    func withLock<T>(_ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, LockedFile.fileMode)
        guard fd >= 0 else {
            throw .io(path: lockPath, operation: "open the audit lock", reason: LockedFile.errnoText())
        }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else {
            throw .io(path: lockPath, operation: "lock the audit log", reason: LockedFile.errnoText())
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The last entry, reading backwards from the end so appends stay cheap on long logs.
    fileprivate func lastEntry(_ fd: Int32) throws(RuntimeError) -> AuditEntry? {
        let size = Int(lseek(fd, 0, SEEK_END))
        if size <= 0 { return nil }
        guard try LockedFile.endsWithNewline(fd, path) else {
            let lines = LockedFile.lines(try LockedFile.readAll(path)).lines.count
            throw .auditTruncated(path: path, line: lines)
        }
        var start = size - 1
        var chunk = [UInt8](repeating: 0, count: 4096)
        var tail: [UInt8] = []
        search: while start > 0 {
            let from = max(0, start - chunk.count)
            let count = start - from
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(from)) }
            guard n == count else {
                throw .io(path: path, operation: "read the last entry", reason: LockedFile.errnoText())
            }
            for i in stride(from: count - 1, through: 0, by: -1) where chunk[i] == 0x0A {
                tail = Array(chunk[(i + 1)..<count]) + tail
                break search
            }
            tail = Array(chunk[0..<count]) + tail
            start = from
        }
        switch AuditEntry.parse(tail[...]) {
        case .success(let entry): return entry
        case .failure(let problem): throw .auditBroken(path: path, problem: "last entry: \(problem.message)")
        }
    }
}

/// The parsed lines of an audit log.
public struct AuditContents: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var bytes: [UInt8]
        public var entry: Result<AuditEntry, AuditLineError>
    }

    public var lines: [Line]
    /// The last line has no newline: its write never completed.
    public var truncated: Bool

    /// The entries that parse, in file order (a cut-off last line excluded).
    public var entries: [AuditEntry] {
        lines.enumerated().compactMap { i, line in
            if truncated, i == lines.count - 1 { return nil }
            if case .success(let e) = line.entry { return e }
            return nil
        }
    }
}
