import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

@Suite("nl-telemarketing handler rules")
struct NLHandlerRuleTests {
    /// The compliant script without the handler for `event`.
    func without(_ event: String) -> Machine {
        var m = Scripts.compliant().build()
        m.handlers.removeAll { $0.event == event }
        return m
    }

    @Test(arguments: [
        ("objection", "NL-OBJECTION", Severity.error), ("voicemail", "NL-VOICEMAIL", .error),
        ("complaint", "NL-COMPLAINT", .warning), ("minor", "NL-MINOR", .warning),
    ])
    func missingHandlerIsReportedAtTheHeader(event: String, rule: String, severity: Severity) throws {
        let machine = without(event)
        let found = findings(rule, in: machine)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "missing 'on \(event)' handler")
        #expect(d.severity == severity)
        #expect(d.range == machine.script.locations["script"])
        #expect(d.path == nil)
    }

    @Test func objectionMustRecordTheObjection() throws {
        var b = Scripts.compliant()
        b.on("objection", .say("Jammer."), .transferOptout("Ik verbind u door."))
        let machine = b.build()
        let d = try #require(findings("NL-OBJECTION", in: machine).first)
        #expect(d.message == "a path through 'on objection' ends without 'record objection'")
        #expect(d.range == machine.state("on-objection.2")?.source)
        #expect(d.path?.entry == "objection")
        #expect(words(d) == ["on-objection.1", "on-objection.2"])
    }

    @Test func objectionMustNotPitchEvenInTheMainFlow() throws {
        var b = Scripts.compliant()
        b.on("objection", .recordObjection, .goto("offer"))
        let d = try #require(findings("NL-OBJECTION", in: b.build()).first)
        #expect(d.message == "'pitch' is reachable through 'on objection'")
        #expect(words(d) == ["on-objection.1", "offer.1"])
    }

    @Test func objectionMustBeEndableByTheAgent() throws {
        var b = Scripts.compliant()
        b.on(
            "objection", .recordObjection, .ask("Weet u het zeker?", [.plain("Ja", "closing"), .plain("Nee", "spin")]))
        b.step("closing", .transferOptout("Ik verbind u door."))
        b.step("spin", .say("Een ogenblik."), .goto("spin"))
        let d = try #require(findings("NL-OBJECTION", in: b.build()).first)
        #expect(d.message == "a path through 'on objection' can never be ended by the agent")
        #expect(words(d) == ["on-objection.1", "on-objection.2: \"Nee\"", "spin.1"])
    }

    @Test func voicemailMustNotSpeak() throws {
        var b = Scripts.compliant()
        b.on("voicemail", .say("Wij bellen u terug."), .hangup)
        let machine = b.build()
        let found = findings("NL-VOICEMAIL", in: machine)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "'on voicemail' leaves a message: 'say' is spoken")
        #expect(d.range == machine.state("on-voicemail.1")?.source)
        #expect(words(d) == ["on-voicemail.1"])
    }

    @Test func minorMustNotPitch() throws {
        var b = Scripts.compliant()
        b.on("minor", .pitch("Vraag je ouders naar ons aanbod."), .end)
        let d = try #require(findings("NL-MINOR", in: b.build()).first)
        #expect(d.severity == .warning)
        #expect(words(d) == ["on-minor.1"])
    }

    @Test func aThousandHandlersAreCheckedEach() {
        var b = Scripts.compliant()
        for i in 0..<1000 {
            b.on("objection", name: "on-objection-\(i)", .say("Genoteerd \(i)."), .transferOptout("Door."))
        }
        let found = findings("NL-OBJECTION", in: b.build())
        // One finding per cause, capped per rule so output and memory stay bounded.
        #expect(found.count == 25)
    }
}
