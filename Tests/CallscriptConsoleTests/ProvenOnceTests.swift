import CallscriptCompiler
import CallscriptCompliance
import CallscriptConsole
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptRuntime

/// A script compiled and proven in this process is loaded without a second proof: the proven
/// machine carries its proof, and the loader that takes it has no date to prove it on.
@Suite struct ProvenOnceTests {
    /// The compiler's winback.call fixture for former customers: fine until 30 June 2026, refused by NL-CUSTOMER-EXCEPTION
    /// from 1 July 2026 (energy is not an exempt sector).
    private func customersScript() throws -> URL {
        let source = try String(
            contentsOf: RepositoryPaths.root().appendingPathComponent(
                "Tests/CallscriptCompilerTests/Fixtures/valid/winback.call"),
            encoding: .utf8)
        // The fixture predates NL-PURPOSE (an error since December 2026): state the purpose too.
        let changed = source.replacingOccurrences(of: "audience opt-in", with: "audience customers 36 months")
            .replacingOccurrences(
                of: "  ask convenient \"Komt het u nu gelegen?\" {",
                with:
                    "  disclose purpose \"Ik bel u over uw energiecontract.\"\n  ask convenient \"Komt het u nu gelegen?\" {"
            )
        #expect(changed != source)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("proven-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("winback.call")
        try changed.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aCompiledMachineIsLoadedWithoutBeingProvenAgain() throws {
        let url = try customersScript()
        let june = CalendarDate(year: 2026, month: 6, day: 30)
        let july = CalendarDate(year: 2026, month: 7, day: 2)
        let result = Compiler.compile(path: url.path, options: CompileOptions(checkDate: june))
        let proven = try #require(result.proven, "\(result.diagnostics)")
        #expect(proven.checkDate == june)
        #expect(proven.machine == result.machine)

        // Proving it again on a later day refuses it; the proven machine keeps its own proof.
        #expect(throws: RuntimeError.self) { try MachineLoader.load(proven.machine, file: "winback.call", on: july) }
        let loaded = try MachineLoader.load(proven, file: "winback.call")
        #expect(loaded.machine == proven.machine)
        #expect(loaded.warnings == proven.warnings)
        #expect(loaded.index.count == proven.index.count)
    }

    @Test func aScriptWithErrorsHasNoProvenMachine() throws {
        let url = try customersScript()
        let result = Compiler.compile(
            path: url.path, options: CompileOptions(checkDate: CalendarDate(year: 2026, month: 7, day: 2)))
        #expect(result.hasErrors)
        #expect(result.machine != nil, "compliance errors still lower")
        #expect(result.proven == nil)
        let unsealed = Compiler.compile(
            path: url.path, options: CompileOptions(checkDate: CalendarDate(year: 2026, month: 6, day: 30), seal: false)
        )
        #expect(unsealed.proven == nil, "an unsealed machine cannot be run, so it is not handed on")
    }

    @Test func runLoadsTheCompiledScriptOnTheDayItWasProvenOn() throws {
        let url = try customersScript()
        let loaded = try CallSetup.loadMachine(url.path, on: CalendarDate(year: 2026, month: 6, day: 30))
        #expect(loaded.machine.script.audience == .customers(months: 36))
        #expect(throws: RunnerFailure.self) {
            try CallSetup.loadMachine(url.path, on: CalendarDate(year: 2026, month: 7, day: 2))
        }
    }
}
