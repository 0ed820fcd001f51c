import Foundation

/// What a retention run erases, worked out from the periods, the audit trail and the time:
/// one rule for a data folder and for a database store. Timestamps are fixed-width UTC text,
/// so comparing text compares instants.
public struct RetentionPlan: Sendable {
    /// Entries written before this lose their content.
    public var audit: String
    /// Answers and captures (and lines that repeat a capture) before this lose theirs.
    public var answers: String
    public var sessions: String
    public var consents: String
    public var callbacks: String
    /// Call attempts before this go: no call limit looks back further than a day, so they are
    /// kept `attemptDays` days (long enough to explain a refusal), whatever the settings.
    public var attempts: String
    public static let attemptDays = 30
    /// The reason every marker and the `erasure` entry carry.
    public var reason: String
    /// Captured values per session that are past their period.
    var captured: [String: [String]] = [:]
    /// The time of each session's last entry: a session is as old as its call.
    var lastEntry: [String: String] = [:]

    static let answerKinds: Set<String> = ["answer", "capture", "capture-refused"]

    public init(_ settings: RetentionSettings, trail: AuditContents, now: Date) {
        func cutoff(_ kind: RetentionSettings.Kind) -> String {
            Timestamp.utc(settings.period(kind).cutoff(before: now))
        }
        audit = cutoff(.audit)
        answers = cutoff(.answers)
        sessions = cutoff(.sessions)
        consents = cutoff(.consents)
        callbacks = cutoff(.callbacks)
        attempts = Timestamp.utc(now.addingTimeInterval(-TimeInterval(Self.attemptDays) * 86_400))
        let periods = RetentionSettings.Kind.allCases.map { "\($0.rawValue) \(settings.period($0))" }
        reason = "retention (\(periods.joined(separator: ", ")))"
        // A line shown after a capture may repeat it ("... op {emailadres}"), so such lines
        // go with the answers.
        for entry in trail.entries {
            guard let p = entry.payload, p.redacted != true else { continue }
            if p.kind == "capture", p.time < answers, let value = p.value, !value.isEmpty {
                captured[p.session, default: []].append(value)
            }
            if !p.session.isEmpty { lastEntry[p.session] = max(lastEntry[p.session] ?? "", p.time) }
        }
    }

    /// Whether the entry's content is past its period.
    public func erases(_ p: AuditPayload) -> Bool {
        if p.time < audit { return true }
        guard p.time < answers else { return false }
        if Self.answerKinds.contains(p.kind) { return true }
        guard p.kind == "shown", let text = p.text else { return false }
        return captured[p.session]?.contains { text.contains($0) } == true
    }

    /// Whether a saved session is past its period (by its call's last entry, else when it was saved).
    public func sessionExpired(_ session: String?, savedAt: Date) -> Bool {
        (lastEntry[session ?? ""] ?? Timestamp.utc(savedAt)) < sessions
    }
}
