/// A day of the week, numbered as ISO 8601 does (Monday = 1).
public enum Weekday: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}

/// A wall-clock time of day.
public struct ClockTime: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(_ hour: Int, _ minute: Int = 0) {
        self.hour = hour
        self.minute = minute
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }

    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}

/// A half-open window `[start, end)` of allowed calling time on one day.
public struct TimeWindow: Hashable, Sendable, Codable {
    public var start: ClockTime
    public var end: ClockTime

    public init(_ start: ClockTime, _ end: ClockTime) {
        self.start = start
        self.end = end
    }

    public func contains(_ time: ClockTime) -> Bool { start <= time && time < end }
}

/// Whose clock the calling hours are read on.
public enum PolicyTimeZone: Hashable, Sendable {
    /// One IANA time zone for every call, e.g. `Europe/Amsterdam`.
    case fixed(String)
    /// The callee's local time zone (US TSR), which the runner takes from the contact.
    case callee
}

/// When calls may start under a policy. Run-time data: the runner's hours gate reads it; the
/// static verifier does not. Sources disagree on some values (21:00 or 22:00 on weekdays), so
/// they are data a deployment can change, not code.
public struct CallingHours: Hashable, Sendable {
    /// Allowed windows per weekday; a weekday without an entry allows no calls.
    public var windows: [Weekday: [TimeWindow]]
    /// No calls on the public holidays of `holidayCalendar`.
    public var closedOnPublicHolidays: Bool
    /// The name of the holiday calendar the runner uses, e.g. `nl-public-holidays`.
    public var holidayCalendar: String?
    /// A planned callback the person agreed to may fall outside these hours.
    public var agreedCallbacksExempt: Bool

    public init(
        windows: [Weekday: [TimeWindow]], closedOnPublicHolidays: Bool, holidayCalendar: String?,
        agreedCallbacksExempt: Bool
    ) {
        self.windows = windows
        self.closedOnPublicHolidays = closedOnPublicHolidays
        self.holidayCalendar = holidayCalendar
        self.agreedCallbacksExempt = agreedCallbacksExempt
    }

    /// True if a call may start at `time` on `weekday` (holidays are the runner's to check).
    public func allows(_ weekday: Weekday, at time: ClockTime) -> Bool {
        (windows[weekday] ?? []).contains { $0.contains(time) }
    }
}

/// A check the runner makes before (or during) a call; documented with the policy.
public struct RuntimeGate: Hashable, Sendable {
    /// e.g. `NL-GATE-HOURS`.
    public var id: String
    public var documentation: RuleDocumentation

    public init(id: String, documentation: RuleDocumentation) {
        self.id = id
        self.documentation = documentation
    }
}
