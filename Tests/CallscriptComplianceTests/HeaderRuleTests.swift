import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

@Suite("nl-telemarketing header and content rules")
struct HeaderRuleTests {
    func machine(_ edit: (inout ScriptInfo) -> Void) -> Machine {
        var m = Scripts.compliant().build()
        edit(&m.script)
        return m
    }

    @Test(
        arguments: [
            ("+31 20 555 0199", nil), ("+31-20-555-0199", nil), ("+1 212 555 0199", nil),
            ("anonymous", "caller-id is hidden"), ("Verborgen", "caller-id is hidden"), ("", "caller-id is hidden"),
            ("020 555 0199", "caller-id '020 555 0199' has no country code"),
            ("0031 20 555 0199", "caller-id '0031 20 555 0199' starts with 00 instead of +"),
            ("+0 20 555 0199", "caller-id '+0 20 555 0199' has no valid country code"),
            ("+31 20", "caller-id '+31 20' has 4 digits, not 8 to 15"),
            ("+31 20 555 0199 ext 2", "caller-id '+31 20 555 0199 ext 2' is not a phone number"),
        ] as [(String, String?)])
    func callerID(number: String, message: String?) {
        let m = machine { $0.callerID = number }
        let found = findings("NL-CALLER-ID", in: m)
        #expect(found.map(\.message) == (message.map { [$0] } ?? []))
        if let d = found.first { #expect(d.range == m.script.locations["caller-id"]) }
    }

    @Test func headerRulesFallBackToTheHeaderThenTheFirstStatement() {
        var m = machine { $0.callerID = "hidden" }
        m.script.locations["caller-id"] = nil
        #expect(findings("NL-CALLER-ID", in: m).first?.range == m.script.locations["script"])
        m.script.locations = [:]
        #expect(findings("NL-CALLER-ID", in: m).first?.range == m.states.first?.source)
    }

    @Test(arguments: [(36, false), (12, false), (37, true), (48, true)])
    func customerTerm(months: Int, fails: Bool) {
        let m = machine {
            $0.audience = .customers(months: months)
            $0.sector = "press"
        }
        let found = findings("NL-CUSTOMER-TERM", in: m)
        #expect(found.count == (fails ? 1 : 0))
        if let d = found.first {
            #expect(d.message == "customer term of \(months) months is longer than 36 months")
            #expect(d.range == m.script.locations["audience"])
        }
    }

    @Test func customerExceptionEndsOnTheFirstOfJuly2026() throws {
        let m = machine { $0.audience = .customers(months: 36) }
        #expect(findings("NL-CUSTOMER-EXCEPTION", in: m, on: beforeCutoff).isEmpty)
        let d = try #require(findings("NL-CUSTOMER-EXCEPTION", in: m, on: cutoff).first)
        #expect(d.severity == .error)
        #expect(d.message == "the customer exception no longer applies to sector 'energy' from 2026-07-01")
        #expect(d.range == m.script.locations["audience"])
        #expect(d.related.map(\.range) == [m.script.locations["sector"]])
        #expect(findings("NL-CUSTOMER-EXCEPTION", in: m, on: CalendarDate(year: 2030, month: 1, day: 1)).count == 1)
    }

    @Test(arguments: ["charity", "lottery", "press", "Press"])
    func exemptSectorsKeepTheCustomerException(sector: String) {
        let m = machine {
            $0.audience = .customers(months: 24)
            $0.sector = sector
        }
        #expect(findings("NL-CUSTOMER-EXCEPTION", in: m, on: cutoff).isEmpty)
    }

    @Test func optInNeedsNoException() {
        #expect(findings("NL-CUSTOMER-EXCEPTION", in: machine { $0.audience = .optIn }, on: cutoff).isEmpty)
    }

    @Test func theExceptionDateIsPolicyData() {
        var policy = NLTelemarketing.policy
        let i = policy.rules.firstIndex { $0.id == "NL-CUSTOMER-EXCEPTION" } ?? 0
        policy.rules[i].check = .customerException(from: CalendarDate(year: 2026, month: 6, day: 1), exemptSectors: [])
        let m = machine { $0.audience = .customers(months: 24) }
        #expect(findings("NL-CUSTOMER-EXCEPTION", in: m, policy: policy, on: beforeCutoff).count == 1)
        #expect(NLTelemarketing.policy.customerExceptionEnd?.from == cutoff)
        #expect(NLTelemarketing.policy.customerTermMonths == 36)
    }

    @Test(
        arguments: [
            ("Goedemiddag, u spreekt met {agent} van {company}, namens {principal}.", nil),
            ("U spreekt met {agent} van Zonnig Energie, namens groene stroom nederland.", nil),
            ("U spreekt met {agent} van {company}.", "identify does not name the principal 'Groene Stroom Nederland'"),
            (
                "U spreekt met {agent} van Zon, namens {principal}.",
                "identify does not name the company 'Zonnig Energie B.V.'"
            ),
            (
                "Hallo, met {agent}.",
                "identify does not name the company 'Zonnig Energie B.V.' or the principal 'Groene Stroom Nederland'"
            ),
        ] as [(String, String?)])
    func identifyContent(text: String, message: String?) {
        var b = Scripts.compliant()
        b.script.principal = "Groene Stroom Nederland"
        b.step("intro", .identify(text), Scripts.convenient)
        let m = b.build()
        let found = findings("NL-IDENTIFY-CONTENT", in: m)
        #expect(found.map(\.message) == (message.map { [$0] } ?? []))
        if let d = found.first { #expect(d.range == m.state("intro.1")?.source) }
    }

    @Test func unknownPolicyListsTheKnownOnes() throws {
        var m = Scripts.compliant().build()
        m.script.policy = "nl-telemarketting"
        let found = Verifier.verify(m, on: cutoff)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.code == "CS0123")
        #expect(d.message == "unknown policy 'nl-telemarketting'")
        #expect(d.help == "did you mean 'nl-telemarketing'? known policies: 'nl-telemarketing', 'us-tsr'")
        #expect(d.range == m.script.locations["policy"])
    }

    @Test func policyDataForTheRunner() {
        let nl = NLTelemarketing.policy
        #expect(nl.timeZone == .fixed("Europe/Amsterdam"))
        #expect(nl.callingHours.allows(.monday, at: ClockTime(9)))
        #expect(nl.callingHours.allows(.friday, at: ClockTime(21, 59)))
        #expect(!nl.callingHours.allows(.friday, at: ClockTime(22)))
        #expect(nl.callingHours.allows(.saturday, at: ClockTime(15, 59)))
        #expect(!nl.callingHours.allows(.saturday, at: ClockTime(16)))
        #expect(!nl.callingHours.allows(.sunday, at: ClockTime(12)))
        #expect(nl.callingHours.closedOnPublicHolidays)
        #expect(nl.gates.map(\.id) == ["NL-GATE-OBJECTION", "NL-GATE-BASIS", "NL-GATE-HOURS"])
        #expect(
            nl.rules.map { "\($0.id) \($0.severity.rawValue)" } == [
                "NL-IDENTIFY-FIRST error", "NL-IDENTIFY-CONTENT error", "NL-CONVENIENT error",
                "NL-RESPECT-NOT-CONVENIENT error", "NL-OPTOUT-AT-END error", "NL-OBJECTION error", "NL-VOICEMAIL error",
                "NL-CALLER-ID error", "NL-CUSTOMER-TERM error", "NL-CUSTOMER-EXCEPTION error", "NL-COMPLAINT warning",
                "NL-MINOR warning", "NL-SALES-WORDING warning",
            ])
        #expect(Policies.named("us-tsr")?.timeZone == .callee)
    }
}
