import CallscriptMachine
import Foundation

/// `callscript consent proof`: the evidence of a person's consents, as a call centre must hand
/// it over within 5 working days (Code Telemarketing 2024): for every consent record of the
/// person, who gave it, to which company, about what, how and when it was verified, its term
/// and source, and whether it allows a call today by the basis gate's own rule.
public struct ConsentProof: Sendable, Hashable {
    /// One record with the gate's verdict today, when it is the latest of its company and purpose.
    public struct Item: Sendable, Hashable {
        public var record: ConsentRecord
        public var verdict: String?
    }

    public var contact: String
    /// UTC, when the proof was printed.
    public var printed: String
    /// Every record of the person, oldest first.
    public var records: [Item]

    /// Builds the proof from a store's export of the person (the consents linked to the
    /// contact ID), judged at `now`.
    public init(export: DataExport, now: Date) {
        contact = export.contact
        printed = Timestamp.utc(now)
        let today = LocalDateTime(now, in: TimeZone(identifier: "UTC") ?? .gmt).date
        var latest: [String: Int] = [:]
        for (i, r) in export.consents.enumerated() { latest[r.company + "\u{0}" + r.purpose] = i }
        records = export.consents.enumerated().map { i, r in
            guard latest[r.company + "\u{0}" + r.purpose] == i else { return Item(record: r, verdict: nil) }
            let verdict = ConsentEvidence.judge(r, purpose: r.purpose, company: r.company, now: now, today: today)
            let prefix = verdict.passed ? "allows a call today: " : "does not allow a call today: "
            return Item(record: r, verdict: prefix + verdict.reason)
        }
    }

    /// The proof as plain text, one block per record.
    public var text: String {
        var out = "Proof of consent for contact \(contact), printed \(printed)\n"
        if records.isEmpty { return out + "No consent records for this contact.\n" }
        for (n, item) in records.enumerated() {
            let r = item.record
            out += "\n\(n + 1). \(r.status.rawValue) \(r.time): \(r.company), purpose '\(r.purpose)'\n"
            out += "   person:      \(r.name.map { "\($0) (\(r.person))" } ?? r.person), \(r.phone)\n"
            out += "   subject:     \(r.subject ?? "(not recorded)")\n"
            if let verified = ConsentEvidence.verification(of: r) {
                let legacy =
                    r.verifiedBy == nil ? " (recorded in a call by the script before evidence fields existed)" : ""
                out += "   verified:    by \(verified.method) at \(verified.at)\(legacy)\n"
            } else if r.status == .given {
                out += "   verified:    NOT RECORDED (how and when it was verified is missing)\n"
            }
            if let until = r.validUntil {
                out += "   term:        until \(until) (stated)\n"
            } else if r.status == .given, let last = ConsentEvidence.lastDay(of: r) {
                out += "   term:        none stated; counts until \(last) (\(ConsentEvidence.termlessMonths) months)\n"
            }
            out += "   source:      \(r.source ?? "(not recorded)")\n"
            out += "   recorded by: \(r.agent.isEmpty ? "(unknown)" : r.agent)"
            out += r.script.isEmpty ? "\n" : ", script \(r.script.prefix(12))\n"
            if let verdict = item.verdict { out += "   now:         \(verdict)\n" }
        }
        return out
    }
}
