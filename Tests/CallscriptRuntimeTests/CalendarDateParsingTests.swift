import CallscriptMachine
import Testing

/// `CalendarDate("YYYY-MM-DD")` reads dates byte by byte: exactly that shape, real days only.
@Suite struct CalendarDateParsingTests {
    @Test func readsRealDays() {
        #expect(CalendarDate("2026-03-03") == CalendarDate(year: 2026, month: 3, day: 3))
        #expect(CalendarDate("2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate("2000-02-29") == CalendarDate(year: 2000, month: 2, day: 29))
        #expect(CalendarDate("0001-12-31") == CalendarDate(year: 1, month: 12, day: 31))
        #expect(CalendarDate("9999-01-01")?.description == "9999-01-01")
    }

    @Test(arguments: [
        "", "2026", "2026-03", "2026-3-03", "2026-03-3", "26-03-03", "2026-03-03 ", " 2026-03-03",
        "2026-03-03T10:00", "2026/03/03", "2026-13-01", "2026-00-10", "2026-02-29", "1900-02-29",
        "2026-04-31", "2026-01-00", "2026-+1-01", "+026-01-01", "2026--1-01", "２０２６-01-01",
        "2026-01-0a", "2026-01-01\u{0}",
    ])
    func refusesEverythingElse(_ text: String) {
        #expect(CalendarDate(text) == nil, "\(text.debugDescription) is no date")
    }

    @Test func todayIsTheDayOfTheMachinesTimeZone() {
        // The C library's reading and Foundation's agree; read twice around Foundation's, so a
        // midnight between the readings cannot fail the test.
        let before = CalendarDate.today()
        let foundation = CalendarDate.today(in: .current)
        let after = CalendarDate.today()
        #expect(foundation == before || foundation == after)
    }
}
