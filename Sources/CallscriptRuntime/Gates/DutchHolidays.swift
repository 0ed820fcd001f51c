import CallscriptMachine

/// Dutch public holidays on which the gate refuses calls, computed for any year.
public enum DutchHolidays {
    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The holidays of `year` with their Dutch names, in date order.
    public static func holidays(_ year: Int, policy: GatePolicy = .netherlands) -> [(date: CalendarDate, name: String)]
    {
        let easter = easter(year)
        var days: [(CalendarDate, String)] = [
            (CalendarDate(year: year, month: 1, day: 1), "Nieuwjaarsdag"),
            (easter, "Eerste Paasdag"),
            (easter.adding(days: 1), "Tweede Paasdag"),
            (easter.adding(days: 39), "Hemelvaartsdag"),
            (easter.adding(days: 49), "Eerste Pinksterdag"),
            (easter.adding(days: 50), "Tweede Pinksterdag"),
            (CalendarDate(year: year, month: 12, day: 25), "Eerste Kerstdag"),
            (CalendarDate(year: year, month: 12, day: 26), "Tweede Kerstdag"),
        ]
        let kingsDay = CalendarDate(year: year, month: 4, day: 27)
        days.append((kingsDay.weekday == 0 ? CalendarDate(year: year, month: 4, day: 26) : kingsDay, "Koningsdag"))
        if policy.goodFridayIsHoliday { days.append((easter.adding(days: -2), "Goede Vrijdag")) }
        switch policy.liberationDay {
        case .everyYear: days.append((CalendarDate(year: year, month: 5, day: 5), "Bevrijdingsdag"))
        case .lustrumOnly where year % 5 == 0:
            days.append((CalendarDate(year: year, month: 5, day: 5), "Bevrijdingsdag"))
        case .lustrumOnly, .never: break
        }
        return days.sorted { $0.0 < $1.0 }.map { (date: $0.0, name: $0.1) }
    }

    /// The holiday's name if `date` is one.
    public static func holiday(on date: CalendarDate, policy: GatePolicy = .netherlands) -> String? {
        holidays(date.year, policy: policy).first { $0.date == date }?.name
    }
}
