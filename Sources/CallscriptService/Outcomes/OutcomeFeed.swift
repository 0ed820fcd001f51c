import CallscriptMachine
import CallscriptRuntime

/// The outcome feed for dialers and CRMs, read from the audit trail (the source of truth), so
/// it holds exactly what was recorded and nothing that was not. The cursor is the audit
/// sequence number of the last entry read.
public struct OutcomeFeed: Sendable {
    /// One line of the feed (Docs/api.md, `Outcome`).
    public struct Item: Codable, Sendable, Hashable {
        public var cursor: String
        public var time: String
        public var kind: String
        public var call: String
        public var contact: String
        public var campaign: String
        public var agent: String
        public var purpose: String?
        public var at: String?
        public var field: String?
        public var value: String?
        public var outcome: String?
    }

    /// Items after `cursor` (0 for the start), at most `limit`, and the cursor to ask for next.
    public static func read(
        _ contents: AuditContents, after cursor: Int, limit: Int, campaignOf: (String) -> String
    ) -> (items: [Item], next: Int) {
        var items: [Item] = []
        var next = cursor
        for line in contents.lines {
            guard case .success(let entry) = line.entry, entry.seq > cursor else { continue }
            if items.count >= limit { break }
            next = entry.seq
            guard let p = entry.payload, p.redacted != true else { continue }
            var item = Item(
                cursor: String(entry.seq), time: p.time, kind: "", call: p.session, contact: p.contact,
                campaign: campaignOf(p.script), agent: p.agent)
            switch p.kind {
            case "consent-recorded":
                item.kind = "consent"
                item.purpose = p.purpose
            case "objection-recorded": item.kind = "objection"
            case "callback-planned":
                item.kind = "callback"
                item.at = p.callbackAt
            case "event" where p.event == CallEvent.complaint.rawValue: item.kind = "complaint"
            case "capture":
                item.kind = "capture"
                item.field = p.field
                item.value = p.value
            case "outcome":
                item.kind = "ended"
                item.outcome = p.outcome
            default: continue
            }
            items.append(item)
        }
        return (items, next)
    }
}
