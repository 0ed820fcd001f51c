import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// The basis gate on consent as evidence: verified before the call, linked to the person,
/// within its term (without one, at most 6 months old), and the proof printed for a request.
@Suite struct ConsentEvidenceTests {
    let machine = Fixtures.winback()

    func record(
        time: String = "2026-01-05T09:00:00Z", script: String = "", verifiedBy: String? = "sms",
        verifiedAt: String? = "2026-01-05T09:03:00Z", validUntil: String? = nil
    ) -> ConsentRecord {
        ConsentRecord(
            person: "K-1001", phone: "+31612345678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
            time: time, script: script, agent: "webformulier", name: "Anna de Vries",
            subject: "aanbiedingen voor energiecontracten", verifiedBy: verifiedBy, verifiedAt: verifiedAt,
            validUntil: validUntil, source: "webformulier zonnig.nl/aanbod")
    }

    func basis(_ records: [ConsentRecord], at utc: String = "2026-03-02T09:00:00Z") throws -> GateResult {
        let data = Fixtures.dataFolder()
        try data.prepare()
        for r in records { try ConsentRegister(path: data.consentRegister.path).append(r) }
        let decision = Gates.evaluate(machine: machine, contact: Fixtures.anna, data: data, at: Fixtures.instant(utc))
        return try #require(decision.results.first { $0.rule == "NL-GATE-BASIS" })
    }

    @Test func verifiedConsentAllowsTheCallAndNamesItsSource() throws {
        let r = try basis([record()])
        #expect(r.passed, "\(r.reason)")
        #expect(
            r.reason
                == "consent for 'telemarketing' from Zonnig Energie B.V. verified by sms at 2026-01-05T09:03:00Z, holds until 2026-07-05 (no stated term)"
        )
        #expect(r.source == "consent: webformulier zonnig.nl/aanbod; verified by sms at 2026-01-05T09:03:00Z")
    }

    @Test func unverifiedConsentIsRefused() throws {
        let r = try basis([record(verifiedBy: nil, verifiedAt: nil)])
        #expect(!r.passed)
        #expect(r.reason.contains("does not say how and when it was verified"))
    }

    @Test func consentVerifiedAfterTheCallWouldStartIsRefused() throws {
        let r = try basis([record(verifiedAt: "2026-03-02T09:30:00Z")])
        #expect(r.reason.contains("after this call would start"))
    }

    @Test func consentWithoutATermIsStaleAfterSixMonths() throws {
        let stale = try basis([record()], at: "2026-07-06T09:00:00Z")
        #expect(!stale.passed)
        #expect(
            stale.reason
                == "the consent for 'telemarketing' from Zonnig Energie B.V. was verified on 2026-01-05, more than 6 months ago, and states no term (validUntil): ask for consent again"
        )
        #expect(try basis([record()], at: "2026-07-05T09:00:00Z").passed)
    }

    @Test func aStatedTermHoldsUntilItsLastDay() throws {
        let withTerm = record(validUntil: "2027-01-05")
        #expect(try basis([withTerm], at: "2026-12-01T10:00:00Z").passed)
        let ended = try basis([withTerm], at: "2027-01-06T10:00:00Z")
        #expect(
            ended.reason
                == "the stated term of the consent for 'telemarketing' from Zonnig Energie B.V. ended on 2027-01-05")
    }

    @Test func oldLinesAreReadByOneRule() throws {
        // Recorded by `ask consent` in a call (the script digest) before the evidence fields existed.
        let digest = String(repeating: "3f", count: 32)
        let inCall = ConsentRecord(
            person: "K-1001", phone: "+31612345678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
            time: "2026-01-05T09:00:00Z", script: digest, agent: "Jan")
        #expect(try basis([inCall]).passed)
        // Imported from elsewhere without evidence: unverified.
        var imported = inCall
        imported.script = "import"
        #expect(!(try basis([imported]).passed))
        // The old line shape still reads, with the fast reader and with JSONDecoder.
        let line =
            #"{"agent":"Jan","company":"Zonnig Energie B.V.","person":"K-1001","phone":"+31612345678","purpose":"telemarketing","script":"\#(digest)","status":"given","time":"2026-01-05T09:00:00Z"}"#
        #expect(ConsentRegister.parse(Array((line + "\n").utf8)).records == [inCall])
    }

    @Test func theRunnerRecordsHowItVerifiedAConsent() throws {
        let data = Fixtures.dataFolder()
        var session = try CallSession.start(
            id: "s-consent", context: try Fixtures.context(),
            gates: GateDecision(results: [], localTime: ""), data: data, clock: .fixed(Fixtures.mondayMorning))
        try session.continue()
        try session.answer(0)
        try session.continue()
        try session.capture("high")
        try session.capture("anna@example.nl")
        try session.answer(0)
        let r = try #require(try ConsentRegister(path: data.consentRegister.path).records().first)
        #expect(r.verifiedBy == "call")
        #expect(r.verifiedAt == "2026-03-02T09:00:00Z")
        #expect(ConsentEvidence.verification(of: r)?.method == "call")
    }

    @Test func theProofListsTheEvidenceOfEveryRecord() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        let register = ConsentRegister(path: data.consentRegister.path)
        try register.append(record(validUntil: "2027-01-05"))
        try register.append(record(verifiedBy: nil, verifiedAt: nil))
        let export = try DataExport.gather(contact: "K-1001", data: data)
        let proof = ConsentProof(export: export, now: Fixtures.instant("2026-03-02T09:00:00Z"))
        #expect(
            proof.text == """
                Proof of consent for contact K-1001, printed 2026-03-02T09:00:00Z

                1. given 2026-01-05T09:00:00Z: Zonnig Energie B.V., purpose 'telemarketing'
                   person:      Anna de Vries (K-1001), +31612345678
                   subject:     aanbiedingen voor energiecontracten
                   verified:    by sms at 2026-01-05T09:03:00Z
                   term:        until 2027-01-05 (stated)
                   source:      webformulier zonnig.nl/aanbod
                   recorded by: webformulier

                2. given 2026-01-05T09:00:00Z: Zonnig Energie B.V., purpose 'telemarketing'
                   person:      Anna de Vries (K-1001), +31612345678
                   subject:     aanbiedingen voor energiecontracten
                   verified:    NOT RECORDED (how and when it was verified is missing)
                   source:      webformulier zonnig.nl/aanbod
                   recorded by: webformulier
                   now:         does not allow a call today: the consent for 'telemarketing' from Zonnig Energie B.V. of 2026-01-05T09:00:00Z does not say how and when it was verified (verifiedBy, verifiedAt): consent must be verified before the call

                """)
    }
}

/// Once the objection, minor or voicemail handler has started, events that cannot apply are
/// refused in the one step function, with a coded diagnostic.
@Suite struct HandlerGuardTests {
    func inHandler(_ event: CallEvent) throws -> (SessionState, CallContext) {
        let context = try Fixtures.context()
        let state = try Stepper.step(Stepper.start(context).state, .event(event), context).state
        return (state, context)
    }

    @Test func aComplaintInsideTheObjectionHandlerIsRefused() throws {
        let (state, context) = try inHandler(.objection)
        #expect(state.phase == .showingLine(state: "on-objection.2"))
        #expect(throws: InputRefusal.eventNotApplicable(event: .complaint, handler: .objection)) {
            try Stepper.step(state, .event(.complaint), context)
        }
        let refusal = InputRefusal.eventNotApplicable(event: .complaint, handler: .objection)
        #expect(refusal.diagnostic?.code == "RT0115")
        #expect(
            refusal.description
                == "'complaint' cannot apply once the 'objection' handler has started: the person has objected: the call only records that and ends [RT0115]"
        )
    }

    @Test(arguments: [
        (CallEvent.objection, [CallEvent.complaint, .minor, .voicemail, .objection]),
        (.minor, [.complaint, .voicemail, .minor]),
    ])
    func eventsThatCannotApplyAreRefused(handler: CallEvent, refused: [CallEvent]) throws {
        let (state, context) = try inHandler(handler)
        for event in refused {
            #expect(throws: InputRefusal.eventNotApplicable(event: event, handler: handler)) {
                try Stepper.step(state, .event(event), context)
            }
        }
        // The person can always hang up.
        #expect(try Stepper.step(state, .event(.hangUp), context).state.isEnded)
    }

    @Test func aChildCanStillObject() throws {
        let (state, context) = try inHandler(.minor)
        let r = try Stepper.step(state, .event(.objection), context)
        #expect(r.effects.contains(.recordObjection(state: "on-objection.1")))
    }

    @Test func theComplaintHandlerItselfMayStillBeInterrupted() throws {
        let (state, context) = try inHandler(.complaint)
        let r = try Stepper.step(state, .event(.objection), context)
        #expect(r.state.handler == "objection")
    }
}
