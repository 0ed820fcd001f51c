import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptCalltest

/// `OutcomeProof`: outcomes that no way can give become a `TODO` at once, and the proof never
/// rules out one that a way can give (checked by hand-written scripts and against the searches
/// alone on generated ones).
@Suite struct OutcomeProofTests {
    /// The fixture script with its `bonus` step replaced by `steps`, and `capture interesse`
    /// declared.
    static func script(_ steps: String) throws -> String {
        try String(contentsOf: ScriptTestFixtures.folder.appendingPathComponent("small.call"), encoding: .utf8)
            .replacingOccurrences(
                of: "capture moment: datetime\n",
                with: "capture moment: datetime\ncapture interesse: choice(laag, hoog)\n"
            )
            .replacingOccurrences(
                of: "step bonus {\n  pitch \"Daarom krijgt u een bonus.\"\n  -> mail\n}\n", with: steps)
    }

    /// Writes `text` as a script into a temporary folder, generates its paths (with or without
    /// the proof) and runs them.
    static func generateAndRun(_ text: String, prove: Bool = true) throws -> (GeneratedPaths, ScriptTestFileResult) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-proof-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("small.call")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try run(url, folder: folder, prove: prove)
    }

    static func run(_ script: URL, folder: URL, prove: Bool) throws -> (GeneratedPaths, ScriptTestFileResult) {
        let compiled = Compiler.compile(path: script.path)
        #expect(!compiled.hasErrors, "\(compiled.diagnostics)")
        let machine = try #require(compiled.machine)
        let generated = PathsGenerator.generate(machine: machine, script: script.lastPathComponent, prove: prove)
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(
            source: SourceFile(path: folder.appendingPathComponent("paths.calltest").path, text: generated.text))
        return (generated, result)
    }

    /// `interesse == laag` sends the call away at `bonus`, and nothing asks it again before
    /// `nogmaals`, so there it can only be `hoog`: the TODO says so, without a search.
    @Test func aCaptureAnEarlierBranchFixedIsProvedImpossible() throws {
        let text = try Self.script(
            """
            step bonus {
              capture interesse "Hoe groot is uw interesse?"
              if interesse == laag -> afscheid
              else -> nogmaals
            }

            step nogmaals {
              pitch "Daarom krijgt u een bonus."
              if interesse == laag -> raar
              else -> mail
            }

            step raar {
              say "Dit kan niet."
              -> mail
            }

            """)
        let (generated, result) = try Self.generateAndRun(text)
        #expect(generated.todo == 1)
        #expect(generated.impossible == 1)
        #expect(
            generated.text.contains(
                "# TODO choose data: no way here gives values that take this outcome\n"
                    + "#   where the call reaches nogmaals.2: interesse can only be hoog (of the values tried)\n"
                    + "# test \"nogmaals.2 → if interesse == laag\"\n"))
        #expect(result.passed)
        #expect(result.coverage?.uncovered == ["raar.1", "nogmaals.2 if interesse == laag"])
        // The searches alone find no values either: the proof only saved the search.
        let (old, _) = try Self.generateAndRun(text, prove: false)
        #expect(old.todo == 1 && old.impossible == 0)
    }

    /// The same two branches, but one way between them asks `interesse` again: there it can be
    /// `laag`, so the proof must leave the outcome to the searches, which cover it.
    @Test func aCaptureAskedAgainOnOneWayIsNotRuledOut() throws {
        let text = try Self.script(
            """
            step bonus {
              capture interesse "Hoe groot is uw interesse?"
              if interesse == laag -> afscheid
              else -> twijfel
            }

            step twijfel {
              ask "Wilt u er nog even over nadenken?" {
                "Ja"  -> opnieuw
                "Nee" -> nogmaals
              }
            }

            step opnieuw {
              capture interesse "Hoe groot is uw interesse nu?"
              -> nogmaals
            }

            step nogmaals {
              pitch "Daarom krijgt u een bonus."
              if interesse == laag -> zeldzaam
              else -> mail
            }

            step zeldzaam {
              say "Dan stuur ik u alleen de folder."
              -> mail
            }

            """)
        let (generated, result) = try Self.generateAndRun(text)
        #expect(generated.todo == 0 && generated.impossible == 0)
        #expect(result.passed)
        #expect(result.coverage?.uncovered == [])
    }

    /// Generated campaigns and surveys of a few sizes and seeds: with the proof, `paths` covers
    /// every target the searches alone cover (and, on campaigns, more), and its tests pass.
    @Test(arguments: [(60, 1), (80, 5), (120, 9), (150, 42)])
    func neverCoversLessThanTheSearchesAlone(_ steps: Int, _ seed: UInt64) throws {
        for files in [
            ScriptGenerator(steps: steps, seed: seed).generate(), SurveyGenerator(steps: steps, seed: seed).generate(),
        ] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "callscript-proof-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try GeneratedFiles.write(files, into: folder)
            let script = folder.appendingPathComponent(ScriptGenerator.mainFile)
            let (old, oldResult) = try Self.run(script, folder: folder, prove: false)
            let (new, newResult) = try Self.run(script, folder: folder, prove: true)
            #expect(oldResult.passed && newResult.passed, "\(steps) steps, seed \(seed)")
            let (before, after) = (Set(oldResult.coverage?.uncovered ?? []), Set(newResult.coverage?.uncovered ?? []))
            #expect(after.isSubset(of: before), "newly uncovered: \(after.subtracting(before).sorted())")
            #expect(new.todo <= old.todo)
            #expect(new.impossible <= old.todo)
        }
    }
}
