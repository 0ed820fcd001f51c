import CallscriptCompliance
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// The hours the next Dutch policy needs: working days 09:00–22:00, Saturday 10:00–16:00, and
/// 5 December, 24 December and 4 May only until 18:30. Here as data, to show the model holds them.
private let nextPolicyHours = CallingHours(
    windows: [
        .monday: [TimeWindow(ClockTime(9), ClockTime(22))], .tuesday: [TimeWindow(ClockTime(9), ClockTime(22))],
        .wednesday: [TimeWindow(ClockTime(9), ClockTime(22))], .thursday: [TimeWindow(ClockTime(9), ClockTime(22))],
        .friday: [TimeWindow(ClockTime(9), ClockTime(22))], .saturday: [TimeWindow(ClockTime(10), ClockTime(16))],
    ],
    closures: [
        .everyYear(month: 12, day: 5, closesAt: ClockTime(18, 30)),
        .everyYear(month: 12, day: 24, closesAt: ClockTime(18, 30)),
        .everyYear(month: 5, day: 4, closesAt: ClockTime(18, 30)),
    ],
    closedOnPublicHolidays: true, holidayCalendar: "nl-public-holidays", agreedCallbacksExempt: true)

/// A day with a lunch break: two windows.
private let splitDay = CallingHours(
    windows: [.tuesday: [TimeWindow(ClockTime(9), ClockTime(12)), TimeWindow(ClockTime(13), ClockTime(17))]],
    closures: [.once(CalendarDate(year: 2026, month: 3, day: 10), closesAt: ClockTime(12, 30))],
    closedOnPublicHolidays: false, holidayCalendar: nil, agreedCallbacksExempt: false)

@Suite struct CallingHoursModelTests {
    @Test func weekdaysFollowISOFromTheDate() {
        #expect(CalendarDate(year: 2026, month: 3, day: 2).dayOfWeek == .monday)
        #expect(CalendarDate(year: 2026, month: 3, day: 8).dayOfWeek == .sunday)
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayOfWeek == .thursday)
        for days in stride(from: -400, through: 400, by: 13) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.dayOfWeek.rawValue % 7 == date.weekday)
        }
    }

    @Test func everyWindowOfADayCounts() {
        let tuesday = CalendarDate(year: 2026, month: 3, day: 3)
        #expect(splitDay.allows(on: tuesday, at: ClockTime(11, 59)))
        #expect(!splitDay.allows(on: tuesday, at: ClockTime(12)))
        #expect(!splitDay.allows(on: tuesday, at: ClockTime(12, 59)))
        #expect(splitDay.allows(on: tuesday, at: ClockTime(13)))
        #expect(splitDay.allows(.tuesday, at: ClockTime(16, 59)))
        #expect(!splitDay.allows(on: tuesday.adding(days: 1), at: ClockTime(10)))
    }

    @Test func aPartDayClosureCutsTheWindowsThatDay() {
        let closing = CalendarDate(year: 2026, month: 3, day: 10)
        #expect(!splitDay.allows(on: closing, at: ClockTime(13)))
        #expect(splitDay.windows(on: closing) == [TimeWindow(ClockTime(9), ClockTime(12))])
        #expect(splitDay.allows(on: closing.adding(days: 7), at: ClockTime(14)))
    }

    @Test(arguments: [
        ("2026-12-04", "18:30", true), ("2025-12-05", "18:29", true), ("2025-12-05", "18:30", false),
        ("2026-12-24", "21:00", false), ("2027-05-04", "18:30", false), ("2027-05-04", "09:00", true),
        ("2026-12-23", "21:59", true), ("2026-12-05", "10:00", true), ("2026-12-26", "16:00", false),
    ])
    func theNextPolicyFits(day: String, time: String, allowed: Bool) throws {
        let date = try #require(CalendarDate(day))
        let parts = time.split(separator: ":").compactMap { Int($0) }
        #expect(nextPolicyHours.allows(on: date, at: ClockTime(parts[0], parts[1])) == allowed)
    }

    @Test func theDutchPolicyHasTheCodesHoursAndPartDays() {
        let hours = NLTelemarketing.callingHours
        #expect(
            hours.windows(on: CalendarDate(year: 2026, month: 12, day: 3)) == [TimeWindow(ClockTime(9), ClockTime(22))])
        // Friday 4 December 2025 is an ordinary working day; Friday 5 December closes at 18:30.
        #expect(
            hours.windows(on: CalendarDate(year: 2025, month: 12, day: 5)) == [
                TimeWindow(ClockTime(9), ClockTime(18, 30))
            ])
        #expect(
            hours.windows(on: CalendarDate(year: 2026, month: 12, day: 5)) == [TimeWindow(ClockTime(10), ClockTime(16))]
        )
        #expect(hours.windows(on: CalendarDate(year: 2026, month: 12, day: 6)).isEmpty)
        #expect(hours.windows(on: CalendarDate(year: 2014, month: 7, day: 23)).isEmpty)
        #expect(hours.closure(on: CalendarDate(year: 2027, month: 5, day: 4))?.name == "Nationale Dodenherdenking")
    }

    @Test(arguments: [
        ("2026-12-31", PartDayClosure.wholeDay(CalendarDate(year: 2026, month: 12, day: 31))),
        ("2026-12-31 from 16:00", .once(CalendarDate(year: 2026, month: 12, day: 31), closesAt: ClockTime(16))),
    ])
    func closedDaysAreReadAsWrittenInSettings(text: String, closure: PartDayClosure) {
        #expect(PartDayClosure(parsing: text) == closure)
    }

    @Test(arguments: ["2026-12-32", "2026-12-31 16:00", "2026-12-31 from 24:00", "31-12-2026", ""])
    func aClosedDayThatIsNotADateIsRefused(text: String) {
        #expect(PartDayClosure(parsing: text) == nil)
    }
}

/// The hours gate reads every window and closure of the one model.
@Suite struct HoursGateWindowsTests {
    func hours(_ policy: GatePolicy, _ utc: String) throws -> GateResult {
        let data = Fixtures.dataFolder()
        try data.prepare()
        let local = TimeZone(identifier: policy.timeZone).map { LocalDateTime(Fixtures.instant(utc), in: $0) }
        return Gates.hours(Fixtures.anna, FileRecordStore(data), policy, local)
    }

    @Test func aSecondWindowOfTheDayOpensTheGate() throws {
        var policy = GatePolicy.netherlands
        policy.callingHours = splitDay
        // Tuesday 3 March 2026, 14:00 and 12:30 in Amsterdam (UTC+1).
        #expect(try hours(policy, "2026-03-03T13:00:00Z").passed)
        let lunch = try hours(policy, "2026-03-03T11:30:00Z")
        #expect(!lunch.passed)
        #expect(
            lunch.reason == "2026-03-03T12:30 is outside calling hours 09:00–12:00, 13:00–17:00 (Europe/Amsterdam)")
    }

    @Test func aPartDayClosureClosesTheGateEarly() throws {
        var policy = GatePolicy.netherlands
        policy.callingHours = nextPolicyHours
        // Saturday 5 December 2026 is a Saturday: 10:00–16:00 stays, 18:30 is later.
        #expect(try hours(policy, "2026-12-05T14:00:00Z").passed)
        // Thursday 24 December 2026, 18:30 and 18:29 in Amsterdam.
        #expect(try hours(policy, "2026-12-24T17:29:00Z").passed)
        let late = try hours(policy, "2026-12-24T17:30:00Z")
        #expect(!late.passed)
        #expect(late.reason == "2026-12-24T18:30 is outside calling hours 09:00–18:30 (Europe/Amsterdam)")
        // An ordinary Thursday stays open until 22:00.
        #expect(try hours(policy, "2026-12-17T20:59:00Z").passed)
    }

    @Test func aClosureBeforeOpeningNamesTheClosure() throws {
        var policy = GatePolicy.netherlands
        policy.callingHours.closures = [.once(CalendarDate(year: 2026, month: 3, day: 2), closesAt: ClockTime(8))]
        let d = try hours(policy, "2026-03-02T09:00:00Z")
        #expect(!d.passed)
        #expect(d.reason == "2026-03-02 closes at 08:00, before calling hours begin (Europe/Amsterdam)")
    }

    @Test func gatePolicyForAPolicyKeepsEveryWindow() throws {
        var policy = try #require(Policies.named("nl-telemarketing"))
        policy.callingHours = splitDay
        #expect(GatePolicy.for(policy).callingHours == splitDay)
    }
}
