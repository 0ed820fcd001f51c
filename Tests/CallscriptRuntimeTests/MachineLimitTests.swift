import CallscriptDiagnostics
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// Machine files and contact files over a documented limit are refused with a clear error
/// before they can cost much memory.
@Suite struct MachineLimitTests {
    @Test func limitsAreTheDocumentedOnes() {
        #expect(MachineLimits.maximumBytes == 1 << 30)
        #expect(MachineLimits.maximumStates == 1_000_000)
        #expect(MachineLimits.maximumTransitions == 64)
        #expect(DiagnosticCode.allMachineLimitCodes.map(\.id) == ["CS0420", "CS0421", "CS0422"])
        #expect(Contact.maximumFileBytes == 1 << 20)
    }

    @Test func stateWithTooManyTransitionsIsRefused() {
        var machine = Fixtures.winback()
        let target = machine.states[0].id
        machine.states[0].transitions = (0..<65).map { _ in Transition(kind: .next, target: target) }
        let problems = MachineValidator.validate(machine, file: "m.json")
        #expect(problems.map { $0.code } == ["CS0422"])
        #expect(problems.first?.message.contains("65 transitions, more than the limit of 64") == true)
    }

    @Test func oversizedContactFileIsRefused() {
        let padding = String(repeating: " ", count: Contact.maximumFileBytes)
        let data = Data("{\"id\": \"K-1\", \"phone\": \"+31612345678\"\(padding)}".utf8)
        #expect(throws: RuntimeError.self) { try Contact.decode(data, file: "groot.json") }
        do {
            _ = try Contact.decode(data, file: "groot.json")
        } catch {
            #expect(error.description.contains("larger than 1024 KiB"))
        }
    }
}
