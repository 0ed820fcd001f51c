import Foundation

/// Typed JSON Lines files (consent register, callback list): one compact, key-sorted JSON
/// object per line, appended durably under a lock.
struct JSONLines<Record: Codable & Sendable>: Sendable {
    let path: String
    /// Shown in errors, e.g. "consent register".
    let name: String

    /// Appends durably; `index`, when given, is confirmed to cover the file with the new line.
    func append(_ record: Record, confirming index: SortedIndexFile? = nil) throws(RuntimeError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(record) } catch {
            throw .io(path: path, operation: "encode a \(name) record", reason: "\(error)")
        }
        try LockedFile.appendLine(String(decoding: data, as: UTF8.self), to: path, confirming: index)
    }

    /// Every record in file order. A cut-off last line (a crash while writing) is skipped: it
    /// was never confirmed. A damaged line elsewhere is an error: it may hide a withdrawal.
    func records() throws(RuntimeError) -> [Record] {
        try Self.decode(try LockedFile.readAll(path), path: path, name: name).map(\.record)
    }

    /// The records in `bytes` with the byte offset each starts at (plus `base`), by the rules
    /// of `records()`; `firstLine` numbers the lines in errors when `bytes` is a file's tail.
    static func decode(_ bytes: [UInt8], base: Int = 0, firstLine: Int = 1, path: String, name: String)
        throws(RuntimeError) -> [(offset: Int, record: Record)]
    {
        let (lines, truncated) = LockedFile.lines(bytes)
        var out: [(offset: Int, record: Record)] = []
        let decoder = JSONDecoder()
        for (i, line) in lines.enumerated() {
            if truncated, i == lines.count - 1 { break }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            if let flat = Record.self as? FlatRecord.Type, let object = FlatJSON.stringObject(line),
                let record = flat.init(flat: object) as? Record
            {
                out.append((base + line.startIndex, record))
                continue
            }
            do { out.append((base + line.startIndex, try decoder.decode(Record.self, from: Data(line)))) } catch {
                throw .io(path: path, operation: "read the \(name)", reason: "line \(firstLine + i) is damaged")
            }
        }
        return out
    }
}
