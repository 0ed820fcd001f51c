import CallscriptMachine
import Foundation

/// Whether a consent record is evidence enough to call: verified before the call (how and
/// when), and current (within its stated term; without one, at most 6 months after it was
/// verified). The one rule the basis gate, the call-list scrubber and `consent proof` use.
///
/// Lines written before the evidence fields existed are read by one rule: a line without
/// `verifiedBy` and `verifiedAt` whose `script` is a machine digest was recorded by `ask
/// consent` in a call (the call's audit trail is the proof), so it counts as verified by `call`
/// at its `time`; any other such line is unverified and refused until its evidence is added.
public enum ConsentEvidence {
    /// A consent that states no term may not be used for a first call more than this many
    /// months after it was given (Code Telemarketing 2024). The runner does not know whether an
    /// earlier call used the consent, so it applies the limit to every call.
    public static let termlessMonths = 6

    /// How and when a record was verified; nil when it does not say.
    public static func verification(of record: ConsentRecord) -> (method: String, at: String)? {
        if let by = record.verifiedBy?.trimmingCharacters(in: .whitespaces), !by.isEmpty,
            let at = record.verifiedAt?.trimmingCharacters(in: .whitespaces), !at.isEmpty
        {
            return (by, at)
        }
        if record.verifiedBy == nil, record.verifiedAt == nil, isMachineDigest(record.script) {
            return ("call", record.time)
        }
        return nil
    }

    /// The last day the record allows a call: its stated term, or 6 months after verification.
    /// nil when the record is unverified or its dates cannot be read.
    public static func lastDay(of record: ConsentRecord) -> CalendarDate? {
        if let until = record.validUntil { return CalendarDate(until) }
        guard let verified = verification(of: record), let at = Timestamp.parse(verified.at) else { return nil }
        return LocalDateTime(at, in: TimeZone(identifier: "UTC") ?? .gmt).date.adding(months: termlessMonths)
    }

    /// The gate's verdict on the latest record (nil: none) for a call at `now` on `today`.
    public static func judge(
        _ record: ConsentRecord?, purpose: String, company: String, now: Date, today: CalendarDate
    ) -> (passed: Bool, reason: String) {
        let what = "consent for '\(purpose)' from \(company)"
        guard let record else { return (false, "no \(what) on record") }
        guard record.status == .given else { return (false, "the \(what) was withdrawn (\(record.time))") }
        guard let verified = verification(of: record) else {
            return (
                false,
                "the \(what) of \(record.time) does not say how and when it was verified (verifiedBy, verifiedAt): "
                    + "consent must be verified before the call"
            )
        }
        guard let at = Timestamp.parse(verified.at) else {
            return (false, "the \(what) has a verification time '\(verified.at)' that is not a UTC time")
        }
        guard at <= now else {
            return (false, "the \(what) was verified at \(verified.at), after this call would start")
        }
        if let until = record.validUntil {
            guard let last = CalendarDate(until) else {
                return (false, "the \(what) states a term 'validUntil: \(until)' that is not a YYYY-MM-DD date")
            }
            guard today <= last else { return (false, "the stated term of the \(what) ended on \(last)") }
            return (true, "\(what) verified by \(verified.method) at \(verified.at), term until \(last)")
        }
        let verifiedDay = LocalDateTime(at, in: TimeZone(identifier: "UTC") ?? .gmt).date
        let last = verifiedDay.adding(months: termlessMonths)
        guard today <= last else {
            return (
                false,
                "the \(what) was verified on \(verifiedDay), more than \(termlessMonths) months ago, and states no "
                    + "term (validUntil): ask for consent again"
            )
        }
        return (true, "\(what) verified by \(verified.method) at \(verified.at), holds until \(last) (no stated term)")
    }

    /// The line the agent sees when the call starts: where the consent comes from and how it
    /// was verified; nil for a withdrawn record.
    public static func sourceLine(_ record: ConsentRecord) -> String? { basisSource(record)?.line }

    /// The same in parts, for screens that word it in their own language.
    public static func basisSource(_ record: ConsentRecord) -> BasisSource? {
        guard record.status == .given else { return nil }
        let verified = verification(of: record)
        return BasisSource(
            kind: .consent, origin: record.source, recordedAt: record.source == nil ? record.time : nil,
            recordedBy: record.source == nil ? record.agent : nil, verifiedBy: verified?.method,
            verifiedAt: verified?.at)
    }

    /// 64 lower-case hex digits: the digest of a compiled machine.
    static func isMachineDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
