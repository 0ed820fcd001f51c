/// Building entries outside the file store: a database store keeps the same entries (same
/// fields, same hash chain) as rows, so `AuditVerifier` checks them unchanged.
extension AuditEntry {
    /// A new entry after one whose hash is `prev`, its payload encoded exactly as the file
    /// store encodes it.
    public static func chained(seq: Int, prev: String, payload: AuditPayload) throws(RuntimeError) -> AuditEntry {
        try AuditEntry(seq: seq, prev: prev, payload: payload)
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
