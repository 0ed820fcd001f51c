/// A day of the week, numbered as ISO 8601 does (Monday = 1).
public enum Weekday: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }

    /// The English name, as the runner's messages show it.
    public var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }
}

extension CalendarDate {
    /// The day of the week of this date.
    public var dayOfWeek: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        Weekday(rawValue: ((daysSinceEpoch + 3) % 7 + 7) % 7 + 1) ?? .monday
    }
}

/// A wall-clock time of day.
public struct ClockTime: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(_ hour: Int, _ minute: Int = 0) {
        self.hour = hour
        self.minute = minute
    }

    /// The time `minutes` after midnight.
    public init(minutesSinceMidnight minutes: Int) { self.init(minutes / 60, minutes % 60) }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }

    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}

/// A half-open window `[start, end)` of allowed calling time on one day.
public struct TimeWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: ClockTime
    public var end: ClockTime

    public init(_ start: ClockTime, _ end: ClockTime) {
        self.start = start
        self.end = end
    }

    public func contains(_ time: ClockTime) -> Bool { start <= time && time < end }

    /// `09:00–21:00`, as the hours gate shows it.
    public var description: String { "\(start)–\(end)" }
}
