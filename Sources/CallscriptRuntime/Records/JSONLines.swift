import Foundation

/// Typed JSON Lines files (consent register, callback list): one compact, key-sorted JSON
/// object per line, appended durably under a lock.
struct JSONLines<Record: Codable & Sendable>: Sendable {
    let path: String
    /// Shown in errors, e.g. "consent register".
    let name: String

    func append(_ record: Record) throws(RuntimeError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(record) } catch {
            throw .io(path: path, operation: "encode a \(name) record", reason: "\(error)")
        }
        try LockedFile.appendLine(String(decoding: data, as: UTF8.self), to: path)
    }

    /// Every record in file order. A cut-off last line (a crash while writing) is skipped: it
    /// was never confirmed. A damaged line elsewhere is an error: it may hide a withdrawal.
    func records() throws(RuntimeError) -> [Record] {
        let (lines, truncated) = LockedFile.lines(try LockedFile.readAll(path))
        var out: [Record] = []
        let decoder = JSONDecoder()
        for (i, line) in lines.enumerated() {
            if truncated, i == lines.count - 1 { break }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            do { out.append(try decoder.decode(Record.self, from: Data(line))) } catch {
                throw .io(path: path, operation: "read the \(name)", reason: "line \(i + 1) is damaged")
            }
        }
        return out
    }

    /// Removes every record `drop` picks, keeping the others byte for byte, in one atomic
    /// rewrite under the file's lock (erasure, retention). Refuses a damaged line: it may be
    /// a record of the person that would stay behind. Returns how many were removed.
    func remove(where drop: (Record) -> Bool) throws(RuntimeError) -> Int {
        try LockedFile.withAppendLock(path) { _ throws(RuntimeError) -> Int in
            let (lines, truncated) = LockedFile.lines(try LockedFile.readAll(path))
            let decoder = JSONDecoder()
            var out: [UInt8] = []
            var removed = 0
            for (i, line) in lines.enumerated() {
                if truncated, i == lines.count - 1 {
                    // A cut-off line was never confirmed, but may hold the person's data.
                    removed += 1
                    continue
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
                guard let record = try? decoder.decode(Record.self, from: Data(line)) else {
                    throw .io(
                        path: path, operation: "erase from the \(name)",
                        reason: "line \(i + 1) is damaged; repair or remove it by hand, then erase again")
                }
                if drop(record) {
                    removed += 1
                } else {
                    out += line + [0x0A]
                }
            }
            if removed > 0 { try LockedFile.replace(path, with: out) }
            return removed
        }
    }

    /// Parses the bytes of a whole file as `records()` does.
    static func parse(_ bytes: [UInt8]) -> (records: [Record], damaged: [Int]) {
        let (lines, truncated) = LockedFile.lines(bytes)
        var out: [Record] = []
        var damaged: [Int] = []
        let decoder = JSONDecoder()
        for (i, line) in lines.enumerated() {
            if truncated, i == lines.count - 1 { break }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            if let record = try? decoder.decode(Record.self, from: Data(line)) {
                out.append(record)
            } else {
                damaged.append(i + 1)
            }
        }
        return (out, damaged)
    }
}
