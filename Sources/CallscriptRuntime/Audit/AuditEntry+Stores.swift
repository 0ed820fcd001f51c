/// Building entries outside the file store: a database store keeps the same entries (same
/// fields, same hash chain) as rows, so `AuditVerifier` checks them unchanged.
extension AuditEntry {
    /// A new entry after one whose hash is `prev`, its payload encoded exactly as the file
    /// store encodes it.
    public static func chained(seq: Int, prev: String, payload: AuditPayload) throws(RuntimeError) -> AuditEntry {
        try AuditEntry(seq: seq, prev: prev, payload: payload)
    }

    /// The checkpoint after `last` (nil: an empty trail), sealed with `key`, as the file
    /// store appends it at a call's end.
    public static func checkpoint(after last: AuditEntry?, key: AuditKey, time: String, agent: String)
        throws(RuntimeError) -> AuditEntry
    {
        try AuditEntry(
            seq: (last?.seq ?? 0) + 1, prev: last?.hash ?? AuditEntry.genesis,
            payload: AuditCheckpoint.payload(after: last, key: key, time: time, agent: agent))
    }

    /// An entry as it was stored: nothing is recomputed, so a changed payload still shows.
    public static func stored(seq: Int, prev: String, payloadHash: String, payloadBytes: [UInt8]) -> AuditEntry {
        AuditEntry(seq: seq, prev: prev, payloadHash: payloadHash, payloadBytes: payloadBytes)
    }
}

extension AuditContents {
    /// A trail of whole entries in order (a database row is written whole or not at all, so
    /// nothing is ever cut off); line numbers count from 1 as in the file.
    public init(entries: [AuditEntry]) {
        self.init(
            lines: entries.enumerated().map { i, entry in
                AuditContents.Line(number: i + 1, bytes: entry.line, entry: .success(entry))
            }, truncated: false)
    }
}

extension RuntimeClock {
    /// The real time now as records write it (`2026-03-02T09:15:02Z`, UTC).
    public func timestamp() -> String { Timestamp.utc(now()) }
}
