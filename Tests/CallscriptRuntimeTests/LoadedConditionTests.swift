import CallscriptMachine
import Testing

@testable import CallscriptRuntime

/// Each `if` literal is read as a value once, when the machine is loaded; branches compare values.
@Suite struct LoadedConditionTests {
    private func position(_ id: String, in loaded: LoadedMachine) throws -> Int {
        try #require(loaded.index.index(of: id))
    }

    @Test func theLoadedMachineHoldsEachLiteralAsAValue() throws {
        let loaded = try Fixtures.loaded()
        let branch = try position("offer.3", in: loaded)
        let interest = FieldType(.choice, choices: ["low", "medium", "high"])
        #expect(
            loaded.conditions[branch] == [
                .compare(
                    field: "interest", op: .equal, constant: FieldValue(kind: .choice, text: "low"), type: interest),
                nil,
            ])
        // States without conditions hold none.
        #expect(loaded.conditions[try position("intro.2", in: loaded)] == [nil, nil, nil])
    }

    @Test func literalsAreReadInTheirCanonicalForm() throws {
        var machine = Fixtures.winback()
        let branch = try #require(machine.states.firstIndex { $0.id == "offer.3" })
        let literal = Literal(type: .date, value: " 2019-05-01 ")
        machine.states[branch].transitions[0].condition = .and(
            .compare(field: "customer_since", op: .less, value: literal), .not(.isSet(field: "email")))
        let loaded = try #require(MachineLoader.unverified(CanonicalJSON.sealed(machine)))
        guard case .and(.compare(_, _, let constant, let type), .not(.isSet("email"))) = loaded.conditions[branch][0]
        else {
            Issue.record("condition not compiled as written: \(String(describing: loaded.conditions[branch][0]))")
            return
        }
        #expect(constant == FieldValue(kind: .date, text: "2019-05-01"))
        #expect(type == FieldType(.date))
    }

    @Test func aLiteralThatIsNoValueNeverHolds() throws {
        let fields = ["interest": Field(name: "interest", origin: .capture, type: FieldType(.choice, choices: ["low"]))]
        let condition = Condition.compare(
            field: "interest", op: .notEqual, value: Literal(type: .choice, value: "enormous"))
        let compiled = ConditionEvaluator.compile(condition, fields: fields)
        #expect(
            compiled
                == .compare(field: "interest", op: .notEqual, constant: nil, type: FieldType(.choice, choices: ["low"]))
        )
        #expect(!compiled.evaluate { _ in FieldValue(kind: .choice, text: "low") })
        // The same verdict as evaluating the bare condition.
        #expect(
            !ConditionEvaluator.evaluate(
                condition, values: ["interest": FieldValue(kind: .choice, text: "low")], fields: fields))
    }
}
