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
}
