import CallscriptCalltest
import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// `checkpoint "name"` and `from "name"`: a test that continues another test's call gives
/// exactly what playing the whole conversation from the start gives, without playing it again.
@Suite struct ScriptTestCheckpointTests {
    static let header = "script \"small.call\"\ncontact naam = \"Jan\"\ncontact punten = 120\n"

    /// Runs `text` as a test file next to the fixtures' `small.call`, keeping the records.
    static func run(_ text: String, filter: String? = nil, in folder: URL = ScriptTestFixtures.folder)
        -> ScriptTestFileResult
    {
        var options = ScriptTestFixtures.options(filter: filter)
        options.keepRecords = true
        var suite = ScriptTestSuite(options: options)
        return suite.run(source: SourceFile(path: folder.appendingPathComponent("cp.calltest").path, text: text))
    }

    @Test func aContinuingTestStartsWhereTheCheckpointWas() {
        let result = Self.run(
            Self.header + """
                test "ja"
                  answer "Ja"
                  expect pitch "120 punten"
                  checkpoint "na het aanbod"
                  capture email = "jan@voorbeeld.nl"
                  answer "Ja"
                  expect consent "nieuwsbrief"
                  expect outcome end

                test "ja, maar geen nieuwsbrief"
                  from "na het aanbod"
                  capture email = "jan@voorbeeld.nl"
                  answer "Nee"
                  expect no consent
                  expect no line terugbellen.1
                  expect outcome end

                test "het aanbod van voor het checkpoint telt mee"
                  from "na het aanbod"
                  expect no line aanbod.1
                """)
        #expect(result.diagnostics == [])
        #expect(
            result.results.map(\.name) == [
                "ja", "ja, maar geen nieuwsbrief", "het aanbod van voor het checkpoint telt mee",
            ])
        #expect(result.results.prefix(2).allSatisfy { $0.passed })
        #expect(result.results.last?.failure?.actual == "aanbod.1 was shown")
        // The consent of the first test is not in the second: each continues from the records
        // as they stood at the checkpoint.
        let records = result.results.compactMap(\.records)
        #expect(records.count == 3 && records[0].files[1].contains("nieuwsbrief") && records[1].files[1].isEmpty)
    }

    @Test func aFailureInTheContinuationShowsTheWholeCallSoFar() {
        let result = Self.run(
            Self.header + """
                test "ja"
                  answer "Ja"
                  checkpoint "ja gezegd"
                  expect outcome end

                test "verkeerd"
                  from "ja gezegd"
                  expect outcome callback
                """)
        let failure = result.results.last?.failure
        #expect(failure?.message == "expected outcome callback")
        #expect(failure?.range.start.line == 11)
        #expect(failure?.transcript.first?.hasPrefix("intro.1 identify") == true)
        #expect(failure?.transcript.contains("answer \"Ja\"") == true)
    }

    @Test func anOriginThatFailsBeforeTheCheckpointLeavesItsContinuationsNotRun() {
        let result = Self.run(
            Self.header + """
                test "mislukt"
                  answer "Nee"
                  expect pitch
                  checkpoint "aanbod"
                  expect outcome end

                test "verder"
                  from "aanbod"
                  expect outcome end

                test "nog verder"
                  from "aanbod"
                  checkpoint "dieper"
                  expect outcome end

                test "het diepst"
                  from "dieper"
                  expect outcome end
                """)
        let byName = Dictionary(uniqueKeysWithValues: result.results.map { ($0.name, $0) })
        #expect(byName["mislukt"]?.failure != nil)
        #expect(byName["verder"]?.failure == nil)
        #expect(byName["verder"]?.notRun?.contains("test 'mislukt' did not reach checkpoint 'aanbod'") == true)
        #expect(byName["verder"]?.notRun?.contains("it failed at line 6") == true)
        #expect(byName["verder"]?.notRun?.contains("cp.calltest:7)") == true)
        #expect(byName["het diepst"]?.notRun?.contains("it did not run either") == true)
        #expect(result.failedCount == 1 && result.notRunCount == 3 && !result.passed)
        let report = ScriptTestReport().render(result)
        #expect(report.contains("  - verder (not run)\n"))
        #expect(ScriptTestReport().summary([result]).contains("4 tests in 1 file: 0 passed, 1 failed, 3 not run"))
        #expect(JUnitReport.render([result]).contains("<skipped message=\"not run: test &apos;mislukt&apos;"))
    }

    /// A filter that picks only the continuing test still plays its origin up to the checkpoint.
    @Test func theFilterRunsTheOriginUpToTheCheckpointWithoutReportingIt() {
        let result = Self.run(
            Self.header + """
                test "eerste"
                  answer "Ja"
                  checkpoint "ja"
                  expect outcome callback

                test "tweede"
                  from "ja"
                  capture email = "jan@voorbeeld.nl"
                  answer "Nee"
                  expect outcome end
                """, filter: "tweede")
        #expect(result.results.map(\.name) == ["tweede"])
        #expect(result.results.first?.passed == true)
    }

    @Test func checkpointMistakesAreDiagnosed() {
        let (_, diagnostics) = ScriptTestFixtures.parse(
            """
            script "small.call"
            from "te vroeg"
            test "a"
              answer "Ja"
              checkpoint "x"
              checkpoint "x"
              from "te laat"
            test "b"
              from "y"
              contact naam = "Piet"
            test "c"
              now "2026-09-14T10:00"
              from "x"
            test "d"
              from "x"
              from "x"
            test "e"
              from "bestaat niet"
            test "f"
              from "f-punt"
              checkpoint "f-punt"
            test "g"
              from "h-punt"
              checkpoint "g-punt"
            test "h"
              from "g-punt"
              checkpoint "h-punt"
            test "i"
              capture email = "x"
              checkpoint "i-punt"
              expect refused
            """)
        #expect(
            diagnostics == [
                "2:1: error: 'from' before the first test [CT0006]",
                "6:14: error: duplicate checkpoint 'x' [CT0012]",
                "7:3: error: 'from' after the first step of test 'a' [CT0006]",
                "9:3: error: test 'b' continues unknown checkpoint 'y' [CT0011]",
                "10:3: error: 'contact' in test 'b', which continues the call at checkpoint 'y' [CT0014]",
                "12:3: error: 'now' in test 'c', which continues the call at checkpoint 'x' [CT0014]",
                "16:8: error: test 'd' continues two calls [CT0005]",
                "18:3: error: test 'e' continues unknown checkpoint 'bestaat niet' [CT0011]",
                "20:3: error: test 'f' continues its own checkpoint [CT0013]",
                "23:3: error: tests continue each other in a cycle: 'g' -> 'h' -> 'g' [CT0013]",
                "31:3: error: 'expect refused' right after a checkpoint [CT0006]",
            ])
    }

    /// On generated scripts, every test `paths` writes with `from` gives exactly what the same
    /// conversation played from the start gives: the verdict, the failure, the conversation so
    /// far, the records, and the audit entries from the checkpoint on. Each test is also run
    /// once more with a changed expectation at its end, so failures are compared too.
    @Test(arguments: [("campaign", 7), ("campaign", 19), ("survey", 5)] as [(String, UInt64)])
    func continuingIsTheSameAsPlayingFromTheStart(_ shape: String, _ seed: UInt64) throws {
        let files =
            shape == "survey"
            ? SurveyGenerator(steps: 24, seed: seed).generate() : ScriptGenerator(steps: 30, seed: seed).generate()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-cp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GeneratedFiles.write(files, into: folder)
        let machine = try #require(
            Compiler.compile(path: folder.appendingPathComponent(ScriptGenerator.mainFile).path).machine)
        let generated = PathsGenerator.generate(machine: machine, script: ScriptGenerator.mainFile)
        #expect(generated.continuing > 0)
        for variant in [generated.text, Self.breakingLastLines(generated.text)] {
            let continuing = Self.run(variant, in: folder)
            let replayed = Self.run(try Self.playedFromTheStart(variant), in: folder)
            #expect(continuing.diagnostics.filter { $0.severity == .error } == [])
            #expect(replayed.diagnostics.filter { $0.severity == .error } == [])
            #expect(continuing.results.count == replayed.results.count)
            let parsed = try #require(ScriptTestParser.parse(SourceFile(path: "p.calltest", text: variant)).file)
            for (k, (a, b)) in zip(continuing.results, replayed.results).enumerated() {
                #expect(a.name == b.name)
                #expect(a.passed == b.passed, "\(a.name)")
                #expect(a.failure?.message == b.failure?.message, "\(a.name)")
                #expect(a.failure?.expected == b.failure?.expected, "\(a.name)")
                #expect(a.failure?.actual == b.failure?.actual, "\(a.name)")
                #expect(a.failure?.transcript == b.failure?.transcript, "\(a.name)")
                #expect(a.records?.files == b.records?.files, "\(a.name)")
                let ownAudit = a.records?.audit ?? []
                let fullAudit = b.records?.audit ?? []
                if parsed.tests[k].from == nil {
                    #expect(ownAudit == fullAudit, "\(a.name)")
                } else {
                    #expect(!ownAudit.isEmpty && Array(fullAudit.suffix(ownAudit.count)) == ownAudit, "\(a.name)")
                }
            }
        }
    }

    /// The file with its last expectation of every test changed to one that fails.
    static func breakingLastLines(_ text: String) -> String {
        text.replacingOccurrences(of: "  expect outcome end\n", with: "  expect outcome hangup\n")
    }

    /// The same tests without checkpoints: each continuing test written out from the start of
    /// its call (the settings and steps of the tests it continues, up to the checkpoint).
    static func playedFromTheStart(_ text: String) throws -> String {
        let file = try #require(ScriptTestParser.parse(SourceFile(path: "p.calltest", text: text)).file)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func line(_ range: SourceRange) -> String { lines[range.start.line - 1] }
        func steps(_ k: Int, upTo limit: Int) -> [String] {
            let test = file.tests[k]
            let own = test.steps.prefix(limit).filter {
                if case .checkpoint = $0.action { false } else { true }
            }.map { line($0.range) }
            guard let origin = test.from else { return own }
            return steps(origin.test, upTo: origin.step) + own
        }
        func root(_ k: Int) -> Int { file.tests[k].from.map { root($0.test) } ?? k }
        let firstTest = file.tests.map(\.range.start.line).min() ?? 1
        var out = lines[0..<(firstTest - 1)].joined(separator: "\n") + "\n"
        for (k, test) in file.tests.enumerated() {
            out += line(test.range) + "\n"
            let start = file.tests[root(k)]
            let firstStep = start.steps.first?.range.start.line ?? start.range.start.line + 1
            for n in start.range.start.line..<(firstStep - 1) { out += lines[n] + "\n" }
            out += steps(k, upTo: test.steps.count).joined(separator: "\n") + "\n\n"
        }
        return out
    }
}
