import CallscriptCompliance
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct HolidayTests {
    @Test(arguments: [
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"),
    ])
    func easterSunday(year: Int, date: String) {
        #expect(DutchHolidays.easter(year).description == date)
    }

    @Test func holidays2026() {
        let days = DutchHolidays.holidays(2026).map { "\($0.date) \($0.name)" }
        #expect(
            days == [
                "2026-01-01 Nieuwjaarsdag", "2026-04-05 Eerste Paasdag", "2026-04-06 Tweede Paasdag",
                "2026-04-27 Koningsdag",
                "2026-05-05 Bevrijdingsdag", "2026-05-14 Hemelvaartsdag", "2026-05-24 Eerste Pinksterdag",
                "2026-05-25 Tweede Pinksterdag", "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag",
            ])
    }

    @Test func holidays2027() {
        let days = DutchHolidays.holidays(2027).map { "\($0.date) \($0.name)" }
        #expect(
            days == [
                "2027-01-01 Nieuwjaarsdag", "2027-03-28 Eerste Paasdag", "2027-03-29 Tweede Paasdag",
                "2027-04-27 Koningsdag",
                "2027-05-05 Bevrijdingsdag", "2027-05-06 Hemelvaartsdag", "2027-05-16 Eerste Pinksterdag",
                "2027-05-17 Tweede Pinksterdag", "2027-12-25 Eerste Kerstdag", "2027-12-26 Tweede Kerstdag",
            ])
    }

    @Test func kingsDayMovesOffSunday() {
        // 27 April 2025 and 2031 are Sundays.
        #expect(DutchHolidays.holiday(on: CalendarDate(year: 2025, month: 4, day: 26)) == "Koningsdag")
        #expect(DutchHolidays.holiday(on: CalendarDate(year: 2025, month: 4, day: 27)) == nil)
    }

    @Test func goodFridayAndLiberationDayAreSettings() {
        var policy = GatePolicy.netherlands
        #expect(DutchHolidays.holiday(on: CalendarDate(year: 2026, month: 4, day: 3)) == nil)
        policy.goodFridayIsHoliday = true
        policy.liberationDay = .lustrumOnly
        #expect(
            DutchHolidays.holiday(on: CalendarDate(year: 2026, month: 4, day: 3), policy: policy) == "Goede Vrijdag")
        #expect(DutchHolidays.holiday(on: CalendarDate(year: 2026, month: 5, day: 5), policy: policy) == nil)
        #expect(
            DutchHolidays.holiday(on: CalendarDate(year: 2030, month: 5, day: 5), policy: policy) == "Bevrijdingsdag")
    }

    @Test func dayArithmeticRoundTrips() {
        for days in stride(from: -1000, through: 30000, by: 7) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CalendarDate(year: 2026, month: 3, day: 2).weekday == 1)
    }
}

@Suite struct GateTests {
    let machine = Fixtures.winback()

    func decide(
        _ utc: String, contact: Contact = Fixtures.anna, machine: Machine? = nil,
        setup: (DataFolder) throws -> Void = { _ in }
    )
        throws -> GateDecision
    {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try setup(data)
        return Gates.evaluate(machine: machine ?? self.machine, contact: contact, data: data, at: Fixtures.instant(utc))
    }

    func consent(_ data: DataFolder, _ status: ConsentRecord.Status = .given) throws {
        try ConsentRegister(path: data.consentRegister.path).append(
            ConsentRecord(
                person: "K-1001", phone: "+31612345678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-01-01T10:00:00Z", script: "x", agent: "web", status: status, verifiedBy: "sms",
                verifiedAt: "2026-01-01T10:00:00Z", validUntil: "2027-12-31"))
    }

    @Test func allGatesPassOnAMondayMorningWithConsent() throws {
        let d = try decide("2026-03-02T09:00:00Z") { try consent($0) }
        #expect(d.allowed, "\(d.summary)")
        #expect(d.localTime == "2026-03-02T10:00 Europe/Amsterdam")
    }

    @Test func objectionListRefuses() throws {
        let d = try decide("2026-03-02T09:00:00Z") { data in
            try consent(data)
            try ObjectionList(path: data.objectionList.path).append("+31 6 1234 5678")
        }
        #expect(d.refusals.map(\.rule) == ["NL-GATE-OBJECTION"])
        #expect(d.summary == "NL-GATE-OBJECTION: +31612345678 is on the objection list")
    }

    @Test func withdrawnConsentRefuses() throws {
        let d = try decide("2026-03-02T09:00:00Z") { data in
            try consent(data)
            try consent(data, .withdrawn)
        }
        #expect(d.refusals.map(\.rule) == ["NL-GATE-BASIS"])
    }

    @Test func customerTermUsesCalendarMonths() throws {
        var m = machine
        m.script.audience = .customers(months: 36)
        var c = Fixtures.anna
        c.contractEnd = CalendarDate(year: 2023, month: 3, day: 2)
        #expect(try decide("2026-03-02T09:00:00Z", contact: c, machine: m).allowed)
        c.contractEnd = CalendarDate(year: 2023, month: 3, day: 1)
        let d = try decide("2026-03-02T09:00:00Z", contact: c, machine: m)
        #expect(
            d.summary
                == "NL-GATE-BASIS: customer relation of 2023-03-01 ended more than 36 months ago (term ran until 2026-03-01)"
        )
        c.contractEnd = nil
        #expect(try decide("2026-03-02T09:00:00Z", contact: c, machine: m).refusals.map(\.rule) == ["NL-GATE-BASIS"])
    }

    @Test func businessCallsOnlyContactsOnRecordAsLegalPersons() throws {
        var m = machine
        m.script.audience = .business
        var c = Fixtures.anna
        for form in ["B.V.", "bv", "Besloten Vennootschap", "N.V.", "Stichting", "Coöperatie U.A.", "vereniging"] {
            c.legalForm = form
            let d = try decide("2026-03-02T09:00:00Z", contact: c, machine: m)
            #expect(d.allowed, "\(form): \(d.summary)")
        }
        c.legalForm = "V.O.F."
        #expect(
            try decide("2026-03-02T09:00:00Z", contact: c, machine: m).summary
                == "NL-GATE-BASIS: 'V.O.F.' (vof) is not a legal person: its owners are called in person, which needs their consent (audience opt-in)"
        )
        for form in ["eenmanszaak", "ZZP", "maatschap", "C.V."] {
            c.legalForm = form
            #expect(
                try decide("2026-03-02T09:00:00Z", contact: c, machine: m).refusals.map(\.rule) == ["NL-GATE-BASIS"])
        }
        c.legalForm = "Ltd"
        #expect(
            try decide("2026-03-02T09:00:00Z", contact: c, machine: m).summary.contains("legal form 'Ltd' of contact"))
        c.legalForm = nil
        #expect(
            try decide("2026-03-02T09:00:00Z", contact: c, machine: m).summary
                == "NL-GATE-BASIS: contact 'K-1001' has no legal_form: audience business calls legal persons only (\(LegalForm.shownLegalPersons))"
        )
    }

    @Test func aContactFileCarriesItsLegalForm() throws {
        let contact = try Contact.decode(
            Data(#"{"id": "K-7", "phone": "030 204 1188", "legal_form": " Stichting "}"#.utf8), file: "k7.json")
        #expect(contact.legalForm == "Stichting")
        #expect(LegalForm(contact.legalForm ?? "") == .legalPerson("stichting"))
        #expect(throws: RuntimeError.self) {
            try Contact.decode(Data(#"{"id": "K-7", "phone": "030 204 1188", "legal_form": 3}"#.utf8), file: "k7.json")
        }
    }

    @Test(arguments: [
        ("2026-03-02T07:59:00Z", false, "2026-03-02T08:59 is outside calling hours 09:00–22:00 (Europe/Amsterdam)"),
        ("2026-03-02T08:00:00Z", true, ""),
        ("2026-03-02T19:59:00Z", true, ""),
        ("2026-03-02T20:59:00Z", true, ""),
        ("2026-03-02T21:00:00Z", false, "2026-03-02T22:00 is outside calling hours 09:00–22:00 (Europe/Amsterdam)"),
        ("2026-07-06T18:30:00Z", true, ""), // 20:30 summer time
        ("2026-03-07T14:00:00Z", true, ""), // Saturday 15:00
        ("2026-03-07T15:00:00Z", false, "2026-03-07T16:00 is outside calling hours 10:00–16:00 (Europe/Amsterdam)"),
        ("2026-03-08T11:00:00Z", false, "no calls on Sunday (2026-03-08)"),
        ("2026-04-06T10:00:00Z", false, "2026-04-06 is Tweede Paasdag, a public holiday"),
        ("2027-05-06T10:00:00Z", false, "2027-05-06 is Hemelvaartsdag, a public holiday"),
    ])
    func callingHours(utc: String, passes: Bool, reason: String) throws {
        let d = try decide(utc) { try consent($0) }
        #expect(d.allowed == passes)
        if !passes { #expect(d.summary == "NL-GATE-HOURS: \(reason)") }
    }

    @Test func agreedCallbackOpensClosedHours() throws {
        let d = try decide("2026-03-02T21:30:00Z") { data in
            try consent(data)
            try CallbackList(path: data.callbackList.path).append(
                CallbackRecord(
                    person: "K-1001", phone: "+31612345678",
                    at: LocalDateTime("2026-03-02T22:40") ?? LocalDateTime(date: Fixtures.today, hour: 0, minute: 0),
                    timeZone: "Europe/Amsterdam", company: "Zonnig Energie B.V.", script: "x", agent: "Jan",
                    session: "s", time: "t"))
        }
        #expect(d.allowed, "\(d.summary)")
        let later = try decide("2026-03-02T22:00:00Z") { try consent($0) }
        #expect(!later.allowed)
    }

    @Test func refusedCallRecordsOnlyTheGateDecision() throws {
        let data = Fixtures.dataFolder()
        let context = try Fixtures.context()
        let decision = Gates.evaluate(
            machine: machine, contact: Fixtures.anna, data: data, at: Fixtures.instant("2026-03-08T11:00:00Z"))
        #expect(throws: RuntimeError.callRefused(decision)) {
            try CallSession.start(
                id: "s-refused", context: context, gates: decision, data: data, clock: .fixed(Fixtures.mondayMorning))
        }
        let entries = try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload)
        #expect(entries.map(\.kind) == ["gate"])
        #expect(entries.first?.allowed == false)
        #expect(!FileManager.default.fileExists(atPath: data.sessionFile("s-refused").path))
    }

    @Test func aRefusedCallIsSealedLikeAFinishedOne() throws {
        let data = Fixtures.dataFolder()
        let key = AuditKey.generate()
        let decision = Gates.evaluate(
            machine: machine, contact: Fixtures.anna, data: data, at: Fixtures.instant("2026-03-08T11:00:00Z"))
        #expect(throws: RuntimeError.callRefused(decision)) {
            try CallSession.start(
                id: "s-refused", context: try Fixtures.context(), gates: decision, data: data,
                clock: .fixed(Fixtures.mondayMorning), auditKey: key)
        }
        let log = AuditLog(path: data.auditLog.path)
        #expect(try log.read().entries.compactMap(\.payload).map(\.kind) == ["gate", "checkpoint"])
        #expect(try AuditVerifier.verify(log, key: key).sealedThrough == 2)
    }
}

/// The hours gate reads the policy's data, so the policy is the one place to change them.
@Suite struct GatePolicyFromPolicyTests {
    @Test func dutchHoursComeFromThePolicy() throws {
        let policy = try #require(Policies.named("nl-telemarketing"))
        #expect(GatePolicy.for(policy) == .netherlands)
        var later = policy
        later.callingHours.windows[.monday] = [TimeWindow(ClockTime(9), ClockTime(22))]
        let monday = CalendarDate(year: 2026, month: 3, day: 2)
        #expect(GatePolicy.for(later).callingHours.windows(on: monday) == [TimeWindow(ClockTime(9), ClockTime(22))])
    }
}
