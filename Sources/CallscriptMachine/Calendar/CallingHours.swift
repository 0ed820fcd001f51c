/// When calls may start under a policy: the one model of calling hours. The policy holds it as
/// data (`Policy.callingHours`) and the runner's hours gate reads it (`GatePolicy.callingHours`).
///
/// A weekday may have several windows (a lunch break, say), and a date may close early: the next
/// policy needs, for example, working days 09:00–22:00, Saturday 10:00–16:00, and 5 December,
/// 24 December and 4 May only until 18:30:
///
///     CallingHours(
///         windows: [.monday: [TimeWindow(ClockTime(9), ClockTime(22))], ...,
///                   .saturday: [TimeWindow(ClockTime(10), ClockTime(16))]],
///         closures: [.everyYear(month: 12, day: 5, closesAt: ClockTime(18, 30)), ...], ...)
public struct CallingHours: Hashable, Sendable, Codable {
    /// Allowed windows per weekday; a weekday without an entry allows no calls.
    public var windows: [Weekday: [TimeWindow]]
    /// Days that close early (part-day closures); whole closed days are holidays or the
    /// runner's closed days.
    public var closures: [PartDayClosure]
    /// No calls on the public holidays of `holidayCalendar`.
    public var closedOnPublicHolidays: Bool
    /// The name of the holiday calendar the runner uses, e.g. `nl-public-holidays`.
    public var holidayCalendar: String?
    /// A planned callback the person agreed to may fall outside these hours.
    public var agreedCallbacksExempt: Bool

    public init(
        windows: [Weekday: [TimeWindow]], closures: [PartDayClosure] = [], closedOnPublicHolidays: Bool,
        holidayCalendar: String?, agreedCallbacksExempt: Bool
    ) {
        self.windows = windows
        self.closures = closures
        self.closedOnPublicHolidays = closedOnPublicHolidays
        self.holidayCalendar = holidayCalendar
        self.agreedCallbacksExempt = agreedCallbacksExempt
    }

    /// True if a call may start at `time` on `weekday`, closures and holidays aside.
    public func allows(_ weekday: Weekday, at time: ClockTime) -> Bool {
        (windows[weekday] ?? []).contains { $0.contains(time) }
    }

    /// The windows of `date`: its weekday's windows, cut off at the earliest closing time of the
    /// closures that fall on it. Holidays are the runner's to check.
    public func windows(on date: CalendarDate) -> [TimeWindow] {
        let regular = windows[date.dayOfWeek] ?? []
        guard let closing = closures.filter({ $0.falls(on: date) }).map(\.closesAt).min() else { return regular }
        return regular.compactMap { window in
            guard window.start < closing else { return nil }
            return TimeWindow(window.start, min(window.end, closing))
        }
    }

    /// True if a call may start at `time` on `date`, holidays aside.
    public func allows(on date: CalendarDate, at time: ClockTime) -> Bool {
        windows(on: date).contains { $0.contains(time) }
    }

    /// The closure that shortens `date`, if any (the earliest closing one).
    public func closure(on date: CalendarDate) -> PartDayClosure? {
        closures.filter { $0.falls(on: date) }.min { $0.closesAt < $1.closesAt }
    }

    /// These hours with `extra` closures added (a deployment's own closed days).
    public func adding(closures extra: [PartDayClosure]) -> CallingHours {
        var hours = self
        hours.closures += extra
        return hours
    }
}

/// A day on which calls stop early, from `closesAt` on; closing at 00:00 closes the whole day
/// (a national mourning day, a company holiday).
public struct PartDayClosure: Hashable, Sendable, Codable {
    /// Which day: a day of every year (5 December) or one date.
    public enum Day: Hashable, Sendable, Codable {
        case everyYear(month: Int, day: Int)
        case once(CalendarDate)
    }

    public var day: Day
    /// Calls may not start at or after this time on that day.
    public var closesAt: ClockTime
    /// What the day is, as the hours gate names it ("Sinterklaasavond", "nationale rouwdag").
    public var name: String?

    public init(_ day: Day, closesAt: ClockTime, name: String? = nil) {
        self.day = day
        self.closesAt = closesAt
        self.name = name
    }

    /// `closesAt` on the same day of every year.
    public static func everyYear(month: Int, day: Int, closesAt: ClockTime, name: String? = nil) -> PartDayClosure {
        PartDayClosure(.everyYear(month: month, day: day), closesAt: closesAt, name: name)
    }

    /// `closesAt` on one date.
    public static func once(_ date: CalendarDate, closesAt: ClockTime, name: String? = nil) -> PartDayClosure {
        PartDayClosure(.once(date), closesAt: closesAt, name: name)
    }

    /// No calls at all on one date.
    public static func wholeDay(_ date: CalendarDate, name: String? = nil) -> PartDayClosure {
        PartDayClosure(.once(date), closesAt: ClockTime(0), name: name)
    }

    /// True when the closure takes the whole day.
    public var isWholeDay: Bool { closesAt.minutesSinceMidnight == 0 }

    /// Reads `YYYY-MM-DD` (the whole day) or `YYYY-MM-DD from HH:MM` (from that time on), the
    /// form a deployment writes its own closed days in; nil when it is neither.
    public init?(parsing text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = parts.first, let date = CalendarDate(String(first)) else { return nil }
        if parts.count == 1 {
            self = .wholeDay(date)
            return
        }
        let time = parts.count == 3 && parts[1] == "from" ? parts[2].split(separator: ":") : []
        guard time.count == 2, time[0].count == 2, time[1].count == 2, let h = Int(time[0]), let m = Int(time[1]),
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self = .once(date, closesAt: ClockTime(h, m))
    }

    public func falls(on date: CalendarDate) -> Bool {
        switch day {
        case .everyYear(let month, let day): date.month == month && date.day == day
        case .once(let once): date == once
        }
    }
}
