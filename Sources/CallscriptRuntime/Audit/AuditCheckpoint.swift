/// Checkpoint entries: written at the end of every call (and after an erasure) by a runner
/// holding the audit key. Each seals the chain up to the entry before it.
public enum AuditCheckpoint {
    /// The text the checkpoint's MAC is computed over.
    static func signed(seq: Int, head: String, count: Int) -> String { "callscript-checkpoint:\(seq):\(head):\(count)" }

    /// The payload of a checkpoint following `last` (nil: the log is empty).
    static func payload(after last: AuditEntry?, key: AuditKey, time: String, agent: String) -> AuditPayload {
        let seq = (last?.seq ?? 0) + 1
        let head = last?.hash ?? AuditEntry.genesis
        var p = AuditPayload(kind: "checkpoint", time: time, agent: agent, contact: "", script: "", session: "")
        p.head = head
        p.count = seq - 1
        p.mac = key.mac(signed(seq: seq, head: head, count: seq - 1))
        return p
    }
}
