import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript paths`: the generated tests pass as written and cover everything reachable.
@Suite struct ScriptTestPathsTests {
    static let examples = [
        "energie-optin/winback.call", "goede-doel/donateurs.call", "krant/abonnement.call", "telecom/upgrade.call",
    ]

    /// Generates the paths file for `script` into a temporary folder and runs it.
    static func generateAndRun(_ script: URL) throws -> (GeneratedPaths, ScriptTestFileResult) {
        let compiled = Compiler.compile(path: script.path)
        let machine = try #require(compiled.machine)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = PathsGenerator.generate(machine: machine, script: script.path)
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(
            source: SourceFile(path: folder.appendingPathComponent("paths.calltest").path, text: generated.text))
        return (generated, result)
    }

    @Test(arguments: examples)
    func generatedTestsPassAndCoverEverything(_ example: String) throws {
        let (generated, result) = try Self.generateAndRun(RepositoryPaths.examples.appendingPathComponent(example))
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.results.count == generated.tests)
        for r in result.results {
            #expect(r.failure == nil, "\(r.name): \(r.failure.map { "\($0.message); \($0.actual ?? "")" } ?? "")")
        }
        #expect(generated.todo == 0)
        let coverage = try #require(result.coverage)
        #expect(coverage.uncovered == [], "\(example)")
    }

    @Test func outputIsTheSameEveryTime() throws {
        let script = RepositoryPaths.examples.appendingPathComponent("krant/abonnement.call")
        let machine = try #require(Compiler.compile(path: script.path).machine)
        let a = PathsGenerator.generate(machine: machine, script: "../abonnement.call").text
        let b = PathsGenerator.generate(machine: machine, script: "../abonnement.call").text
        #expect(a == b)
        #expect(a.contains("script \"../abonnement.call\"\n"))
        #expect(a.contains("\ntest \"on objection\"\n  event objection"))
    }

    @Test func fewerTestsThanTargets() throws {
        let machine = try #require(
            Compiler.compile(path: ScriptTestFixtures.folder.appendingPathComponent("small.call").path).machine)
        let generated = PathsGenerator.generate(machine: machine, script: "small.call")
        // 5 answers + 2 condition outcomes + 2 handlers = 9 targets; the walks share them.
        #expect(generated.tests == 6)
        // The first walk takes `aanbod.2 → if punten >= 100` on its way, with the value it needs.
        #expect(generated.text.contains("test \"intro.3 → Ja\"\n  contact punten = 100\n"))
        #expect(generated.text.contains("  # aanbod.2: if punten >= 100\n"))
    }

    @Test func conditionThatCannotHoldBecomesACommentedTodo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // `bonus` is only reached with punten >= 100, so `punten < 50` there can never hold.
        let script = try String(
            contentsOf: ScriptTestFixtures.folder.appendingPathComponent("small.call"), encoding: .utf8
        )
        .replacingOccurrences(
            of: "  pitch \"Daarom krijgt u een bonus.\"\n  -> mail\n",
            with: """
                  pitch "Daarom krijgt u een bonus."
                  if punten < 50 -> raar
                  else -> mail
                }

                step raar {
                  say "Dit kan niet."
                  -> mail

                """)
        let url = folder.appendingPathComponent("small.call")
        try script.write(to: url, atomically: true, encoding: .utf8)
        let (generated, result) = try Self.generateAndRun(url)
        #expect(generated.todo == 1 && generated.impossible == 1)
        #expect(
            generated.text.contains(
                "# TODO choose data: no way here gives values that take this outcome\n"
                    + "#   where the call reaches bonus.2: punten can only be 100 or 101 (of the values tried)\n"
                    + "# test \"bonus.2 → if punten < 50\"\n"))
        #expect(result.passed)
        #expect(result.coverage?.uncovered == ["raar.1", "bonus.2 if punten < 50"])
    }
}

/// Large generated scripts: planning stays iterative and the generated tests still pass.
@Suite struct ScriptTestPathsScaleTests {
    @Test func largeScriptIsPlannedAndItsTestsPass() throws {
        let files = ScriptGenerator(steps: 300, seed: 7).generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GeneratedFiles.write(files, into: folder)
        let script = folder.appendingPathComponent(ScriptGenerator.mainFile)
        let machine = try #require(Compiler.compile(path: script.path).machine)
        let generated = PathsGenerator.generate(machine: machine, script: ScriptGenerator.mainFile)
        #expect(generated.tests > 0)
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options(filter: "on "))
        let result = suite.run(
            source: SourceFile(path: folder.appendingPathComponent("paths.calltest").path, text: generated.text))
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(!result.results.isEmpty)
        #expect(result.results.allSatisfy { $0.passed })
    }
}
