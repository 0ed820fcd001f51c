import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sorted index of an objection list (`objections.idx` beside `objections.txt`), so that a
/// gate check reads a few kilobytes instead of the whole list. It only ever speeds a check up:
/// an index that is stale, damaged or missing is rebuilt or bypassed, never trusted.
///
/// Layout (little-endian 8-byte words): a 16-word header; then one (first number, checksum)
/// pair per page; then the numbers as E.164 digits, sorted and unique, in pages of 4096. The
/// header records which list it was built from (device, inode), how many of its bytes it covers,
/// a checksum of the last 4 KiB of those bytes, and the size and change time (ctime) the list had
/// when the header was last confirmed. The runtime's own appends confirm the header again; any
/// other change to the list (an editor, `echo >>`, a restore) changes its ctime and so forces a
/// rebuild. Bytes of the list after the covered part (recent appends) are read on each check.
struct ObjectionIndex {
    static let magic: UInt64 = 0x3130_5844_494F_5343  // "CSOIDX01"
    static let pageEntries = 4096
    static let headerWords = 16
    static let headerBytes = headerWords * 8
    /// The checksum of the list's covered bytes takes this many of its last bytes.
    static let tailProbeBytes = 4096

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

        var pageCount: Int { (Int(count) + ObjectionIndex.pageEntries - 1) / ObjectionIndex.pageEntries }

        func words() -> [UInt64] {
            var w: [UInt64] = [
                ObjectionIndex.magic, UInt64(ObjectionIndex.pageEntries), count, device, inode, coveredBytes,
                coveredLines, coveredTailHash, knownSize, knownChangeSeconds, knownChangeNanoseconds, fenceHash, 0, 0, 0,
            ]
            w.append(Checksum.words(w))
            return w
        }

        init(
            count: UInt64, device: UInt64, inode: UInt64, coveredBytes: UInt64, coveredLines: UInt64,
            coveredTailHash: UInt64, knownSize: UInt64, knownChangeSeconds: UInt64, knownChangeNanoseconds: UInt64,
            fenceHash: UInt64
        ) {
            self.count = count
            self.device = device
            self.inode = inode
            self.coveredBytes = coveredBytes
            self.coveredLines = coveredLines
            self.coveredTailHash = coveredTailHash
            self.knownSize = knownSize
            self.knownChangeSeconds = knownChangeSeconds
            self.knownChangeNanoseconds = knownChangeNanoseconds
            self.fenceHash = fenceHash
        }

        /// Nil when the words are not a header of this format or fail their checksum.
        init?(words w: [UInt64]) {
            guard w.count == ObjectionIndex.headerWords, w[0] == ObjectionIndex.magic,
                w[1] == UInt64(ObjectionIndex.pageEntries), w[15] == Checksum.words(Array(w[0..<15]))
            else { return nil }
            self.init(
                count: w[2], device: w[3], inode: w[4], coveredBytes: w[5], coveredLines: w[6], coveredTailHash: w[7],
                knownSize: w[8], knownChangeSeconds: w[9], knownChangeNanoseconds: w[10], fenceHash: w[11])
        }

        /// True when the list is, as far as its metadata and tail show, the file this header confirmed.
        func describes(_ list: FileStatus) -> Bool {
            device == list.device && inode == list.inode && knownSize == list.size
                && knownChangeSeconds == list.changeSeconds && knownChangeNanoseconds == list.changeNanoseconds
                && coveredBytes <= list.size
        }
    }

    /// The path of the index of the list at `listPath`: `objections.txt` -> `objections.idx`.
    static func path(forList listPath: String) -> String {
        listPath.hasSuffix(".txt") ? String(listPath.dropLast(4)) + ".idx" : listPath + ".idx"
    }

    // MARK: Reading

    /// The valid header of the index at `path` for the list open as `listFD`, or nil (missing,
    /// damaged, or describing another state of the list).
    static func header(at path: String, list listFD: Int32, status: FileStatus) -> Header? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return header(fd: fd, list: listFD, status: status)
    }

    static func header(fd: Int32, list listFD: Int32, status: FileStatus) -> Header? {
        guard let words = readWords(fd, at: 0, count: headerWords), let header = Header(words: words),
            header.describes(status), let size = FileStatus.of(fd)?.size,
            size == UInt64(headerBytes + header.pageCount * 16) + header.count * 8,
            tailHash(of: listFD, coveredBytes: header.coveredBytes) == header.coveredTailHash
        else { return nil }
        return header
    }

    /// Looks `number` up in the index; nil when the pages it reads fail their checksums (damage).
    static func lookup(_ number: UInt64, at path: String, header: Header) -> Bool? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if header.count == 0 { return false }
        guard let fences = readWords(fd, at: headerBytes, count: header.pageCount * 2),
            Checksum.words(fences) == header.fenceHash
        else { return nil }
        // The last page whose first number is <= the one looked for.
        var low = 0
        var high = header.pageCount
        while low < high {
            let mid = (low + high) / 2
            if fences[mid * 2] <= number { low = mid + 1 } else { high = mid }
        }
        if low == 0 { return false }
        let page = low - 1
        let entries = min(pageEntries, Int(header.count) - page * pageEntries)
        let offset = headerBytes + header.pageCount * 16 + page * pageEntries * 8
        guard let values = readWords(fd, at: offset, count: entries), Checksum.words(values) == fences[page * 2 + 1],
            values.first == fences[page * 2]
        else { return nil }
        var a = 0
        var b = values.count
        while a < b {
            let mid = (a + b) / 2
            if values[mid] < number { a = mid + 1 } else { b = mid }
        }
        return a < values.count && values[a] == number
    }

    /// Every number of the index in order; nil when any page fails its checksum.
    static func allNumbers(at path: String, header: Header) -> [UInt64]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let fences = readWords(fd, at: headerBytes, count: header.pageCount * 2),
            Checksum.words(fences) == header.fenceHash,
            let values = readWords(fd, at: headerBytes + header.pageCount * 16, count: Int(header.count))
        else { return nil }
        for page in 0..<header.pageCount {
            let range = (page * pageEntries)..<min(values.count, (page + 1) * pageEntries)
            guard values[range.lowerBound] == fences[page * 2],
                Checksum.words(values[range]) == fences[page * 2 + 1]
            else { return nil }
        }
        return values
    }

    // MARK: Writing

    /// Writes the index of `numbers` (sorted, unique) for the list's first `coveredBytes` bytes,
    /// atomically (temporary file and rename). No fsync: an index lost in a crash is detected as
    /// damaged and rebuilt.
    static func store(
        _ numbers: [UInt64], coveredBytes: UInt64, coveredLines: UInt64, list listFD: Int32, status: FileStatus,
        to path: String
    ) throws(RuntimeError) {
        var fences: [UInt64] = []
        var start = 0
        while start < numbers.count {
            let end = min(numbers.count, start + pageEntries)
            fences.append(numbers[start])
            fences.append(Checksum.words(numbers[start..<end]))
            start = end
        }
        let header = Header(
            count: UInt64(numbers.count), device: status.device, inode: status.inode, coveredBytes: coveredBytes,
            coveredLines: coveredLines, coveredTailHash: tailHash(of: listFD, coveredBytes: coveredBytes) ?? 0,
            knownSize: status.size, knownChangeSeconds: status.changeSeconds,
            knownChangeNanoseconds: status.changeNanoseconds, fenceHash: Checksum.words(fences))
        let words = (header.words() + fences + numbers).map(\.littleEndian)
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

    /// After an append by the runtime: when the index described the list as it was before,
    /// it now describes the list as it is (the appended line lies in the part read on each check).
    static func confirmAppend(at path: String, list listFD: Int32, before: FileStatus, after: FileStatus) {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        guard var header = header(fd: fd, list: listFD, status: before) else { return }
        header.knownSize = after.size
        header.knownChangeSeconds = after.changeSeconds
        header.knownChangeNanoseconds = after.changeNanoseconds
        var bytes: [UInt8] = []
        for word in header.words() { append(word, to: &bytes) }
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
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

    static func append(_ word: UInt64, to bytes: inout [UInt8]) {
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(k)))) }
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
