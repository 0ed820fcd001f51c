import Foundation

/// A wall-clock time without a zone (`2026-07-01T14:30`), as captured for a callback and
/// interpreted in the policy's time zone.
public struct LocalDateTime: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var date: CalendarDate
    public var hour: Int
    public var minute: Int

    public init(date: CalendarDate, hour: Int, minute: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// Parses `YYYY-MM-DDTHH:MM` (a space may stand for the `T`); nil if malformed.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 16 else { return nil }
        let chars = Array(trimmed)
        guard chars[10] == "T" || chars[10] == " ", chars[13] == ":",
            let date = CalendarDate(String(chars[0..<10])),
            chars[11...12].allSatisfy(\.isASCII), chars[14...15].allSatisfy(\.isASCII),
            let h = Int(String(chars[11...12])), let m = Int(String(chars[14...15])),
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(date: date, hour: h, minute: m)
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM`, as a script's literal must be written (no space for
    /// the `T`, no surrounding white space); the compiler accepts a datetime literal only if this does.
    /// (A static function, not an initialiser, so `LocalDateTime.init` stays unambiguous.)
    public static func exactly(_ text: String) -> LocalDateTime? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = CalendarDate(String(parts[0])) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time[0].count == 2, time[1].count == 2, let h = Int(time[0]), let m = Int(time[1]),
            (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        return LocalDateTime(date: date, hour: h, minute: m)
    }

    /// Minutes since 1970-01-01T00:00 of the same wall clock, for distances between times.
    public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1440 + hour * 60 + minute }

    /// The wall-clock time of `instant` in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        self.init(
            date: CalendarDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1),
            hour: c.hour ?? 0, minute: c.minute ?? 0)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minutesSinceEpoch < b.minutesSinceEpoch }

    public var description: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(date)T\(h):\(m)"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DDTHH:MM time: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension CalendarDate {
    /// The day `days` after 1970-01-01 (inverse of `daysSinceEpoch`).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The date `days` later (or earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// 0 = Sunday ... 6 = Saturday.
    public var weekday: Int { ((daysSinceEpoch + 4) % 7 + 7) % 7 }
}
