import CallscriptMachine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The organisation's objection list: one phone number per line, in any spelling the one
/// normaliser reads (see `Docs/data-formats.md`). Appends are durable and safe between
/// concurrent runners; a number once written is never removed by the runtime.
///
/// Checks go through a sorted index beside the list (`SortedIndexFile`), rebuilt when the list
/// changed other than by the runtime's own appends. The list decides, the index never does: a
/// line that is not a number makes every check an error (the gate refuses), and an index that
/// does not match the list is rebuilt or bypassed.
public struct ObjectionList: Sendable {
    public let path: String
    /// Recent appends up to this many bytes are read on each check; beyond, the index is rebuilt.
    public var tailLimit = 256 * 1024

    public init(path: String) { self.path = path }

    /// `objections.idx` beside `objections.txt`.
    public var indexPath: String { SortedIndexFile.path(besides: path) }

    /// Entries are one word: the number's E.164 digits. The magic reads "CSOIDX01".
    var index: SortedIndexFile { SortedIndexFile(magic: 0x3130_5844_494F_5343, width: 1, path: indexPath) }

    /// Adds the number (written in E.164 form) and returns only after it is on disk.
    public func append(_ phone: String) throws(RuntimeError) {
        try append(try Self.parse(phone))
    }

    public func append(_ number: PhoneNumber) throws(RuntimeError) {
        try LockedFile.withAppendLock(path) { fd throws(RuntimeError) in
            guard let before = FileStatus.of(fd) else {
                throw .io(path: path, operation: "read the size of", reason: LockedFile.errnoText())
            }
            let line = Array(number.e164.utf8) + [0x0A]
            try LockedFile.writeAll(fd, try separator(fd, size: before.size) + line, path)
            if let after = FileStatus.of(fd) {
                index.confirmAppend(file: fd, before: before, after: after)
            }
        }
    }

    /// True when the number is on the list. Throws when the list cannot be read or holds a
    /// line that is not a number: the caller must then refuse, as the objection gate does.
    public func contains(_ phone: String) throws(RuntimeError) -> Bool {
        try contains(try Self.parse(phone))
    }

    public func contains(_ number: PhoneNumber) throws(RuntimeError) -> Bool {
        let quick = try withList(LOCK_SH) { fd, status throws(RuntimeError) -> Bool? in
            guard let header = usableHeader(fd, status) else { return nil }
            guard let hits = index.entries(withKey: number.digits, header: header) else { return nil }
            let tail = try scanTail(fd, status, after: header)
            return !hits.isEmpty || tail.numbers.contains(number.digits)
        }
        if let quick { return quick }
        return try rebuild().contains(number)
    }

    /// Every number on the list, sorted, with the warnings about lines ignored as never confirmed.
    public func snapshot() throws(RuntimeError) -> ObjectionSnapshot {
        let quick = try withList(LOCK_SH) { fd, status throws(RuntimeError) -> ObjectionSnapshot? in
            guard let header = usableHeader(fd, status),
                let indexed = index.allEntries(header: header)
            else { return nil }
            let tail = try scanTail(fd, status, after: header)
            return ObjectionSnapshot(merging: indexed, tail.numbers, warnings: tail.warnings)
        }
        if let quick { return quick }
        return try rebuild()
    }

    /// Every number on the list in E.164 form.
    public func numbers() throws(RuntimeError) -> Set<String> {
        Set(try snapshot().sorted.compactMap { PhoneNumber(digits: $0)?.e164 })
    }

    /// Reads the whole list under an exclusive lock and writes a fresh index. A folder where the
    /// index cannot be written still gets the right answer, from the list read here.
    @discardableResult
    public func rebuild() throws(RuntimeError) -> ObjectionSnapshot {
        try withList(LOCK_EX) { fd, status throws(RuntimeError) -> ObjectionSnapshot in
            // Another runner may have rebuilt it while this one waited for the lock.
            if let header = usableHeader(fd, status), let indexed = index.allEntries(header: header) {
                let tail = try scanTail(fd, status, after: header)
                return ObjectionSnapshot(merging: indexed, tail.numbers, warnings: tail.warnings)
            }
            guard let bytes = SortedIndexFile.readBytes(fd, at: 0, count: Int(status.size)) else {
                throw .io(path: path, operation: "read the objection list", reason: LockedFile.errnoText())
            }
            let scanner = ObjectionListScanner.scanning(bytes)
            if let error = scanner.error(path: path) { throw error }
            let snapshot = ObjectionSnapshot(merging: [], scanner.numbers, warnings: scanner.warnings)
            let completeLines = bytes.last == 0x0A || bytes.isEmpty ? scanner.lines : scanner.lines - 1
            try? index.store(
                snapshot.sorted, coveredBytes: status.size, coveredLines: UInt64(completeLines), file: fd,
                status: status)
            return snapshot
        } ?? ObjectionSnapshot(merging: [], [], warnings: [])
    }

    // MARK: Internals

    static func parse(_ phone: String) throws(RuntimeError) -> PhoneNumber {
        do { return try PhoneNumber(parsing: phone) } catch { throw .badPhone(error) }
    }

    private func withList<T>(_ mode: Int32, _ body: (Int32, FileStatus) throws(RuntimeError) -> T?)
        throws(RuntimeError) -> T?
    {
        try LockedFile.withReadLock(path, mode, body)
    }

    /// The index header when it describes the list and the unindexed tail is short enough to read.
    private func usableHeader(_ fd: Int32, _ status: FileStatus) -> SortedIndexFile.Header? {
        guard let header = index.header(file: fd, status: status),
            status.size - header.coveredBytes <= UInt64(tailLimit)
        else { return nil }
        return header
    }

    /// The lines appended after the indexed part; a bad line there is an error like anywhere.
    private func scanTail(_ fd: Int32, _ status: FileStatus, after header: SortedIndexFile.Header)
        throws(RuntimeError) -> ObjectionListScanner
    {
        var scanner = ObjectionListScanner()
        scanner.lines = Int(header.coveredLines)
        let count = Int(status.size - header.coveredBytes)
        guard count > 0 else { return scanner }
        guard let bytes = SortedIndexFile.readBytes(fd, at: Int(header.coveredBytes), count: count) else {
            throw .io(path: path, operation: "read the objection list", reason: LockedFile.errnoText())
        }
        bytes.withUnsafeBufferPointer { scanner.scan($0, atEnd: true) }
        if let error = scanner.error(path: path) { throw error }
        return scanner
    }

    /// What to write before a new line: nothing after a complete line; a newline after a last
    /// line without one (people's editors leave that); and after half a number that a crashed
    /// writer left, the marker that tells readers it was never confirmed.
    private func separator(_ fd: Int32, size: UInt64) throws(RuntimeError) -> [UInt8] {
        if try LockedFile.endsWithNewline(fd, path) { return [] }
        let probe = min(size, 256)
        guard let tail = SortedIndexFile.readBytes(fd, at: Int(size - probe), count: Int(probe)) else { return [0x0A] }
        let last = tail.lastIndex(of: 0x0A).map { Array(tail[($0 + 1)...]) } ?? tail
        let fragment = last.withUnsafeBufferPointer { line in
            ObjectionListScanner.isFragment(line)
                && { if case .failure = PhoneNumberParser.parse(line) { true } else { false } }()
        }
        return fragment ? Array(" # \(ObjectionListScanner.cutOffMarker)\n".utf8) : [0x0A]
    }
}

/// Every number of an objection list at one moment, sorted and unique, for checking many
/// numbers at once (scrubbing a call list).
public struct ObjectionSnapshot: Sendable {
    /// E.164 digits, ascending.
    public let sorted: [UInt64]
    /// Lines ignored because a write never completed.
    public let warnings: [String]

    /// `indexed` is sorted and unique (an index's entries); `more` in any order.
    init(merging indexed: [UInt64], _ more: [UInt64], warnings: [String]) {
        let extra = more.sorted()
        var unique: [UInt64] = []
        unique.reserveCapacity(indexed.count + extra.count)
        var a = 0
        var b = 0
        // A merge, not a sort: ten million indexed numbers and a few appended ones.
        while a < indexed.count || b < extra.count {
            let next: UInt64
            if b == extra.count || (a < indexed.count && indexed[a] <= extra[b]) {
                next = indexed[a]
                a += 1
            } else {
                next = extra[b]
                b += 1
            }
            if unique.last != next { unique.append(next) }
        }
        sorted = unique
        self.warnings = warnings
    }

    public var count: Int { sorted.count }

    public func contains(_ number: PhoneNumber) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < number.digits { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == number.digits
    }
}
