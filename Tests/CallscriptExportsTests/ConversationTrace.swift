import CallscriptCalltest
import CallscriptExports
import CallscriptMachine
import CallscriptRuntime

/// One conversation of a `.calltest` file as callscript's own step function (the runtime's
/// `Stepper`) runs it: the SCXML event for each input and the machine states that input passed.
struct ConversationTrace: Encodable {
    struct Input: Encodable {
        var event: String
        /// Python literals (the export's data model).
        var data: [String: String]
        var states: [String]
    }

    var scxml: String
    var name: String
    var inputs: [Input]
    var outcome: String?

    enum Problem: Error, CustomStringConvertible {
        case stuck(String)
        var description: String {
            switch self {
            case .stuck(let s): s
            }
        }
    }

    /// Test `k` of `file` as one call from its start: a test that continues another's call
    /// (`from "checkpoint"`) gets the settings and steps of the tests it continues, up to the
    /// checkpoint, before its own.
    static func wholeCall(_ k: Int, in file: ScriptTestFile) -> ScriptTestCase {
        var test = file.tests[k]
        while let origin = test.from {
            let earlier = file.tests[origin.test]
            test.steps = Array(earlier.steps.prefix(origin.step)) + test.steps
            test.settings = earlier.settings
            test.from = earlier.from
        }
        return test
    }

    /// Runs `test` on `loaded` the way `callscript test` reads a generated path: `expect line`
    /// and `expect outcome` read on through lines, `answer` and `capture` read on to their prompt.
    init(test: ScriptTestCase, settings: TestSettings, loaded: LoadedMachine, scxml: String) throws {
        let machine = loaded.machine
        var fields: [String: String] = [:]
        for (name, value) in settings.overridden(by: test.settings).contact { fields[name] = value.text }
        let context = try CallContext(
            loaded: loaded, contact: Contact(id: "K-1", phone: "+31612345678", fields: fields), agent: "Sanne")
        self.scxml = scxml
        self.name = test.name
        let types = Dictionary(machine.fields.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        let start = Stepper.start(context)
        var startData: [String: String] = [:]
        for field in machine.fields where field.origin == .contact {
            let value = context.contactValues[field.name].flatMap { SCXMLDataModel.python($0.text, as: field.type) }
            startData[SCXMLDataModel.identifierSafe(field.name)] = value ?? "None"
        }
        var inputs = [Input(event: SCXMLEvents.start, data: startData, states: Self.states(start.effects, machine))]
        var state = start.state

        func send(_ input: SessionInput, _ event: String, _ data: [String: String] = [:]) throws {
            let result = try Stepper.step(state, input, context)
            state = result.state
            inputs.append(Input(event: event, data: data, states: Self.states(result.effects, machine)))
        }
        func readOn(until done: (Prompt) -> Bool) throws {
            var guardCount = 0
            while !done(Stepper.prompt(state, context)), case .line = Stepper.prompt(state, context) {
                try send(.continue, SCXMLEvents.next)
                guardCount += 1
                if guardCount > machine.states.count + 1 { throw Problem.stuck("\(test.name): reading on never ends") }
            }
        }
        for step in test.steps {
            switch step.action {
            case .continue:
                try send(.continue, SCXMLEvents.next)
            case .answer(let choice):
                try readOn { if case .question = $0 { true } else { false } }
                guard case .question(let id, _, _, let answers) = Stepper.prompt(state, context),
                    let position = machine.states.firstIndex(where: { $0.id == id }),
                    case .success(let i) = AnswerResolver.resolve(choice, among: answers)
                else { throw Problem.stuck("\(test.name): \(step.text): no such answer") }
                try send(.answer(i), SCXMLEvents.answers(machine.states[position].transitions)[i][0])
            case .capture(let field, let value):
                try readOn { if case .capture = $0 { true } else { false } }
                try send(.capture(value), SCXMLEvents.capture(field))
                let stored = state.captures[field] ?? value
                inputs[inputs.count - 1].data = [
                    "value": types[field].flatMap { SCXMLDataModel.python(stored, as: $0) } ?? "None"
                ]
            case .event(let event):
                try send(.event(event), event.rawValue)
            case .expect(.line(let id)):
                try readOn { if case .line(let shown, _, _) = $0 { shown == id } else { false } }
            case .expect(.outcome):
                try readOn { if case .ended = $0 { true } else { false } }
            case .expect, .checkpoint:
                break
            }
        }
        self.inputs = inputs
        if case .ended(let outcome) = Stepper.prompt(state, context) { self.outcome = outcome.kind.rawValue }
    }

    /// The machine states a step passed, in order, as its effects report them.
    static func states(_ effects: [Effect], _ machine: Machine) -> [String] {
        var out: [String] = []
        for effect in effects {
            switch effect {
            case .shown(let s, _, _), .branched(let s, _): out.append(s)
            case .recordObjection(let s?): out.append(s)
            case .ended(let outcome):
                // Terminals are passed in the step that ends; `transfer optout` was shown already.
                if let s = outcome.state, let role = machine.states.first(where: { $0.id == s })?.role,
                    role == .end || role == .hangup || role == .callback
                {
                    out.append(s)
                }
            default: break
            }
        }
        return out
    }
}
