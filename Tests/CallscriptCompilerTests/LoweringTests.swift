import CallscriptDiagnostics
import CallscriptMachine
import CallscriptTestSupport
import Testing

@testable import CallscriptCompiler

/// The spec's complete example lowers to the agreed states, roles and transitions.
@Suite struct LoweringTests {
    let machine: Machine

    init() throws {
        let result = compileText(try CompilerFixtures.text("valid/winback.call"), path: "winback.call")
        #expect(!result.hasErrors, "\(result.diagnostics.map { "\($0.code) \($0.message)" })")
        machine = try #require(result.machine)
    }

    private func state(_ id: String) throws -> State {
        try #require(machine.states.first { $0.id == id }, "no state \(id)")
    }

    @Test func stateIDsAndRolesInSourceOrder() {
        let shape = machine.states.map { "\($0.id) \($0.role.rawValue)" }
        #expect(
            shape == [
                "intro.1 identify", "intro.2 ask-convenient",
                "offer.1 pitch", "offer.2 capture", "offer.3 branch",
                "send_offer.1 capture", "send_offer.2 ask-consent",
                "plan_callback.1 capture", "plan_callback.2 optout", "plan_callback.3 callback",
                "goodbye.1 optout", "goodbye.2 say", "goodbye.3 end",
                "on-objection.1 record-objection", "on-objection.2 say", "on-objection.3 transfer-optout",
                "on-voicemail.1 hangup",
                "on-complaint.1 capture", "on-complaint.2 say",
                "on-minor.1 say", "on-minor.2 end",
            ])
    }

    @Test func startAndHandlers() {
        #expect(machine.start == "intro.1")
        #expect(
            machine.handlers.map { "\($0.event)=\($0.entry)" } == [
                "objection=on-objection.1", "voicemail=on-voicemail.1", "complaint=on-complaint.1", "minor=on-minor.1",
            ])
        #expect(machine.handlers.allSatisfy { $0.source.file == "winback.call" && $0.source.start.line > 1 })
    }

    @Test func convenientAnswersCarryLabelsClassesAndTargets() throws {
        let ask = try state("intro.2")
        #expect(ask.text == "Komt het u nu gelegen?")
        #expect(
            ask.transitions == [
                Transition(kind: .answer, label: "Ja", answerClass: .yes, target: "offer.1"),
                Transition(
                    kind: .answer, label: "Liever een ander moment", answerClass: .later, target: "plan_callback.1"),
                Transition(kind: .answer, label: "Nee", answerClass: .no, target: "goodbye.1"),
            ])
    }

    @Test func branchHasConditionThenElse() throws {
        let branch = try state("offer.3")
        #expect(
            branch.transitions == [
                Transition(
                    kind: .condition,
                    condition: .compare(field: "interest", op: .equal, value: Literal(type: .choice, value: "low")),
                    target: "goodbye.1"),
                Transition(kind: .otherwise, target: "send_offer.1"),
            ])
    }

    @Test func statementsCarryTextFieldsAndPurpose() throws {
        #expect(
            try state("intro.1").text
                == "Goedemiddag {first_name}, u spreekt met {agent} van {company}, namens {principal}.")
        #expect(try state("intro.1").transitions == [.next("intro.2")])
        #expect(try state("offer.2").field == "interest")
        #expect(try state("send_offer.2").purpose == "email-offers")
        #expect(try state("plan_callback.3").field == "callback_at")
        #expect(try state("plan_callback.3").transitions.isEmpty)
        #expect(try state("on-objection.3").text?.hasPrefix("Ik verbind u nu door") == true)
    }

    @Test func bareJumpEndingIsNotAState() throws {
        // `-> goodbye` at the end of the complaint handler: its last statement goes straight on.
        #expect(try state("on-complaint.2").transitions == [.next("goodbye.1")])
        #expect(!machine.states.contains { $0.id == "on-complaint.3" })
    }

    @Test func headerFieldsAndSources() throws {
        #expect(machine.script.name == "Winback Energie 2026")
        #expect(machine.script.company == "Zonnig Energie B.V.")
        #expect(machine.script.principal == "Groene Stroom Nederland")
        #expect(machine.script.callerID == "+31 20 555 0199")
        #expect(machine.script.policy == "nl-telemarketing")
        #expect(machine.script.sector == "energy")
        #expect(machine.script.audience == .optIn)
        #expect(
            Set(machine.script.locations.keys) == [
                "script", "company", "principal", "caller-id", "policy", "sector", "audience",
            ])
        #expect(machine.script.locations["caller-id"]?.start.line == 5)
        #expect(
            machine.fields.map(\.name) == [
                "first_name", "customer_since", "email", "interest", "callback_at", "complaint",
            ])
        #expect(machine.fields[3].type == FieldType(.choice, choices: ["low", "medium", "high"]))
        #expect(machine.fields[0].origin == .contact)
        #expect(machine.sources.count == 1)
        #expect(machine.sources[0].path == "winback.call")
        let bytes = Array(try CompilerFixtures.text("valid/winback.call").utf8)
        #expect(machine.sources[0].sha256 == SHA256.hex(bytes))
        #expect(machine.compiler == "callscript \(Compiler.version)")
    }

    @Test func machineIsSealed() throws {
        #expect(!machine.digest.isEmpty)
        #expect(try ReferenceJSON.digest(machine) == machine.digest)
    }

    @Test func sourceRangesPointAtStatements() throws {
        let identify = try state("intro.1")
        #expect(identify.source.file == "winback.call")
        #expect(identify.source.start.line == 21)
        #expect(identify.source.start.column == 3)
    }
}

@Suite struct SmallLoweringTests {
    @Test func stepThatOnlyJumpsResolvesToTargetEntry() throws {
        let source =
            standardHeader + """
                start a
                step a { -> b }
                step b { -> c }
                step c {
                  say "Hallo"
                  end
                }
                on voicemail { -> c }
                """
        let result = compileText(source)
        let machine = try #require(result.machine, "\(result.diagnostics)")
        #expect(machine.start == "c.1")
        #expect(machine.handlers.first?.entry == "c.1")
        #expect(machine.states.map(\.id) == ["c.1", "c.2"])
    }

    @Test func conditionsKeepShapeAndTypes() throws {
        let source =
            standardHeader + """
                contact age: number
                contact since: date
                capture ok: yesno
                start a
                step a {
                  if not (age >= 18 and since < "2024-01-01") or ok == yes -> b
                  if ok is set -> b
                  else -> b
                }
                step b { end }
                """
        let result = compileText(source)
        let machine = try #require(result.machine, "\(result.diagnostics)")
        let branch = try #require(machine.states.first)
        #expect(branch.transitions.count == 3)
        #expect(
            branch.transitions[0].condition
                == .or(
                    .not(
                        .and(
                            .compare(field: "age", op: .greaterOrEqual, value: Literal(type: .number, value: "18")),
                            .compare(field: "since", op: .less, value: Literal(type: .date, value: "2024-01-01")))),
                    .compare(field: "ok", op: .equal, value: Literal(type: .yesno, value: "yes"))))
        #expect(branch.transitions[1].condition == .isSet(field: "ok"))
        #expect(branch.transitions[2].kind == .otherwise)
    }
}

/// State IDs are written digit by digit into the string's storage; they read as `prefix.n`.
@Suite struct StateIDTests {
    @Test func idsAreThePrefixADotAndTheNumber() {
        for (prefix, n) in [
            ("s1", 1), ("intro", 9), ("intro", 10), ("on-objection", 99), ("s12345", 100_000),
            ("een_heel_lange_stapnaam_van_veertig_tekens", 1_234_567), ("x", Int(Int32.max)),
        ] {
            #expect(Lowering.stateID(prefix, n) == "\(prefix).\(n)")
        }
    }
}
