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
        /// A checkpoint does not match the chain or the key: the chain was rewritten.
        case forged
        /// A redaction marker no erasure made (or one edited since).
        case fakeMarker
        /// Entries after the last checkpoint the key confirms.
        case unanchored
        /// The log does not hold the entry the anchor names: entries were cut or rewritten.
        case anchor
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
    /// The last checkpoint the key confirmed (nil: no key, or none).
    public var sealedThrough: Int?
    /// The anchor's entry, when one was given and matched.
    public var anchoredAt: Int?
    /// What this check could not look at (no key, no anchor).
    public var notes: [String] = []

    public var isIntact: Bool { problems.isEmpty }

    public var description: String {
        if problems.isEmpty {
            var text = "audit log intact: \(entries) entries\(redacted > 0 ? ", \(redacted) redacted" : "") verified"
            if let sealedThrough { text += "; sealed by the key through entry \(sealedThrough)" }
            if let anchoredAt { text += "; matches the anchor at entry \(anchoredAt)" }
            return text
        }
        return problems.map(\.description).joined(separator: "\n")
    }
}

/// `audit verify`: walks the chain and names the line of every changed, removed, inserted or
/// reordered entry and a cut-off last line. After a problem it re-anchors on the line it found,
/// so one tampering gives one report and later ones are still found. With the audit key it
/// also checks every checkpoint's MAC and every marker's seal, and reports entries no
/// checkpoint seals; with an anchor it checks the log still holds the anchored head.
public enum AuditVerifier {
    public static func verify(_ contents: AuditContents, key: AuditKey? = nil, anchor: AuditAnchor? = nil)
        -> AuditReport
    {
        var problems: [AuditProblem] = []
        var expectedSeq = 1
        var prev = AuditEntry.genesis
        var count = 0
        var redacted = 0
        var sealedThrough: Int?
        var bySeq: [Int: (line: Int, entry: AuditEntry)] = [:]
        var markers: [(line: Int, entry: AuditEntry, payload: AuditPayload)] = []
        var lastLine = 0
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
            lastLine = line.number
            if bySeq[entry.seq] == nil { bySeq[entry.seq] = (line.number, entry) }
            let payload = entry.payload
            let isMarker = payload?.redacted == true
            if isMarker { redacted += 1 }
            let chainProblems = problems.count
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
            if let payload, isMarker {
                markers.append((line.number, entry, payload))
            } else if let payload, payload.kind == "checkpoint", entry.payloadIntact {
                if let problem = checkCheckpoint(entry, payload, line: line.number, key: key) {
                    problems.append(problem)
                } else if key != nil, problems.count == chainProblems {
                    sealedThrough = entry.seq
                }
            }
            expectedSeq = entry.seq + 1
            prev = entry.hash
        }
        for marker in markers {
            if let problem = checkMarker(marker.entry, marker.payload, line: marker.line, key: key, bySeq: bySeq) {
                problems.append(problem)
            }
        }
        var notes: [String] = []
        if key != nil {
            let last = expectedSeq - 1
            if count > 0, (sealedThrough ?? 0) < last {
                let first = (sealedThrough ?? 0) + 1
                let line = bySeq[first]?.line ?? lastLine
                let one = first == last
                let range = one ? "entry \(last)" : "entries \(first)–\(last)"
                let place =
                    sealedThrough.map {
                        "come\(one ? "s" : "") after the last checkpoint the key confirms (entry \($0))"
                    }
                    ?? "\(one ? "is" : "are") sealed by no checkpoint of this key"
                problems.append(
                    AuditProblem(
                        line: line, kind: .unanchored,
                        message:
                            "\(range) \(place): a call still running or stopped, or entries added or cut without the key"
                    ))
            }
        } else {
            notes.append("no key: checkpoint MACs and marker seals not checked (pass --key FILE)")
        }
        var anchoredAt: Int?
        if let anchor {
            if let problem = checkAnchor(anchor, key: key, bySeq: bySeq, lastSeq: expectedSeq - 1, lastLine: lastLine) {
                problems.append(problem)
            } else {
                anchoredAt = anchor.seq
                if anchor.mac != nil, key == nil { notes.append("no key: the anchor's own MAC not checked") }
            }
        } else {
            notes.append("no anchor: entries cut off the end or an emptied file not checked (pass --anchor)")
        }
        problems.sort { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) }
        return AuditReport(
            entries: count, redacted: redacted, problems: problems, sealedThrough: sealedThrough,
            anchoredAt: anchoredAt, notes: notes)
    }

    /// Reads and checks the log at `log`.
    public static func verify(_ log: AuditLog, key: AuditKey? = nil, anchor: AuditAnchor? = nil)
        throws(RuntimeError) -> AuditReport
    {
        verify(try log.read(), key: key, anchor: anchor)
    }

    static func checkCheckpoint(_ entry: AuditEntry, _ p: AuditPayload, line: Int, key: AuditKey?) -> AuditProblem? {
        guard let head = p.head, let count = p.count, let mac = p.mac, head == entry.prev, count == entry.seq - 1 else {
            return AuditProblem(
                line: line, kind: .forged,
                message:
                    "checkpoint \(entry.seq) does not seal the chain before it (the entries before it were rewritten)")
        }
        if let key, !key.verifies(mac, of: AuditCheckpoint.signed(seq: entry.seq, head: head, count: count)) {
            return AuditProblem(
                line: line, kind: .forged,
                message:
                    "checkpoint \(entry.seq) was not made with this key (the chain was recomputed, or another key was used)"
            )
        }
        return nil
    }

    /// A marker must be in the one encoding the eraser writes, name a later `erasure` entry
    /// that lists it, and with the key carry a seal over its seq, payload hash and content.
    static func checkMarker(
        _ entry: AuditEntry, _ p: AuditPayload, line: Int, key: AuditKey?,
        bySeq: [Int: (line: Int, entry: AuditEntry)]
    ) -> AuditProblem? {
        func fake(_ why: String) -> AuditProblem {
            AuditProblem(line: line, kind: .fakeMarker, message: "entry \(entry.seq) is a redaction marker \(why)")
        }
        guard let bytes = try? AuditEntry.encoder.encode(p), [UInt8](bytes) == entry.payloadBytes else {
            return fake("in a form the eraser never writes (edited by hand)")
        }
        guard let erasure = p.erasure, erasure > entry.seq, let record = bySeq[erasure]?.entry.payload,
            record.kind == "erasure", record.erased?.contains(entry.seq) == true
        else { return fake("that no erasure entry in the log accounts for (the original entry was replaced)") }
        if let key {
            guard let seal = p.seal, key.verifies(seal, of: AuditEraser.sealText(entry: entry, marker: p)) else {
                return fake("whose seal was not made with this key (faked or edited)")
            }
        }
        return nil
    }

    static func checkAnchor(
        _ anchor: AuditAnchor, key: AuditKey?, bySeq: [Int: (line: Int, entry: AuditEntry)], lastSeq: Int,
        lastLine: Int
    ) -> AuditProblem? {
        if let key, let mac = anchor.mac, !key.verifies(mac, of: AuditAnchor.signed(seq: anchor.seq, head: anchor.head))
        {
            return AuditProblem(
                line: 1, kind: .anchor,
                message: "the anchor was not made with this key (a forged anchor, or another key)")
        }
        if anchor.seq == 0 { return nil }
        guard let held = bySeq[anchor.seq] else {
            let what =
                lastSeq == 0
                ? "the log is empty" : "the log ends at entry \(lastSeq)"
            return AuditProblem(
                line: max(lastLine, 1), kind: .anchor,
                message: "\(what) but the anchor names entry \(anchor.seq): entries were removed from the end")
        }
        guard held.entry.hash == anchor.head else {
            return AuditProblem(
                line: held.line, kind: .anchor,
                message: "entry \(anchor.seq) is not the one anchored: the chain up to it was rewritten")
        }
        return nil
    }
}
