import CallscriptCompiler
import CallscriptGenerator
import CallscriptMachine
import Foundation
import Testing

/// The driver times every phase on the compiling thread and for the whole process; the bench's
/// growth rows read the process's time, which holds the verifier's rules proved on other threads.
@Suite struct PhaseTimingTests {
    @Test func everyPhaseIsTimedForTheThreadAndTheProcess() throws {
        let files = ScriptGenerator(steps: 300, seed: 7).generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("phase-timing-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try GeneratedFiles.write(files, into: folder)
        let result = Compiler.compile(
            path: path, options: CompileOptions(checkDate: CalendarDate(year: 2026, month: 3, day: 1)))
        #expect(!result.hasErrors)
        let phases = result.timings.map(\.phase)
        for phase in ["load", "check", "flow", "lower", "verify"] { #expect(phases.contains(phase), "\(phase)") }
        // Both clocks are read: a compilation of 300 steps takes some CPU time on each.
        #expect(result.timings.reduce(Duration.zero) { $0 + $1.cpu } > .zero)
        #expect(result.timings.reduce(Duration.zero) { $0 + $1.processCPU } > .zero)
        for timing in result.timings {
            // The process's clock counts this thread too, so it never shows less, but for the
            // few microseconds the two clocks are read apart (seen: 3.3 us against 3.7 us).
            #expect(
                timing.processCPU + .milliseconds(1) >= timing.cpu,
                "\(timing.phase): \(timing.processCPU) < \(timing.cpu)")
            #expect(timing.cpu >= .zero)
        }
    }
}
