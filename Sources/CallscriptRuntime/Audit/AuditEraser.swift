import Foundation

/// Replaces audit entries by redaction markers (AVG art. 17 erasure, retention). Each erased
/// entry keeps `seq`, `prev` and `payloadHash`, so the chain and every checkpoint still
/// verify; the payload, and with it the entry's random salt, is gone, so the hash cannot be
/// matched against guessed contents. Every marker names the `erasure` entry appended in the
/// same rewrite and carries a seal under the audit key: a marker nobody with the key made is
/// reported by `audit verify --key`.
public enum AuditEraser {
    /// The text a marker's seal is the MAC of: the entry's place in the chain and the marker
    /// without its seal, in the one encoding payloads have.
    static func sealText(entry: AuditEntry, marker: AuditPayload) -> String {
        var unsealed = marker
        unsealed.seal = nil
        let bytes = (try? AuditEntry.encoder.encode(unsealed)).map { [UInt8]($0) } ?? []
        return "callscript-marker:\(entry.seq):\(entry.payloadHash):" + String(decoding: bytes, as: UTF8.self)
    }

    /// Erases every entry `select` picks (never checkpoints, erasure entries or markers),
    /// appends an `erasure` entry listing them and a checkpoint, all in one atomic rewrite
    /// under the log's lock. Refuses a log that does not verify, so erasure never hides
    /// tampering; entries of a call still running (unsealed) do not count against it.
    /// Returns the erased sequence numbers and the erasure entry's.
    @discardableResult
    public static func erase(
        _ log: AuditLog, key: AuditKey, contact: String, reason: String, time: String, agent: String,
        where select: (AuditPayload) -> Bool
    ) throws(RuntimeError) -> (erased: [Int], erasureEntry: Int) {
        try log.withLock { () throws(RuntimeError) -> ([Int], Int) in
            let rewrite = try self.rewrite(
                try log.read(), name: log.path, key: key, contact: contact, reason: reason, time: time, agent: agent,
                where: select)
            let out: [UInt8] = rewrite.entries.flatMap { $0.line + [0x0A] }
            try LockedFile.replace(log.path, with: out)
            return (rewrite.markers.map(\.seq), rewrite.erasure.seq)
        }
    }

    /// An erasure worked out, not yet written: the same for a file and for a database store.
    public struct Rewrite: Sendable {
        /// The whole trail after the erasure: the picked entries as sealed markers, then the
        /// `erasure` entry and the checkpoint.
        public var entries: [AuditEntry]
        /// The entries that became markers (their rows or lines change).
        public var markers: [AuditEntry]
        public var erasure: AuditEntry
        public var checkpoint: AuditEntry
    }

    /// Works out the erasure of the entries `select` picks in `contents` (see `erase`);
    /// refuses a trail that does not verify under `key`. `name` is the trail in messages.
    public static func rewrite(
        _ contents: AuditContents, name: String, key: AuditKey, contact: String, reason: String, time: String,
        agent: String, where select: (AuditPayload) -> Bool
    ) throws(RuntimeError) -> Rewrite {
        let report = AuditVerifier.verify(contents, key: key)
        if let first = report.problems.first(where: { $0.kind != .unanchored }) {
            if first.kind == .truncated { throw .auditTruncated(path: name, line: first.line) }
            throw .auditBroken(path: name, problem: first.description)
        }
        let entries = contents.entries
        let erasureSeq = (entries.last?.seq ?? 0) + 1
        var out: [AuditEntry] = []
        var markers: [AuditEntry] = []
        for var entry in entries {
            if let p = entry.payload, p.redacted != true, p.kind != "checkpoint", p.kind != "erasure", select(p) {
                var marker = AuditPayload(
                    kind: p.kind, time: p.time, agent: p.agent, contact: "", script: p.script, session: p.session)
                marker.redacted = true
                // A practice entry stays recognisable as practice once erased.
                marker.practice = p.practice
                marker.reason = reason
                marker.erasure = erasureSeq
                marker.seal = key.mac(sealText(entry: entry, marker: marker))
                guard let bytes = try? AuditEntry.encoder.encode(marker) else {
                    throw .io(path: name, operation: "encode a redaction marker", reason: "encoding failed")
                }
                entry.payloadBytes = [UInt8](bytes)
                markers.append(entry)
            }
            out.append(entry)
        }
        var record = AuditPayload(kind: "erasure", time: time, agent: agent, contact: contact, script: "", session: "")
        record.erased = markers.map(\.seq)
        record.reason = reason
        let erasure = try AuditEntry(seq: erasureSeq, prev: entries.last?.hash ?? AuditEntry.genesis, payload: record)
        let checkpoint = try AuditEntry(
            seq: erasureSeq + 1, prev: erasure.hash,
            payload: AuditCheckpoint.payload(after: erasure, key: key, time: time, agent: agent))
        return Rewrite(
            entries: out + [erasure, checkpoint], markers: markers, erasure: erasure, checkpoint: checkpoint)
    }
}
