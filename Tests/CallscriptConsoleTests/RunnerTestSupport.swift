import CallscriptCompiler
import CallscriptConsole
import CallscriptMachine
import CallscriptTestSupport
import Foundation

@testable import CallscriptRuntime

/// The real Examples/energie-optin/winback.call, compiled and loaded, and sessions on it in
/// fresh data folders.
enum RunnerFixtures {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let today = CalendarDate(year: 2026, month: 11, day: 30)

    static func winback() throws -> LoadedMachine {
        let path = RepositoryPaths.examples.appendingPathComponent("energie-optin/winback.call").path
        let result = Compiler.compile(path: path, options: CompileOptions(checkDate: today))
        guard let machine = result.machine, !result.hasErrors else {
            throw Failure(description: "winback.call does not compile")
        }
        return try MachineLoader.load(machine, file: "winback.call", on: today)
    }

    static let anna = Contact(
        id: "K-1001", phone: "+31612345678",
        fields: ["voornaam": "Anna", "klant_tot": "2025-03-01", "jaarverbruik_kwh": "3100", "zonnepanelen": "yes"])

    static func session() throws -> (DataFolder, CallSession) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-runner-\(UUID().uuidString)")
        let data = DataFolder(root: root)
        let context = try CallContext(loaded: try winback(), contact: anna, agent: "Jan")
        let allowed = GateDecision(
            results: [GateResult(rule: "NL-GATE-HOURS", passed: true, reason: "test")], localTime: "test")
        let session = try CallSession.start(id: "call-1", context: context, gates: allowed, data: data)
        return (data, session)
    }
}

/// A terminal that plays back keys and lines and keeps every screen it was asked to draw.
struct ScriptedTerminal: AgentTerminal {
    var inputs: [String]
    var screens: [String] = []

    init(_ inputs: [String]) { self.inputs = inputs }

    mutating func draw(_ screen: String, inputPrompt: String?) { screens.append(screen + (inputPrompt ?? "")) }
    mutating func readKey() -> String? { inputs.isEmpty ? nil : inputs.removeFirst() }
    mutating func readLine() -> String? { inputs.isEmpty ? nil : inputs.removeFirst() }
}
