import CallscriptCompliance
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// The gates as the policies of December 2026 define them: the Dutch hours of Code
/// Telemarketing art. 9 with part days and mourning days, and us-tsr on the callee's clock.
@Suite struct DutchHoursGateTests {
    func hours(_ utc: String, policy: GatePolicy = .netherlands) throws -> GateResult {
        let data = Fixtures.dataFolder()
        try data.prepare()
        return Gates.hours(Fixtures.anna, FileRecordStore(data), policy, at: Fixtures.instant(utc))
    }

    @Test func halfPastNineOnATuesdayEveningIsAllowed() throws {
        // Tuesday 3 March 2026, 21:30 in Amsterdam (UTC+1).
        let r = try hours("2026-03-03T20:30:00Z")
        #expect(r.passed, "\(r.reason)")
        #expect(r.rule == "NL-GATE-HOURS")
    }

    @Test func quarterToSevenOnFifthDecemberIsRefused() throws {
        // Friday 5 December 2025, 18:45 in Amsterdam: Sinterklaasavond closes at 18:30.
        let r = try hours("2025-12-05T17:45:00Z")
        #expect(!r.passed)
        #expect(
            r.reason == "2025-12-05T18:45 is outside calling hours 09:00–18:30 on Sinterklaasavond (Europe/Amsterdam)")
        #expect(try hours("2025-12-05T17:29:00Z").passed)
    }

    @Test func aNationalMourningDayIsRefused() throws {
        // Wednesday 23 July 2014, the national day of mourning for MH17, 11:00 in Amsterdam.
        let r = try hours("2014-07-23T09:00:00Z")
        #expect(!r.passed)
        #expect(r.reason == "2014-07-23 is nationale dag van rouw (MH17): no calls that day")
        // The same weekday a week later is an ordinary working day.
        #expect(try hours("2014-07-30T09:00:00Z").passed)
    }

    @Test func aNewlyDeclaredMourningDayAndAPartDayAreSettings() throws {
        var policy = GatePolicy.netherlands
        let mourning = try #require(PartDayClosure(parsing: "2026-03-04"))
        let early = try #require(PartDayClosure(parsing: "2026-03-05 from 17:00"))
        policy.extraClosedDays = [mourning, early]
        #expect(
            try hours("2026-03-04T10:00:00Z", policy: policy).reason == "2026-03-04 is a closed day of the organisation"
        )
        #expect(try hours("2026-03-05T15:59:00Z", policy: policy).passed)
        let late = try hours("2026-03-05T16:00:00Z", policy: policy)
        #expect(late.reason == "2026-03-05T17:00 is outside calling hours 09:00–17:00 (Europe/Amsterdam)")
    }

    @Test func theHoursCiteTheirArticleAndSourceDate() throws {
        let gate = try #require(NLTelemarketing.gates.first { $0.id == "NL-GATE-HOURS" })
        #expect(gate.documentation.source.contains("Code Telemarketing art. 9"))
        #expect(gate.documentation.source.contains("read 2026-12-01"))
        #expect(gate.documentation.requires.contains("09:00–22:00"))
    }
}

@Suite struct CalleeClockGateTests {
    let policy = GatePolicy.for(USTSR.policy)

    func decide(_ contact: Contact, _ utc: String, setup: (DataFolder) throws -> Void = { _ in }) throws
        -> GateDecision
    {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try setup(data)
        var machine = Fixtures.winback()
        machine.script.audience = .customers(months: 36)
        return Gates.evaluate(machine: machine, contact: contact, data: data, policy: policy, at: Fixtures.instant(utc))
    }

    static func customer(_ id: String, _ phone: String, zone: String? = nil, state: String? = nil) -> Contact {
        Contact(
            id: id, phone: phone, fields: ["first_name": "Dana", "customer_since": "2019-05-01"],
            lastPurchase: CalendarDate(year: 2026, month: 1, day: 5),
            timeZone: zone, state: state)
    }

    let losAngeles = customer("US-1", "+12135550142", zone: "America/Los_Angeles")

    @Test func aLosAngelesContactAtHalfPastElevenNewYorkTimeIsAllowed() throws {
        // Tuesday 3 March 2026: 11:30 in New York (UTC-5) is 08:30 in Los Angeles.
        let d = try decide(losAngeles, "2026-03-03T16:30:00Z")
        #expect(d.allowed, "\(d.summary)")
        #expect(d.localTime == "2026-03-03T08:30 America/Los_Angeles")
    }

    @Test func aLosAngelesContactAtHalfPastTenNewYorkTimeIsRefused() throws {
        // 10:30 in New York is 07:30 in Los Angeles.
        let d = try decide(losAngeles, "2026-03-03T15:30:00Z")
        #expect(
            d.summary
                == "US-TSR-GATE-HOURS: 2026-03-03T07:30 is outside calling hours 08:00–21:00 (America/Los_Angeles)")
    }

    @Test func withoutATimeZoneEveryZoneOfTheAreaCodeMustAllowTheCall() throws {
        // 208 (Idaho) spans Boise, Denver (both UTC-7) and Los Angeles (UTC-8).
        let idaho = Self.customer("US-2", "+12085550100")
        #expect(NANPAreaCodes.zones(forE164: idaho.phone).count == 3)
        // 15:30 UTC is 08:30 in Boise but 07:30 in Los Angeles.
        let early = try decide(idaho, "2026-03-03T15:30:00Z")
        #expect(early.refusals.map(\.rule) == ["US-TSR-GATE-HOURS"])
        #expect(early.summary.contains("America/Los_Angeles"))
        #expect(try decide(idaho, "2026-03-03T16:30:00Z").allowed)
    }

    @Test func aTollFreeNumberWithoutATimeZoneIsRefused() throws {
        let d = try decide(Self.customer("US-3", "+18005550100"), "2026-03-03T18:00:00Z")
        #expect(d.summary.hasPrefix("US-TSR-GATE-HOURS: the callee's time zone is unknown"))
    }

    @Test func aFloridaNumberGetsTheStateHours() throws {
        let miami = Self.customer("US-4", "+13055550100")
        // 20:30 in Miami (UTC-5) is inside the federal 21:00 but after Florida's 20:00.
        let d = try decide(miami, "2026-03-04T01:30:00Z")
        #expect(d.refusals.map(\.rule) == ["US-TSR-GATE-HOURS"])
        #expect(
            d.summary
                == "US-TSR-GATE-HOURS: Florida rules: 2026-03-03T20:30 is outside calling hours 08:00–20:00 (America/New_York)"
        )
    }

    @Test func aFloridaNumbersFourthCallIn24HoursIsRefused() throws {
        let miami = Self.customer("US-4", "+13055550100")
        let data = Fixtures.dataFolder()
        try data.prepare()
        let store = FileRecordStore(data)
        var machine = Fixtures.winback()
        machine.script.audience = .customers(months: 36)
        machine = CanonicalJSON.sealed(machine)
        let context = try CallContext(loaded: try Fixtures.loaded(machine), contact: miami, agent: "Jan")
        // Three calls on Tuesday 3 March 2026 at 10:00, 12:00 and 14:00 Miami time.
        for (n, utc) in ["2026-03-03T15:00:00Z", "2026-03-03T17:00:00Z", "2026-03-03T19:00:00Z"].enumerated() {
            let at = Fixtures.instant(utc)
            let decision = Gates.evaluate(machine: machine, contact: miami, store: store, policy: policy, at: at)
            #expect(decision.allowed, "\(decision.summary)")
            #expect(
                decision.results.last?.reason
                    == "\(n) earlier calls to +13055550100 in the last 24 hours; Florida allows at most 3")
            _ = try CallSession.start(
                id: "fl-\(n)", context: context, gates: decision, store: store, gatePolicy: policy, clock: .fixed(at))
        }
        #expect(try AttemptLog(path: data.attemptLog.path).records().count == 3)
        let fourth = Gates.evaluate(
            machine: machine, contact: miami, store: store, policy: policy, at: Fixtures.instant("2026-03-04T14:00:00Z")
        )
        #expect(
            fourth.summary
                == "US-TSR-GATE-ATTEMPTS: already 3 calls to +13055550100 in the last 24 hours; Florida allows at most 3"
        )
        // 24 hours after the first call the oldest one no longer counts.
        let later = Gates.evaluate(
            machine: machine, contact: miami, store: store, policy: policy, at: Fixtures.instant("2026-03-04T15:30:00Z")
        )
        #expect(later.allowed, "\(later.summary)")
    }

    @Test func theContactsStateCountsBesidesTheAreaCode() throws {
        let moved = Self.customer("US-5", "+12125550100", zone: "America/Chicago", state: "OK")
        #expect(policy.overlays(for: moved).map(\.state) == ["OK"])
        #expect(policy.overlays(for: Self.customer("US-6", "+12125550100")).isEmpty)
    }

    @Test func aContactFileCarriesTheTimeZone() throws {
        let json = #"{"id":"US-1","phone":"+1 213 555 0142","time_zone":"America/Los_Angeles","state":"ca"}"#
        let contact = try Contact.decode(Data(json.utf8), file: "us.json")
        #expect(contact.timeZone == "America/Los_Angeles")
        #expect(contact.state == "CA")
        let bad = #"{"id":"US-1","phone":"+1 213 555 0142","time_zone":"Pacific Time"}"#
        #expect(
            throws: RuntimeError.badContact(file: "us.json", .invalidTimeZone(contact: "US-1", zone: "Pacific Time"))
        ) {
            try Contact.decode(Data(bad.utf8), file: "us.json")
        }
    }
}
