import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

@Suite("nl-telemarketing path rules")
struct NLPathRuleTests {
    @Test func compliantScriptHasNoFindings() {
        let machine = Scripts.compliant().build()
        #expect(Verifier.verify(machine, policy: NLTelemarketing.policy, on: beforeCutoff).isEmpty)
        #expect(Verifier.verify(machine, policy: NLTelemarketing.policy, on: cutoff).isEmpty)
        #expect(Verifier.verify(machine, on: cutoff).isEmpty)
    }

    @Test func identifyFirstFailsWhenSomethingIsSaidBefore() throws {
        var b = Scripts.compliant()
        b.step("intro", .say("Goedemiddag!"), Scripts.intro, Scripts.convenient)
        let machine = b.build()
        let found = findings("NL-IDENTIFY-FIRST", in: machine)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.severity == .error)
        #expect(d.message == "the first spoken statement is 'say', not 'identify'")
        #expect(d.range == machine.state("intro.1")?.source)
        #expect(words(d) == ["intro.1"])
        #expect(d.path?.entry == "start")
    }

    @Test func identifyFirstFollowsBothOutcomesOfAnIf() throws {
        var b = Scripts.compliant()
        b.step("intro", .branch([("interest", "high", "greet")], otherwise: "sell"))
        b.step("greet", Scripts.intro, Scripts.convenient)
        b.step("sell", .pitch("Korting!"), .goto("goodbye"))
        let machine = b.build()
        let d = try #require(findings("NL-IDENTIFY-FIRST", in: machine).first)
        #expect(words(d) == ["intro.1: else", "sell.1"])
        #expect(d.path?.steps.first?.transition == 1)
        #expect(d.related.map(\.label) == ["step 1: intro.1 else", "step 2: sell.1 \"Korting!\""])
    }

    @Test func convenientMustComeBeforeAPitch() throws {
        var b = Scripts.compliant()
        b.step("intro", Scripts.intro, .pitch("Korting!"), Scripts.convenient)
        let machine = b.build()
        let found = findings("NL-CONVENIENT", in: machine)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "'pitch' comes before 'ask convenient'")
        #expect(d.range == machine.state("intro.2")?.source)
        #expect(words(d) == ["intro.1", "intro.2"])
        #expect(findings("NL-IDENTIFY-FIRST", in: machine).isEmpty)
    }

    @Test func convenientMustComeAfterIdentify() throws {
        var b = Scripts.compliant()
        b.step("intro", Scripts.convenient)
        b.step("offer", Scripts.intro, .pitch("Korting!"), .goto("goodbye"))
        let d = try #require(findings("NL-CONVENIENT", in: b.build()).first)
        #expect(d.message == "'ask convenient' comes before 'identify'")
        #expect(words(d) == ["intro.1"])
    }

    @Test func convenientAllowsASayInBetweenAndRejectsACapture() {
        var ok = Scripts.compliant()
        ok.step("intro", Scripts.intro, .say("Ik bel over uw contract."), Scripts.convenient)
        #expect(findings("NL-CONVENIENT", in: ok.build()).isEmpty)
        var bad = Scripts.compliant()
        bad.step("intro", Scripts.intro, .capture("interest", "Interesse?"), Scripts.convenient)
        #expect(
            findings("NL-CONVENIENT", in: bad.build()).map(\.message) == ["'capture' comes before 'ask convenient'"])
    }

    @Test func respectNotConvenientFindsThePitchAfterLater() throws {
        var b = Scripts.compliant()
        b.step(
            "intro", Scripts.intro,
            .askConvenient(
                "Komt het u nu gelegen?", [.yes("Ja", "offer"), .later("Straks", "offer"), .no("Nee", "goodbye")]))
        let machine = b.build()
        let found = findings("NL-RESPECT-NOT-CONVENIENT", in: machine)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "'pitch' is reachable after the answer \"Straks\" to 'ask convenient'")
        #expect(d.range == machine.state("offer.1")?.source)
        #expect(words(d) == ["intro.1", "intro.2: \"Straks\"", "offer.1"])
        #expect(d.path?.steps.map(\.transition) == [0, 1, nil])
        #expect(d.notes == ["path: intro.1 → intro.2: \"Straks\" → offer.1"])
    }

    @Test func respectNotConvenientFollowsAHandlerStartedAfterNo() throws {
        var b = Scripts.compliant()
        b.on("complaint", .capture("complaint", "Wat is uw klacht?"), .say("Genoteerd."), .goto("offer"))
        let machine = b.build()
        let d = try #require(findings("NL-RESPECT-NOT-CONVENIENT", in: machine).first)
        #expect(
            words(d) == [
                "intro.1", "intro.2", "intro.3: \"Liever een ander moment\"", "plan_callback.1: on complaint",
                "on-complaint.1", "on-complaint.2", "offer.1",
            ])
        #expect(d.path?.steps[3].transition == nil)
    }

    @Test func respectNotConvenientFollowsLoops() throws {
        var b = Scripts.compliant()
        b.step("intro", Scripts.intro, .goto("check"))
        b.step("check", .askConvenient("Komt het nu gelegen?", [.yes("Ja", "offer"), .no("Nee", "wait")]))
        b.step("wait", .say("Ik wacht even."), .goto("check"))
        let d = try #require(findings("NL-RESPECT-NOT-CONVENIENT", in: b.build()).first)
        #expect(words(d) == ["intro.1", "check.1: \"Nee\"", "wait.1", "check.1: \"Ja\"", "offer.1"])
    }

    @Test func optoutAtEndFindsTheEndWithoutNotice() throws {
        var b = Scripts.compliant()
        b.step("intro", Scripts.intro, Scripts.convenient)
        b.step("goodbye", .say("Bedankt voor uw tijd."), .end)
        let machine = b.build()
        let found = findings("NL-OPTOUT-AT-END", in: machine)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.message == "call ends without the opt-out notice")
        #expect(d.range == machine.state("goodbye.2")?.source)
        #expect(words(d) == ["intro.1", "intro.2: \"Nee\"", "goodbye.1", "goodbye.2"])
        #expect(d.related.count == 4)
        #expect(d.related[1].label == "step 2: intro.2 \"Komt het u nu gelegen?\" → \"Nee\"")
        #expect(d.related[1].range == machine.state("intro.2")?.source)
    }

    @Test func optoutAtEndNeedsTheNoticeAfterTheLastPitch() throws {
        var b = Scripts.compliant()
        b.step("goodbye", .optout("Mogen wij u nog bellen?"), .pitch("Nog één aanbod!"), .end)
        let d = try #require(findings("NL-OPTOUT-AT-END", in: b.build()).first)
        #expect(d.message == "call ends without the opt-out notice after the last pitch")
        #expect(words(d).last == "goodbye.3")
    }

    @Test func optoutAtEndChecksHandlersStartedMidCall() throws {
        var b = Scripts.compliant()
        b.on("complaint", .say("Uw klacht is genoteerd."), .end)
        let d = try #require(findings("NL-OPTOUT-AT-END", in: b.build()).first)
        #expect(d.path?.entry == "complaint")
        #expect(words(d) == ["on-complaint.1", "on-complaint.2"])
        #expect(d.notes == ["path: on complaint → on-complaint.1 → on-complaint.2"])
    }

    @Test func optoutAtEndCountsRecordObjectionAndExemptsMinorAndVoicemail() {
        var b = Scripts.compliant()
        b.on("objection", .recordObjection, .say("Genoteerd."), .end)
        #expect(findings("NL-OPTOUT-AT-END", in: b.build()).isEmpty)
        // The spec's voicemail and minor handlers end without a notice, even after a pitch.
        #expect(findings("NL-OPTOUT-AT-END", in: Scripts.compliant().build()).isEmpty)
    }

    @Test func optoutAtEndCoversStepsBroughtInWithUse() throws {
        var b = Scripts.compliant()
        b.step("intro", Scripts.intro, Scripts.convenient)
        b.step("goodbye", .goto("closing"))
        b.step("closing", file: "shared/closing.call", .say("Tot ziens."), .end)
        let d = try #require(findings("NL-OPTOUT-AT-END", in: b.build()).first)
        #expect(d.range.file == "shared/closing.call")
        #expect(words(d) == ["intro.1", "intro.2: \"Nee\"", "closing.1", "closing.2"])
        #expect(d.related.last?.range.file == "shared/closing.call")
    }
}
