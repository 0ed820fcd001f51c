/// A head anchor: the sequence number and hash of the log's last entry, and with a key its
/// MAC. The compliance officer keeps it outside the data folder; `audit verify --anchor`
/// then proves the log still holds that entry unchanged, so cutting entries off the end or
/// emptying the file is seen. Text form: `<seq>:<hash>` or `<seq>:<hash>:<mac>`.
public struct AuditAnchor: Sendable, Hashable, CustomStringConvertible {
    public var seq: Int
    public var head: String
    public var mac: String?

    public init(seq: Int, head: String, key: AuditKey?) {
        self.seq = seq
        self.head = head
        mac = key?.mac(AuditAnchor.signed(seq: seq, head: head))
    }

    static func signed(seq: Int, head: String) -> String { "callscript-anchor:\(seq):\(head)" }

    public var description: String { "\(seq):\(head)" + (mac.map { ":\($0)" } ?? "") }

    /// Parses the text form; nil when it is not an anchor.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":").map(String.init)
        guard parts.count == 2 || parts.count == 3, let seq = Int(parts[0]), seq >= 0,
            parts[1...].allSatisfy({ $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        else { return nil }
        self.seq = seq
        head = parts[1].lowercased()
        mac = parts.count == 3 ? parts[2].lowercased() : nil
    }
}
