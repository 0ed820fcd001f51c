import Foundation

/// `audit redact --contact ID`: erases a person's personal data from the audit log (AVG
/// right to erasure). Each of their entries keeps `seq`, `prev` and `payloadHash`; the payload
/// becomes a marker (kind, time, session, contact ID, reason), so the chain still verifies.
///
/// The objection list keeps the number: it must, to honour the objection.
public enum AuditRedactor {
    /// Redacts every entry of `contact`; returns how many were erased. Refuses a log that
    /// does not verify (a cut-off last line must be repaired first) so erasure never hides tampering.
    @discardableResult
    public static func redact(
        _ log: AuditLog, contact: String, reason: String = "erasure request", clock: RuntimeClock = .system
    )
        throws(RuntimeError) -> Int
    {
        try log.withLock { () throws(RuntimeError) -> Int in
            let contents = try log.read()
            let report = AuditVerifier.verify(contents)
            if let first = report.problems.first {
                if first.kind == .truncated { throw .auditTruncated(path: log.path, line: first.line) }
                throw .auditBroken(path: log.path, problem: first.description)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out: [UInt8] = []
            var erased = 0
            for var entry in contents.entries {
                if let payload = entry.payload, payload.contact == contact, payload.redacted != true {
                    var marker = AuditPayload(
                        kind: payload.kind, time: payload.time, agent: payload.agent, contact: contact,
                        script: payload.script, session: payload.session)
                    marker.redacted = true
                    marker.reason = "\(reason) (\(Timestamp.utc(clock.now())))"
                    guard let bytes = try? encoder.encode(marker) else { continue }
                    entry.payloadBytes = [UInt8](bytes)
                    erased += 1
                }
                out += entry.line + [0x0A]
            }
            if erased > 0 { try LockedFile.replace(log.path, with: out) }
            return erased
        }
    }
}
