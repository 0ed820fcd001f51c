import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Typed JSON Lines files (consent register, callback list): one compact, key-sorted JSON
/// object per line, appended durably under a lock.
struct JSONLines<Record: Codable & Sendable & Equatable>: Sendable {
    let path: String
    /// Shown in errors, e.g. "consent register".
    let name: String
    var ops: FileOps = .system

    /// Appends durably; `index`, when given, is confirmed to cover the file with the new line.
    func append(_ record: Record, confirming index: SortedIndexFile? = nil) throws(RuntimeError) {
        try LockedFile.appendLine(try encode(record), to: path, ops: ops, confirming: index)
    }

    func encode(_ record: Record) throws(RuntimeError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return String(decoding: try encoder.encode(record), as: UTF8.self) } catch {
            throw .io(path: path, operation: "encode a \(name) record", reason: "\(error)")
        }
    }

    /// Every record in file order. A cut-off line (a crash while writing: the line does not end
    /// in `}`), anywhere in the file, is skipped: it was never confirmed, and a later append
    /// starts on a new line after it. A complete line that does not decode is an error: it may
    /// be a confirmed withdrawal, so the gate must not guess.
    func records() throws(RuntimeError) -> [Record] {
        try Self.decode(try LockedFile.readAll(path), path: path, name: name).map(\.record)
    }

    /// The records in `bytes` with the byte offset each line starts at (plus `base`), by the
    /// rules of `records()`; `firstLine` numbers the lines in errors when `bytes` is a file's tail.
    static func decode(_ bytes: [UInt8], base: Int = 0, firstLine: Int = 1, path: String, name: String)
        throws(RuntimeError) -> [(offset: Int, record: Record)]
    {
        let lines = LockedFile.lines(bytes).lines
        var out: [(offset: Int, record: Record)] = []
        let decoder = JSONDecoder()
        for (i, line) in lines.enumerated() {
            let trimmed = Self.trimmed(line)
            if trimmed.isEmpty || Self.isCutOff(trimmed) { continue }
            if let flat = Record.self as? FlatRecord.Type, let object = FlatJSON.stringObject(trimmed),
                let record = flat.init(flat: object) as? Record
            {
                out.append((base + line.startIndex, record))
                continue
            }
            do { out.append((base + line.startIndex, try decoder.decode(Record.self, from: Data(trimmed)))) } catch {
                throw .io(path: path, operation: "read the \(name)", reason: "line \(firstLine + i) is damaged")
            }
        }
        return out
    }

    /// The 1-based numbers of cut-off lines.
    func cutOffLines() throws(RuntimeError) -> [Int] {
        LockedFile.lines(try LockedFile.readAll(path)).lines.enumerated().compactMap { i, line in
            let trimmed = Self.trimmed(line)
            return !trimmed.isEmpty && Self.isCutOff(trimmed) ? i + 1 : nil
        }
    }

    /// Blanks every cut-off line in place (same length, spaces), under the append lock, so
    /// no byte of a confirmed record moves and a crash during the repair loses nothing.
    /// Returns the number of lines blanked.
    func repair() throws(RuntimeError) -> Int {
        try LockedFile.withAppendLock(path) { fd throws(RuntimeError) -> Int in
            // `pwrite` on an O_APPEND descriptor appends on Linux: write in place through a second one.
            let inPlace = open(path, O_WRONLY | O_CLOEXEC)
            guard inPlace >= 0 else {
                throw .io(path: path, operation: "open for repair", reason: LockedFile.errnoText())
            }
            defer { close(inPlace) }
            let bytes = try LockedFile.readAll(path)
            var blanked = 0
            var start = 0
            for end in bytes.indices where bytes[end] == 0x0A || end == bytes.count - 1 {
                let stop = bytes[end] == 0x0A ? end : end + 1
                let trimmed = Self.trimmed(bytes[start..<stop])
                if !trimmed.isEmpty, Self.isCutOff(trimmed) {
                    let spaces = [UInt8](repeating: 0x20, count: stop - start)
                    let n = spaces.withUnsafeBytes { pwrite(inPlace, $0.baseAddress, $0.count, off_t(start)) }
                    guard n == spaces.count else {
                        throw .io(path: path, operation: "blank a cut-off line", reason: LockedFile.errnoText())
                    }
                    blanked += 1
                }
                start = end + 1
            }
            if blanked > 0 {
                if try !LockedFile.endsWithNewline(fd, path) { try LockedFile.writeAll(fd, [0x0A], path, ops: ops) }
                guard fsync(inPlace) == 0, fsync(fd) == 0 else {
                    throw .io(path: path, operation: "flush to disk", reason: LockedFile.errnoText())
                }
            }
            return blanked
        }
    }

    /// The line without surrounding spaces, tabs and carriage returns (CRLF files), and
    /// without a UTF-8 byte order mark.
    static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = line
        if s.starts(with: [0xEF, 0xBB, 0xBF]) { s = s.dropFirst(3) }
        while let f = s.first, f == 0x20 || f == 0x09 || f == 0x0D { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 || l == 0x0D { s = s.dropLast() }
        return s
    }

    /// Every record is one flat JSON object, so a line whose write was cut off lacks the `}`.
    static func isCutOff(_ trimmed: ArraySlice<UInt8>) -> Bool { trimmed.last != 0x7D }

    /// Removes every record `drop` picks, keeping the others byte for byte, in one atomic
    /// rewrite under the file's lock (erasure, retention). Cut-off lines go too: never
    /// confirmed, they may still hold the person's data. Refuses a complete line that does not
    /// decode: it may be a record of the person that would stay behind. Returns how many lines
    /// were removed.
    func remove(where drop: (Record) -> Bool) throws(RuntimeError) -> Int {
        try LockedFile.withAppendLock(path) { _ throws(RuntimeError) -> Int in
            let lines = LockedFile.lines(try LockedFile.readAll(path)).lines
            let decoder = JSONDecoder()
            var out: [UInt8] = []
            var removed = 0
            for (i, line) in lines.enumerated() {
                let trimmed = Self.trimmed(line)
                if trimmed.isEmpty { continue }
                if Self.isCutOff(trimmed) {
                    removed += 1
                    continue
                }
                guard let record = try? decoder.decode(Record.self, from: Data(trimmed)) else {
                    throw .io(
                        path: path, operation: "erase from the \(name)",
                        reason: "line \(i + 1) is damaged; repair or remove it by hand, then erase again")
                }
                if drop(record) {
                    removed += 1
                } else {
                    out += trimmed + [0x0A]
                }
            }
            if removed > 0 { try LockedFile.replace(path, with: out, ops: ops) }
            return removed
        }
    }

    /// Parses the bytes of a whole file as `records()` reads them, collecting the numbers of
    /// complete lines that do not decode instead of stopping at the first.
    static func parse(_ bytes: [UInt8]) -> (records: [Record], damaged: [Int]) {
        var out: [Record] = []
        var damaged: [Int] = []
        let decoder = JSONDecoder()
        for (i, line) in LockedFile.lines(bytes).lines.enumerated() {
            let trimmed = trimmed(line)
            if trimmed.isEmpty || isCutOff(trimmed) { continue }
            if let record = try? decoder.decode(Record.self, from: Data(trimmed)) {
                out.append(record)
            } else {
                damaged.append(i + 1)
            }
        }
        return (out, damaged)
    }
}
