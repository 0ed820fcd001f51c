import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript paths` stays linear: the planner's work (states searched and walked, values
/// tried), not a clock, is compared between two sizes of the same generated script, so the
/// test fails when planning becomes quadratic again and never because the machine is busy.
@Suite struct ScriptTestPathsGrowthTests {
    /// The machine of a generated script written to a temporary folder.
    static func machine(_ files: [String: String]) throws -> Machine {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-paths-growth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GeneratedFiles.write(files, into: folder)
        let compiled = Compiler.compile(path: folder.appendingPathComponent(ScriptGenerator.mainFile).path)
        #expect(!compiled.hasErrors)
        return try #require(compiled.machine)
    }

    /// The survey's blocks all join again, so a few long walks cover it: four times the steps
    /// is about four times the work and the text, with the same number of tests and nothing
    /// left to do by hand. (Planning one shortest path per target made both grow sixteenfold.)
    @Test func surveyWorkAndTestsGrowLinearly() throws {
        let small = PathsGenerator.generate(
            machine: try Self.machine(SurveyGenerator(steps: 200, seed: 3).generate()), script: "s.call")
        let large = PathsGenerator.generate(
            machine: try Self.machine(SurveyGenerator(steps: 800, seed: 3).generate()), script: "s.call")
        #expect(small.todo == 0 && large.todo == 0)
        #expect(large.tests <= small.tests + 4, "\(small.tests) tests at 200 steps, \(large.tests) at 800")
        #expect(Double(large.work) <= 5.5 * Double(small.work), "work \(small.work) -> \(large.work)")
        #expect(Double(large.steps) <= 5.5 * Double(small.steps), "steps \(small.steps) -> \(large.steps)")
    }

    /// Every generated survey test passes and together they cover everything.
    @Test func surveyTestsPassAndCoverEverything() throws {
        let files = SurveyGenerator(steps: 120, seed: 5).generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-paths-survey-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GeneratedFiles.write(files, into: folder)
        let machine = try #require(
            Compiler.compile(path: folder.appendingPathComponent(ScriptGenerator.mainFile).path).machine)
        let generated = PathsGenerator.generate(machine: machine, script: ScriptGenerator.mainFile)
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(
            source: SourceFile(path: folder.appendingPathComponent("paths.calltest").path, text: generated.text))
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.results.count == generated.tests)
        #expect(result.results.allSatisfy { $0.passed })
        #expect(generated.todo == 0)
        #expect(result.coverage?.uncovered == [])
    }

    /// The campaign has an exit to the goodbye in about two steps of five, and each exit needs
    /// a conversation from the start of the call. Those conversations now continue an earlier
    /// test's call from a checkpoint (`from`), so what `paths` writes grows with the script, not
    /// with its square: four times the steps writes about six times the steps (it
    /// was sixteen times with one conversation per exit from the start).
    @Test func campaignOutputGrowsLinearlyWithCheckpoints() throws {
        func generate(_ steps: Int) throws -> GeneratedPaths {
            PathsGenerator.generate(
                machine: try Self.machine(ScriptGenerator(steps: steps, seed: 11).generate()), script: "c.call")
        }
        let (a, b) = (try generate(100), try generate(400))
        #expect(b.tests > a.tests)
        #expect(a.continuing > 0 && b.continuing * 10 >= b.tests * 8, "\(b.continuing) of \(b.tests) tests continue")
        #expect(Double(b.steps) <= 6.5 * Double(a.steps), "steps \(a.steps) -> \(b.steps)")
        #expect(
            Double(b.text.utf8.count) <= 6.5 * Double(a.text.utf8.count),
            "bytes \(a.text.utf8.count) -> \(b.text.utf8.count)")
    }

    /// Deeper in a long campaign every walk that reaches a branch can be one that ended there (it
    /// took the exit, with the capture that made it, asked in the walk it continues), and the
    /// `else` after it lies beyond every walk when it is first tried. Such seeds are tried again
    /// when a later walk passes their state, and branch off at a capture in the walks a walk
    /// continues, so the tests that start from the start of the call stay as few as at a
    /// quarter of the length and the file grows with the script (4.9 times, of which the two
    /// witness walks from the start at 1,600 steps a good part). Before, each was a walk from the
    /// start: 13 of 129 tests at 400 steps, 26 of 478 at 1,600, and the bytes grew 8.1 times.
    @Test func campaignTestsFromTheStartStayFew() throws {
        func generate(_ steps: Int) throws -> GeneratedPaths {
            PathsGenerator.generate(
                machine: try Self.machine(ScriptGenerator(steps: steps, seed: 42).generate()), script: "c.call")
        }
        let (a, b) = (try generate(400), try generate(1_600))
        let (fromStartA, fromStartB) = (a.tests - a.continuing, b.tests - b.continuing)
        #expect(
            fromStartB <= fromStartA + 4, "tests from the start: \(fromStartA) at 400 steps, \(fromStartB) at 1,600")
        #expect(
            Double(b.text.utf8.count) <= 6 * Double(a.text.utf8.count),
            "bytes \(a.text.utf8.count) -> \(b.text.utf8.count)")
        #expect(b.todo <= 4 * a.todo, "TODO \(a.todo) -> \(b.todo)")
    }
}
