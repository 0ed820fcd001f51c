import CallscriptDiagnostics
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct ValidatorTests {
    func codes(_ machine: Machine) -> [String] { MachineValidator.validate(machine, file: "m.json").map(\.code) }

    @Test func handBuiltWinbackIsValid() {
        #expect(MachineValidator.validate(Fixtures.winback(), file: "m.json") == [])
    }

    @Test func everyCodeIsInTheMachineRange() {
        for code in DiagnosticCode.allMachineCodes {
            #expect(code.id >= "CS0300" && code.id <= "CS0399")
        }
        #expect(Set(DiagnosticCode.allMachineCodes.map(\.id)).count == DiagnosticCode.allMachineCodes.count)
    }

    @Test func danglingTargetIsNamed() {
        var m = Fixtures.winback()
        m.states[0].transitions = [.next("intro.9")]
        let found = MachineValidator.validate(m, file: "m.json")
        #expect(found.map(\.code) == ["CS0305"])
        #expect(found.first?.message == "state 'intro.1' goes to unknown state 'intro.9'")
        #expect(found.first?.range.start.line == 1)
    }

    @Test func duplicateStateAndMissingStart() {
        var m = Fixtures.winback()
        m.states[1].id = "intro.1"
        m.start = "nowhere.1"
        let found = codes(m)
        #expect(found.contains("CS0304"))
        #expect(found.contains("CS0306"))
    }

    @Test func handlerProblems() {
        var m = Fixtures.winback()
        m.handlers.append(Handler(event: "objektion", entry: "goodbye.1", source: .wholeFile("x")))
        m.handlers.append(Handler(event: "voicemail", entry: "gone.1", source: .wholeFile("x")))
        #expect(codes(m).filter { $0 == "CS0307" }.count == 3)
    }

    @Test func transitionsMustFitRole() {
        var m = Fixtures.winback()
        let end = m.states.firstIndex { $0.id == "goodbye.3" } ?? 0
        m.states[end].transitions = [.next("intro.1")]
        let ask = m.states.firstIndex { $0.id == "intro.2" } ?? 0
        m.states[ask].transitions.removeLast() // no "no" answer left
        let say = m.states.firstIndex { $0.id == "goodbye.2" } ?? 0
        m.states[say].transitions = []
        #expect(codes(m).filter { $0 == "CS0308" }.count == 3)
    }

    @Test func conditionDepthIsBounded() {
        var m = Fixtures.winback()
        var deep = Condition.isSet(field: "email")
        for _ in 0..<70 { deep = .not(deep) }
        let branch = m.states.firstIndex { $0.id == "offer.3" } ?? 0
        m.states[branch].transitions[0].condition = deep
        #expect(codes(m) == ["CS0309"])
    }

    @Test func fieldReferencesAndTypes() {
        var m = Fixtures.winback()
        let branch = m.states.firstIndex { $0.id == "offer.3" } ?? 0
        m.states[branch].transitions[0].condition = .and(
            .compare(field: "interest", op: .equal, value: Literal(type: .number, value: "3")),
            .isSet(field: "mood"))
        let callback = m.states.firstIndex { $0.id == "plan_callback.3" } ?? 0
        m.states[callback].field = "email"
        let capture = m.states.firstIndex { $0.id == "offer.2" } ?? 0
        m.states[capture].field = "first_name"
        let found = codes(m)
        #expect(found.filter { $0 == "CS0311" }.count == 3)
        #expect(found.filter { $0 == "CS0310" }.count == 1)
    }

    @Test func unknownPlaceholderAndMissingText() {
        var m = Fixtures.winback()
        m.states[0].text = "Goedemiddag {voornaam}"
        m.states[2].text = nil
        let found = codes(m)
        #expect(found.contains("CS0316"))
        #expect(found.contains("CS0317"))
    }

    @Test func silentLoopIsFound() {
        var b = MachineBuilder()
        b.capture("n", FieldType(.number))
        b.start = "a.1"
        b.line("a.1", .say, "Hallo", next: "a.2")
        b.branch("a.2", [(.isSet(field: "n"), "a.3")], otherwise: "a.3")
        b.branch("a.3", [(.isSet(field: "n"), "a.2")], otherwise: "a.4")
        b.terminal("a.4", .end)
        #expect(codes(b.build()) == ["CS0318"])
    }
}

@Suite struct LoaderTests {
    func load(_ data: Data) -> [String] {
        do {
            _ = try MachineLoader.load(data, file: "m.json", on: Fixtures.today)
            return []
        } catch {
            if case .machine(let errors) = error { return errors.diagnostics.map(\.code) }
            return ["other"]
        }
    }

    func json(_ machine: Machine) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(CanonicalJSON.pretty(machine))) as? [String: Any])
    }

    @Test func roundTripLoads() throws {
        let data = Data(CanonicalJSON.pretty(Fixtures.winback()))
        let loaded = try MachineLoader.load(data, file: "m.json", on: Fixtures.today)
        #expect(loaded.machine == Fixtures.winback())
        #expect(loaded.handlers.count == 4)
    }

    @Test func notJSON() { #expect(load(Data("{ nope".utf8)) == ["CS0300"]) }

    @Test func cutOffJSONSaysWhereNotAFoundationErrorNumber() {
        guard
            case .failure(let errors) = MachineDecoding.decode(
                Data(#"{"format": "callscript-machine", "#.utf8), file: "m.json")
        else {
            Issue.record("a cut-off machine file decoded")
            return
        }
        let note = errors.diagnostics.first?.notes.first ?? ""
        #expect(note == "machine JSON cannot be read: unexpected end of file in an object")
        #expect(errors.diagnostics.first?.range.start.column == 34) // the end of the file
        #expect(!note.contains("operation could not be completed"))
    }

    @Test func wrongFormatAndVersion() throws {
        var object = try json(Fixtures.winback())
        object["formatVersion"] = 3
        #expect(load(try JSONSerialization.data(withJSONObject: object)) == ["CS0302"])
        object["format"] = "something-else"
        #expect(load(try JSONSerialization.data(withJSONObject: object)) == ["CS0301"])
    }

    @Test func wrongTypeNamesTheEntry() throws {
        var object = try json(Fixtures.winback())
        var states = try #require(object["states"] as? [[String: Any]])
        states[2]["role"] = 7
        object["states"] = states
        do {
            _ = try MachineLoader.load(
                try JSONSerialization.data(withJSONObject: object), file: "m.json", on: Fixtures.today)
            Issue.record("loaded a mistyped machine")
        } catch {
            #expect(String(describing: error).contains("states[2].role"))
            #expect(String(describing: error).contains("CS0303"))
        }
    }

    @Test func digestMismatchIsRefused() throws {
        var m = Fixtures.winback()
        m.states[0].text = "Goedemiddag, met {agent} van {company}, namens {principal}."
        #expect(load(Data(CanonicalJSON.pretty(m))) == ["CS0313"])
    }

    @Test func danglingTargetRefusedOnLoad() throws {
        var m = Fixtures.winback()
        m.states[0].transitions = [.next("intro.9")]
        #expect(load(Data(CanonicalJSON.pretty(CanonicalJSON.sealed(m)))) == ["CS0305"])
    }

    @Test func unknownPolicyRefused() throws {
        var m = Fixtures.winback()
        m.script.policy = "xx-none"
        #expect(load(Data(CanonicalJSON.pretty(CanonicalJSON.sealed(m)))) == ["CS0315"])
    }
}

/// Every rule of a state's role, with its message, in the order the validator reports them.
@Suite struct RoleRuleMessageTests {
    @Test func everyRoleRuleSaysWhatIsWrong() {
        var m = Fixtures.winback()
        func state(_ id: String) -> Int { m.states.firstIndex { $0.id == id } ?? 0 }
        func answer(_ label: String?, _ answerClass: AnswerClass?) -> Transition {
            Transition(kind: .answer, label: label, answerClass: answerClass, target: "goodbye.1")
        }
        // A consent question: an answer without label or class, no "no", a "later", no purpose.
        let consent = state("send_offer.2")
        m.states[consent].role = .askConsent
        m.states[consent].purpose = nil
        m.states[consent].transitions = [answer("Ja", .yes), answer("", nil), answer("Later", .later)]
        // Questions with a next instead of answers, and with no transitions at all.
        m.states[state("intro.2")].transitions = [.next("goodbye.1")]
        m.states[state("goodbye.1")].role = .ask
        m.states[state("goodbye.1")].transitions = []
        // A branch without its else, one of its conditions missing.
        m.states[state("offer.3")].transitions = [
            Transition(kind: .condition, condition: .isSet(field: "email"), target: "goodbye.1"),
            Transition(kind: .condition, target: "goodbye.1"),
        ]
        // Lines with two nexts and with an answer; an end with a transition; a capture without field.
        m.states[state("offer.1")].transitions = [.next("goodbye.1"), .next("goodbye.2")]
        m.states[state("intro.purpose")].transitions = [answer("Ja", .yes)]
        m.states[state("goodbye.3")].transitions = [.next("goodbye.1")]
        m.states[state("on-complaint.1")].field = nil
        let found = MachineValidator.validate(m, file: "m.json").map { "\($0.code) \($0.message)" }
        #expect(
            found == [
                "CS0308 disclose state 'intro.purpose' must have exactly one next transition",
                "CS0308 question 'intro.2' must have only answer transitions, at least one",
                "CS0308 an answer of 'intro.2' has no label",
                "CS0308 every answer of 'intro.2' needs a class (yes, no, later)",
                "CS0308 'intro.2' needs at least one yes and one no answer",
                "CS0308 pitch state 'offer.1' must have exactly one next transition",
                "CS0308 branch 'offer.3' must have one or more conditions followed by one else",
                "CS0308 an answer of 'send_offer.2' has no label",
                "CS0308 every answer of 'send_offer.2' needs a class (yes, no)",
                "CS0308 'send_offer.2' needs at least one yes and one no answer",
                "CS0308 question 'send_offer.2' (ask-consent) cannot have a later answer",
                "CS0317 ask-consent state 'send_offer.2' has no consent purpose",
                "CS0308 question 'goodbye.1' must have only answer transitions, at least one",
                "CS0308 terminal state 'goodbye.3' (end) has transitions",
                "CS0317 capture state 'on-complaint.1' has no field",
            ])
    }
}
