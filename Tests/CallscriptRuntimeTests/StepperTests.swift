import CallscriptMachine
import Testing

@testable import CallscriptRuntime

/// The pure step function over the hand-built winback machine.
@Suite struct StepperTests {
    let context: CallContext

    init() throws { context = try Fixtures.context() }

    func run(_ inputs: [SessionInput]) throws -> (SessionState, [Effect]) {
        let first = Stepper.start(context)
        var state = first.state
        var effects = first.effects
        for input in inputs {
            let r = try Stepper.step(state, input, context)
            state = r.state
            effects += r.effects
        }
        return (state, effects)
    }

    @Test func startShowsTheFilledIdentification() throws {
        let start = Stepper.start(context)
        #expect(start.state.phase == .showingLine(state: "intro.1"))
        let text = "Goedemiddag Anna, u spreekt met Jan van Zonnig Energie B.V., namens Groene Stroom Nederland."
        #expect(start.effects == [.shown(state: "intro.1", role: .identify, text: text)])
        #expect(Stepper.prompt(start.state, context) == .line(state: "intro.1", role: .identify, text: text))
    }

    @Test func questionOffersItsAnswers() throws {
        let (state, _) = try run([.continue, .continue])
        guard case .question(let id, let role, _, let answers) = Stepper.prompt(state, context) else {
            Issue.record("expected a question")
            return
        }
        #expect(id == "intro.2" && role == .askConvenient)
        #expect(answers.map(\.label) == ["Ja", "Liever een ander moment", "Nee"])
    }

    @Test func fullOfferPathWithConsent() throws {
        let (state, effects) = try run([
            .continue, .continue, .answer(0), .continue, .capture("High"), .capture("anna@Example.NL"), .answer(0),
            .continue,
            .continue,
        ])
        #expect(state.phase == .ended(Outcome(kind: .end, state: "goodbye.3")))
        #expect(state.captures == ["interest": "high", "email": "anna@example.nl"])
        #expect(effects.contains(.recordConsent(state: "send_offer.2", purpose: "email-offers")))
        #expect(
            effects.contains(
                .shown(
                    state: "send_offer.2", role: .askConsent,
                    text: "Mogen wij u over dit aanbod e-mailen op anna@example.nl?")))
        #expect(effects.last == .ended(Outcome(kind: .end, state: "goodbye.3")))
    }

    @Test func branchTakesTheConditionOnCapturedValue() throws {
        let (state, effects) = try run([.continue, .continue, .answer(0), .continue, .capture("low")])
        #expect(state.phase == .showingLine(state: "goodbye.1"))
        #expect(!effects.contains { if case .shown(let s, _, _) = $0 { s == "send_offer.1" } else { false } })
    }

    /// The branch is silent but not invisible: the step reports which transition it took, right
    /// after the capture and before the line it leads to.
    @Test func branchReportsTheTransitionTaken() throws {
        let (_, low) = try run([.continue, .continue, .answer(0), .continue, .capture("low")])
        let captured = try #require(low.firstIndex(of: .captured(state: "offer.2", field: "interest", value: "low")))
        #expect(low[captured + 1] == .branched(state: "offer.3", choice: 0))
        #expect(
            low[captured + 2]
                == .shown(state: "goodbye.1", role: .optout, text: "Mogen wij u in de toekomst nog bellen?"))
        let (_, high) = try run([.continue, .continue, .answer(0), .continue, .capture("high")])
        #expect(high.contains(.branched(state: "offer.3", choice: 1)))
        #expect(!high.contains(.branched(state: "offer.3", choice: 0)))
    }

    @Test func callbackPlansTheCapturedTime() throws {
        let (state, effects) = try run([.continue, .continue, .answer(1), .capture("2026-03-03 14:30"), .continue])
        let at = LocalDateTime("2026-03-03T14:30")
        #expect(state.phase == .ended(Outcome(kind: .callback, state: "plan_callback.3", callbackAt: at)))
        #expect(effects.contains(.planCallback(state: "plan_callback.3", at: at)))
    }

    @Test func wrongInputForThePhaseIsRefused() throws {
        let start = Stepper.start(context).state
        #expect(throws: InputRefusal.wrongInput(expected: "read the line and continue")) {
            try Stepper.step(start, .answer(0), context)
        }
        let (question, _) = try run([.continue, .continue])
        #expect(throws: InputRefusal.noSuchAnswer(5, count: 3)) { try Stepper.step(question, .answer(5), context) }
        #expect(throws: InputRefusal.self) { try Stepper.step(question, .continue, context) }
        let (ended, _) = try run([.event(.hangUp)])
        #expect(throws: InputRefusal.callEnded) { try Stepper.step(ended, .continue, context) }
    }

    @Test func badCaptureIsRefusedAndCanBeReentered() throws {
        let (state, _) = try run([.continue, .continue, .answer(0), .continue])
        #expect(
            throws: InputRefusal.invalidValue(field: "interest", reason: "'heel erg' is not one of: low, medium, high")
        ) {
            try Stepper.step(state, .capture("heel erg"), context)
        }
        let retry = try Stepper.step(state, .capture("medium"), context)
        #expect(retry.state.phase == .awaitingCapture(state: "send_offer.1"))
    }

    @Test func conditionsOnUnsetFieldsAreFalse() {
        let fields = ["n": Field(name: "n", origin: .capture, type: FieldType(.number))]
        let lit = Literal(type: .number, value: "3")
        #expect(
            !ConditionEvaluator.evaluate(.compare(field: "n", op: .notEqual, value: lit), values: [:], fields: fields))
        #expect(ConditionEvaluator.evaluate(.not(.isSet(field: "n")), values: [:], fields: fields))
        let values = ["n": FieldValue(kind: .number, text: "10")]
        #expect(
            ConditionEvaluator.evaluate(.compare(field: "n", op: .greater, value: lit), values: values, fields: fields))
        #expect(
            ConditionEvaluator.evaluate(
                .and(
                    .isSet(field: "n"),
                    .compare(field: "n", op: .greaterOrEqual, value: Literal(type: .number, value: "10"))),
                values: values, fields: fields))
        #expect(
            !ConditionEvaluator.evaluate(
                .or(
                    .compare(field: "n", op: .less, value: lit),
                    .compare(field: "n", op: .equal, value: Literal(type: .number, value: "9.5"))), values: values,
                fields: fields))
    }

    @Test func dateAndChoiceComparisonsUseTheirOrder() {
        let fields = [
            "d": Field(name: "d", origin: .contact, type: FieldType(.date)),
            "c": Field(name: "c", origin: .capture, type: FieldType(.choice, choices: ["low", "medium", "high"])),
        ]
        let values = ["d": FieldValue(kind: .date, text: "2019-05-01"), "c": FieldValue(kind: .choice, text: "medium")]
        #expect(
            ConditionEvaluator.evaluate(
                .compare(field: "d", op: .less, value: Literal(type: .date, value: "2020-01-01")), values: values,
                fields: fields))
        #expect(
            ConditionEvaluator.evaluate(
                .compare(field: "c", op: .greater, value: Literal(type: .choice, value: "low")), values: values,
                fields: fields))
        #expect(
            !ConditionEvaluator.evaluate(
                .compare(field: "c", op: .greater, value: Literal(type: .choice, value: "high")), values: values,
                fields: fields))
    }
}

@Suite struct EventTests {
    func start(_ machine: Machine = Fixtures.winback()) throws -> (CallContext, SessionState) {
        let context = try Fixtures.context(machine)
        return (context, Stepper.start(context).state)
    }

    /// For machines the verifier refuses (missing handlers): the step function must still be safe.
    func startUnverified(_ machine: Machine) throws -> (CallContext, SessionState) {
        let loaded = try #require(MachineLoader.unverified(CanonicalJSON.sealed(machine)))
        let context = try CallContext(loaded: loaded, contact: Fixtures.anna, agent: "Jan")
        return (context, Stepper.start(context).state)
    }

    @Test func objectionHandlerRecordsBeforeSpeaking() throws {
        let (context, state) = try start()
        let r = try Stepper.step(state, .event(.objection), context)
        #expect(
            r.effects == [
                .event(.objection, handled: true, during: "intro.1"),
                .recordObjection(state: "on-objection.1"),
                .shown(state: "on-objection.2", role: .say, text: "Ik heb genoteerd dat wij u niet meer bellen."),
            ])
        #expect(r.state.handler == "objection" && r.state.objectionRecorded)
        let next = try Stepper.step(r.state, .continue, context)
        let last = try Stepper.step(next.state, .continue, context)
        #expect(last.state.phase == .ended(Outcome(kind: .transferOptout, state: "on-objection.3")))
    }

    @Test func objectionWithoutHandlerStillRecordsAndEnds() throws {
        let (context, state) = try startUnverified(Fixtures.winback(handlers: ["voicemail"]))
        let r = try Stepper.step(state, .event(.objection), context)
        #expect(
            r.effects == [
                .event(.objection, handled: false, during: "intro.1"), .recordObjection(state: nil),
                .ended(Outcome(kind: .objection)),
            ])
    }

    @Test func voicemailHangsUpWithOrWithoutHandler() throws {
        let (context, state) = try start()
        #expect(
            try Stepper.step(state, .event(.voicemail), context).state.phase
                == .ended(Outcome(kind: .hangup, state: "on-voicemail.1")))
        let (bare, bareState) = try startUnverified(Fixtures.winback(handlers: []))
        #expect(try Stepper.step(bareState, .event(.voicemail), bare).state.phase == .ended(Outcome(kind: .hangup)))
    }

    @Test func complaintHandlerAndNoHandler() throws {
        let (context, state) = try start()
        #expect(
            try Stepper.step(state, .event(.complaint), context).state.phase
                == .awaitingCapture(state: "on-complaint.1"))
        let (bare, bareState) = try startUnverified(Fixtures.winback(handlers: []))
        let r = try Stepper.step(bareState, .event(.complaint), bare)
        #expect(r.state.phase == bareState.phase)
        #expect(r.effects == [.event(.complaint, handled: false, during: "intro.1")])
    }

    @Test func minorEndsWithoutHandler() throws {
        let (context, state) = try start()
        #expect(try Stepper.step(state, .event(.minor), context).state.phase == .showingLine(state: "on-minor.1"))
        let (bare, bareState) = try startUnverified(Fixtures.winback(handlers: []))
        #expect(try Stepper.step(bareState, .event(.minor), bare).state.phase == .ended(Outcome(kind: .minor)))
    }

    @Test func personHangingUpEndsAtAnyMoment() throws {
        let (context, state) = try start()
        let asked = try Stepper.step(state, .continue, context).state
        let r = try Stepper.step(asked, .event(.hangUp), context)
        #expect(r.state.phase == .ended(Outcome(kind: .personHungUp)))
    }
}
