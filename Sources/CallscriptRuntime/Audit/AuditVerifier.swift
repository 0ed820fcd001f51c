import Foundation

/// One thing wrong with an audit log, at a line.
public struct AuditProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// The line is not an entry at all.
        case unreadable
        /// The payload does not match its hash.
        case changed
        /// Sequence numbers skip: entries are missing.
        case removed
        /// The entry does not follow the previous one (inserted, or moved here).
        case inserted
        /// A sequence number appears out of order.
        case reordered
        /// The last line was cut off while being written.
        case truncated
    }

    public var line: Int
    public var kind: Kind
    public var message: String

    public var description: String { "line \(line): \(message)" }
}

/// The result of checking a whole log.
public struct AuditReport: Hashable, Sendable, CustomStringConvertible {
    public var entries: Int
    public var redacted: Int
    public var problems: [AuditProblem]

    public var isIntact: Bool { problems.isEmpty }

    public var description: String {
        if problems.isEmpty {
            return "audit log intact: \(entries) entries\(redacted > 0 ? ", \(redacted) redacted" : "") verified"
        }
        return problems.map(\.description).joined(separator: "\n")
    }
}

/// `audit verify`: walks the chain and names the line of every changed, removed, inserted or
/// reordered entry and a cut-off last line. After a problem it re-anchors on the line it found,
/// so one tampering gives one report and later ones are still found.
public enum AuditVerifier {
    public static func verify(_ contents: AuditContents) -> AuditReport {
        var problems: [AuditProblem] = []
        var expectedSeq = 1
        var prev = AuditEntry.genesis
        var count = 0
        var redacted = 0
        for (i, line) in contents.lines.enumerated() {
            if contents.truncated, i == contents.lines.count - 1 {
                problems.append(
                    AuditProblem(
                        line: line.number, kind: .truncated,
                        message: "last entry is cut off (the runner stopped while writing it); repair drops it"))
                break
            }
            let entry: AuditEntry
            switch line.entry {
            case .failure(let error):
                problems.append(AuditProblem(line: line.number, kind: .unreadable, message: error.message))
                continue
            case .success(let e): entry = e
            }
            count += 1
            let isMarker = entry.payload?.redacted == true
            if isMarker { redacted += 1 }
            if entry.seq > expectedSeq {
                let missing =
                    entry.seq - expectedSeq == 1
                    ? "entry \(expectedSeq) is" : "entries \(expectedSeq)–\(entry.seq - 1) are"
                problems.append(
                    AuditProblem(
                        line: line.number, kind: .removed, message: "\(missing) missing before entry \(entry.seq)"))
            } else if entry.seq < expectedSeq {
                problems.append(
                    AuditProblem(
                        line: line.number, kind: .reordered,
                        message: "entry \(entry.seq) appears where entry \(expectedSeq) belongs (moved or inserted)"))
            } else if entry.prev != prev {
                problems.append(
                    AuditProblem(
                        line: line.number, kind: .inserted,
                        message: "entry \(entry.seq) does not follow the entry before it (inserted or replaced)"))
            } else if !isMarker, !entry.payloadIntact {
                problems.append(
                    AuditProblem(
                        line: line.number, kind: .changed,
                        message: "entry \(entry.seq) was changed after it was written"))
            }
            expectedSeq = entry.seq + 1
            prev = entry.hash
        }
        return AuditReport(entries: count, redacted: redacted, problems: problems)
    }

    /// Reads and checks the log at `log`.
    public static func verify(_ log: AuditLog) throws(RuntimeError) -> AuditReport { verify(try log.read()) }
}
