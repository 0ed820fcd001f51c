import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptCalltest

/// The allowances that keep `paths` linear: a target past them is not lost but written as a
/// `TODO` that says it was not searched, with the test it would have been, and the file still
/// runs as a script test file.
@Suite struct PathsAllowanceTests {
    static let marker = "# TODO choose data: not searched"

    @Test func targetsPastTheSearchAllowanceSayTheyWereNotSearched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-paths-allowance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GeneratedFiles.write(ScriptGenerator(steps: 100, seed: 11).generate(), into: folder)
        let compiled = Compiler.compile(path: folder.appendingPathComponent(ScriptGenerator.mainFile).path)
        let machine = try #require(compiled.machine)
        let script = ScriptGenerator.mainFile
        let standard = PathsGenerator.generate(machine: machine, script: script, prove: true)
        let none = PathsGenerator.generate(
            machine: machine, script: script, prove: true, allowances: .init(search: (perState: 0, least: 0)))
        #expect(!standard.text.contains(Self.marker))
        let notSearched = none.text.components(separatedBy: Self.marker).count - 1
        #expect(notSearched > 0, "no target was left unsearched")
        // Fewer searches mean more TODOs and fewer tests, never a target dropped.
        #expect(none.todo >= standard.todo && none.todo >= notSearched)
        #expect(none.tests <= standard.tests)
        // Each such TODO names the test that was not written, on the next lines.
        for block in none.text.components(separatedBy: Self.marker).dropFirst() {
            #expect(block.contains("\n# test \""), "\(block.prefix(300))")
        }
        // What was written still runs, and passes.
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(
            source: SourceFile(path: folder.appendingPathComponent("paths.calltest").path, text: none.text))
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.results.count == none.tests)
        #expect(result.results.allSatisfy { $0.passed })
    }

    @Test func withoutWalksFromTheStartFewerTargetsAreTakenAndTheRestAreTodos() throws {
        let machine = try ScriptTestPathsGrowthTests.machine(ScriptGenerator(steps: 40, seed: 5).generate())
        let standard = PathsGenerator.generate(machine: machine, script: "c.call", prove: true)
        let none = PathsGenerator.generate(
            machine: machine, script: "c.call", prove: true,
            allowances: .init(search: (perState: 0, least: 0), start: (perState: 0, least: 0)))
        #expect(none.tests < standard.tests)
        #expect(none.todo > standard.todo)
        #expect(none.text.contains(Self.marker))
    }
}
