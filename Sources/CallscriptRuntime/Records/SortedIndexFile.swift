import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A sorted index beside an append-only record file (`objections.idx` beside `objections.txt`,
/// `consents.idx` beside `consents.jsonl`), so that a gate check reads a few kilobytes instead
/// of the whole file. It only ever speeds a check up: an index that is stale, damaged or
/// missing is rebuilt or bypassed, never trusted.
///
/// Layout (little-endian 8-byte words): a 16-word header; one (first key, checksum) pair per
/// page; then the entries, sorted, in pages of 4096 words. An entry is `width` words, the first
/// its key (objections: the E.164 digits; consents: a key and the record's byte offset). The
/// header records which file it was built from (device, inode), how many of its bytes it covers,
/// a checksum of the last 4 KiB of those bytes, and the size and change time (ctime) the file
/// had when the header was last confirmed. The runtime's own appends confirm the header again;
/// any other change to the file (an editor, `echo >>`, a restore) changes its ctime and so
/// forces a rebuild. The bytes after the covered part (recent appends) are read on each check.
struct SortedIndexFile {
    static let pageWords = 4096
    static let headerWords = 16
    static let headerBytes = headerWords * 8
    /// The checksum of the file's covered bytes takes this many of its last bytes.
    static let tailProbeBytes = 4096

    /// Tells the kinds of index apart (`CSOIDX01`, `CSCIDX01`).
    let magic: UInt64
    /// Words per entry.
    let width: Int
    let path: String

    var pageEntries: Int { Self.pageWords / width }

    /// What the header says (see the type's comment).
    struct Header: Equatable {
        var count: UInt64
        var device: UInt64
        var inode: UInt64
        var coveredBytes: UInt64
        var coveredLines: UInt64
        var coveredTailHash: UInt64
        var knownSize: UInt64
        var knownChangeSeconds: UInt64
        var knownChangeNanoseconds: UInt64
        var fenceHash: UInt64

        /// True when the file is, as far as its metadata and tail show, the one this header confirmed.
        func describes(_ file: FileStatus) -> Bool {
            device == file.device && inode == file.inode && knownSize == file.size
                && knownChangeSeconds == file.changeSeconds && knownChangeNanoseconds == file.changeNanoseconds
                && coveredBytes <= file.size
        }
    }

    func pageCount(_ header: Header) -> Int { (Int(header.count) + pageEntries - 1) / pageEntries }

    func words(of h: Header) -> [UInt64] {
        var w: [UInt64] = [
            magic, UInt64(width) << 32 | UInt64(Self.pageWords), h.count, h.device, h.inode, h.coveredBytes,
            h.coveredLines, h.coveredTailHash, h.knownSize, h.knownChangeSeconds, h.knownChangeNanoseconds,
            h.fenceHash, 0, 0, 0,
        ]
        w.append(Checksum.words(w))
        return w
    }

    /// Nil when the words are not a header of this index or fail their checksum.
    func header(words w: [UInt64]) -> Header? {
        guard w.count == Self.headerWords, w[0] == magic, w[1] == UInt64(width) << 32 | UInt64(Self.pageWords),
            w[15] == Checksum.words(Array(w[0..<15]))
        else { return nil }
        return Header(
            count: w[2], device: w[3], inode: w[4], coveredBytes: w[5], coveredLines: w[6], coveredTailHash: w[7],
            knownSize: w[8], knownChangeSeconds: w[9], knownChangeNanoseconds: w[10], fenceHash: w[11])
    }

    /// The index beside `file`: `objections.txt` -> `objections.idx`.
    static func path(besides file: String) -> String {
        let url = URL(fileURLWithPath: file)
        guard !url.pathExtension.isEmpty, url.pathExtension != "idx" else { return file + ".idx" }
        return url.deletingPathExtension().appendingPathExtension("idx").path
    }

    // MARK: Reading

    /// The valid header for the file open as `fileFD`, or nil (missing, damaged, or describing
    /// another state of the file).
    func header(file fileFD: Int32, status: FileStatus) -> Header? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return header(fd: fd, file: fileFD, status: status)
    }

    private func header(fd: Int32, file fileFD: Int32, status: FileStatus) -> Header? {
        guard let words = Self.readWords(fd, at: 0, count: Self.headerWords), let header = header(words: words),
            header.describes(status), let size = FileStatus.of(fd)?.size,
            size == UInt64(Self.headerBytes + pageCount(header) * 16) + header.count * UInt64(width) * 8,
            Self.tailHash(of: fileFD, coveredBytes: header.coveredBytes) == header.coveredTailHash
        else { return nil }
        return header
    }

    /// Every entry whose key is `key`, in order; nil when a page read fails its checksum (damage).
    func entries(withKey key: UInt64, header: Header) -> [[UInt64]]? {
        if header.count == 0 { return [] }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let pages = pageCount(header)
        guard let fences = Self.readWords(fd, at: Self.headerBytes, count: pages * 2),
            Checksum.words(fences) == header.fenceHash
        else { return nil }
        // Entries with this key start in the last page whose first key is below it (or the first page).
        var low = 0
        var high = pages
        while low < high {
            let mid = (low + high) / 2
            if fences[mid * 2] < key { low = mid + 1 } else { high = mid }
        }
        var found: [[UInt64]] = []
        let first = max(0, low - 1)
        for page in first..<pages {
            if page > first, fences[page * 2] > key { break }
            guard let values = readPage(fd, page, header, fences) else { return nil }
            for i in stride(from: 0, to: values.count, by: width) where values[i] == key {
                found.append(Array(values[i..<i + width]))
            }
            if values[values.count - width] > key { break }
        }
        return found
    }

    /// Every entry, flat (`width` words each); nil when any page fails its checksum.
    func allEntries(header: Header) -> [UInt64]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let pages = pageCount(header)
        guard let fences = Self.readWords(fd, at: Self.headerBytes, count: pages * 2),
            Checksum.words(fences) == header.fenceHash,
            let values = Self.readWords(
                fd, at: Self.headerBytes + pages * 16, count: Int(header.count) * width)
        else { return nil }
        for page in 0..<pages {
            let range = (page * Self.pageWords)..<min(values.count, (page + 1) * Self.pageWords)
            guard values[range.lowerBound] == fences[page * 2], Checksum.words(values[range]) == fences[page * 2 + 1]
            else { return nil }
        }
        return values
    }

    private func readPage(_ fd: Int32, _ page: Int, _ header: Header, _ fences: [UInt64]) -> [UInt64]? {
        let total = Int(header.count) * width
        let start = page * Self.pageWords
        let count = min(Self.pageWords, total - start)
        let offset = Self.headerBytes + pageCount(header) * 16 + start * 8
        guard let values = Self.readWords(fd, at: offset, count: count),
            Checksum.words(values) == fences[page * 2 + 1], values.first == fences[page * 2]
        else { return nil }
        return values
    }

    // MARK: Writing

    /// Writes the index of `entries` (flat, sorted by key) for the file's first `coveredBytes`
    /// bytes, atomically (temporary file and rename). No fsync: an index lost in a crash is
    /// detected as damaged and rebuilt.
    func store(
        _ entries: [UInt64], coveredBytes: UInt64, coveredLines: UInt64, file fileFD: Int32, status: FileStatus
    ) throws(RuntimeError) {
        var fences: [UInt64] = []
        var start = 0
        while start < entries.count {
            let end = min(entries.count, start + Self.pageWords)
            fences.append(entries[start])
            fences.append(Checksum.words(entries[start..<end]))
            start = end
        }
        let header = Header(
            count: UInt64(entries.count / width), device: status.device, inode: status.inode,
            coveredBytes: coveredBytes, coveredLines: coveredLines,
            coveredTailHash: Self.tailHash(of: fileFD, coveredBytes: coveredBytes) ?? 0, knownSize: status.size,
            knownChangeSeconds: status.changeSeconds, knownChangeNanoseconds: status.changeNanoseconds,
            fenceHash: Checksum.words(fences))
        let words = (words(of: header) + fences + entries).map(\.littleEndian)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: temporary, operation: "create", reason: LockedFile.errnoText()) }
        let total = words.count * 8
        var offset = 0
        while offset < total {
            let n = words.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, total - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                let reason = LockedFile.errnoText()
                close(fd)
                unlink(temporary)
                throw .io(path: temporary, operation: "write", reason: reason)
            }
            offset += n
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = LockedFile.errnoText()
            unlink(temporary)
            throw .io(path: path, operation: "replace", reason: reason)
        }
    }

    /// After an append by the runtime: when the index described the file as it was before, it
    /// now describes the file as it is (the appended line lies in the part read on each check).
    func confirmAppend(file fileFD: Int32, before: FileStatus, after: FileStatus) {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        guard var header = header(fd: fd, file: fileFD, status: before) else { return }
        header.knownSize = after.size
        header.knownChangeSeconds = after.changeSeconds
        header.knownChangeNanoseconds = after.changeNanoseconds
        let words = words(of: header).map(\.littleEndian)
        _ = words.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    // MARK: Helpers

    static func tailHash(of fd: Int32, coveredBytes: UInt64) -> UInt64? {
        let start = coveredBytes > UInt64(tailProbeBytes) ? coveredBytes - UInt64(tailProbeBytes) : 0
        guard let bytes = readBytes(fd, at: Int(start), count: Int(coveredBytes - start)) else { return nil }
        return Checksum.bytes(bytes)
    }

    static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: count)
        return out.withUnsafeMutableBytes { readAll(fd, into: $0, at: offset) } ? out : nil
    }

    static func readWords(_ fd: Int32, at offset: Int, count: Int) -> [UInt64]? {
        var out = [UInt64](repeating: 0, count: count)
        guard out.withUnsafeMutableBytes({ readAll(fd, into: $0, at: offset) }) else { return nil }
        return out.map { UInt64(littleEndian: $0) }
    }

    /// `pread` until the buffer is full; false at the end of the file or on an error.
    static func readAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }
}

/// 64-bit checksums that catch damage (a torn write, a flipped bit), not deliberate forgery:
/// whoever can rewrite the index can rewrite the list itself.
enum Checksum {
    static func words<C: Collection>(_ words: C) -> UInt64 where C.Element == UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(words.count)
        for w in words { h = mix(h ^ w) }
        return h
    }

    static func bytes(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return mix(h)
    }

    /// The SplitMix64 finaliser: every input bit affects every output bit.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The parts of `fstat` the index compares.
struct FileStatus: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: UInt64
    var changeSeconds: UInt64
    var changeNanoseconds: UInt64

    static func of(_ fd: Int32) -> FileStatus? {
        var s = stat()
        guard fstat(fd, &s) == 0 else { return nil }
        #if canImport(Darwin)
            let change = s.st_ctimespec
        #else
            let change = s.st_ctim
        #endif
        return FileStatus(
            device: UInt64(truncatingIfNeeded: s.st_dev), inode: UInt64(truncatingIfNeeded: s.st_ino),
            size: UInt64(max(0, s.st_size)), changeSeconds: UInt64(truncatingIfNeeded: change.tv_sec),
            changeNanoseconds: UInt64(truncatingIfNeeded: change.tv_nsec))
    }
}
