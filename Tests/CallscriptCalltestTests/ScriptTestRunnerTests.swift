import CallscriptCalltest
import CallscriptDiagnostics
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Running `.calltest` files on the real runtime: passing tests, each kind of failure with a
/// clear message at the right line, names checked against the script, coverage and JUnit.
@Suite struct ScriptTestRunnerTests {
    @Test func passingFixturePasses() throws {
        let (result, _) = try ScriptTestFixtures.run("passing.calltest")
        #expect(result.diagnostics == [])
        #expect(
            result.results.map(\.name) == [
                "ja, geen bonus, toestemming", "later: terugbellen", "bonus en een geweigerd e-mailadres",
                "bezwaar", "ophangen",
            ])
        for r in result.results { #expect(r.failure == nil, "\(r.name): \(r.failure?.message ?? "")") }
        #expect(result.passed)
    }

    /// Each test of `failing.calltest` fails on the line marked "fails here", with this message.
    static let failures: [(String, String, String?)] = [
        (
            "wrong line", "expected line bonus.1",
            "the call waits for the capture of 'email' at mail.1 (read on from aanbod.1)"
        ),
        ("wrong text", "expected text \"Goedemorgen\"", nil),
        ("wrong role", "expected a pitch line", nil),
        (
            "no such answer", "question intro.3 has no answer \"Misschien\"",
            "answers: 1. \"Ja\", 2. \"Later\", 3. \"Nee\""
        ),
        ("capture where a question waits", "expected the capture of 'email'", nil),
        (
            "refused capture", "capture of 'email' at mail.1 was refused",
            "email: 'geen-adres' is not an e-mail address (write e.g. naam@voorbeeld.nl)"
        ),
        ("accepted capture expected refused", "expected the previous capture to be refused, but it was accepted", nil),
        (
            "wrong outcome", "expected outcome callback",
            "the call ended with outcome end (afscheid.3) (read on from afscheid.1, afscheid.2)"
        ),
        ("consent not given", "expected consent \"nieuwsbrief\" recorded", nil),
        ("objection not recorded", "expected objection recorded", nil),
        ("callback at another time", "expected callback planned at 2026-09-16T19:30", nil),
        ("a pitch that must not be", "expected no pitch line", "pitch aanbod.1 was shown"),
        (
            "event after the end", "cannot raise objection: the call has already ended",
            "the call ended with outcome end (afscheid.3)"
        ),
        ("continue at a question", "cannot continue: no line is on screen", nil),
        ("gates refuse", "the gates refused the call", nil),
        (
            "gates pass with consent on record", "expected the gates to refuse the call, but it started",
            "all gates passed"
        ),
    ]

    @Test func eachKindOfFailureIsReportedAtItsLine() throws {
        let (result, _) = try ScriptTestFixtures.run("failing.calltest")
        #expect(result.diagnostics == [])
        let source = try ScriptTestFixtures.source("failing.calltest")
        let byName = Dictionary(uniqueKeysWithValues: result.results.map { ($0.name, $0) })
        for (name, message, actual) in Self.failures {
            let failure = try #require(byName[name]?.failure, "test '\(name)' should fail")
            #expect(failure.message == message, "\(name)")
            if let actual { #expect(failure.actual == actual, "\(name)") }
            #expect(
                source.lineText(failure.range.start.line).contains("# fails here"),
                "\(name) failed at line \(failure.range.start.line)")
        }
        #expect(byName["gates refuse as expected"]?.passed == true)
        #expect(result.failedCount == Self.failures.count)
    }

    @Test func failureKeepsTheConversationSoFar() throws {
        let (result, _) = try ScriptTestFixtures.run("failing.calltest", filter: "wrong outcome")
        let failure = try #require(result.results.first?.failure)
        #expect(
            failure.transcript.first == "intro.1 identify \"Goedemiddag Jan, u spreekt met Agent van Testbel B.V.\"")
        #expect(failure.transcript.contains("answer \"Nee\""))
        #expect(failure.transcript.last == "the call ended with outcome end (afscheid.3)")
        let text = ScriptTestReport().render(result)
        #expect(text.contains("  ✘ wrong outcome\n"))
        #expect(
            text.contains(
                "failing.calltest:34:3: error: expected outcome callback\n        expected: outcome callback\n"))
    }

    @Test func unknownNamesAreErrorsWithSuggestions() throws {
        let (result, _) = try ScriptTestFixtures.run("unknown-names.calltest")
        #expect(result.isInvalid)
        #expect(result.results.isEmpty)
        #expect(
            result.diagnostics.map(ScriptTestFixtures.brief) == [
                "4:18: error: contact field 'punten' (number): 'veel' is not a number (write e.g. 12 or 2,5) [CT0009]",
                "5:17: error: 'email' is a capture, not a contact field [CT0105]",
                "8:3: error: the script has no state 'intro.9' [CT0102]",
                "9:3: error: the script has no step 'aanbood' [CT0103]",
                "10:3: error: the script has no field 'emial' [CT0104]",
                "11:3: error: 'naam' is a contact field, not a capture [CT0106]",
                "12:3: warning: the script never asks consent for 'nieuwsbrieven' [CT0107]",
            ])
        let help = result.diagnostics.map { $0.help ?? "" }
        #expect(help[2] == "did you mean 'intro.1'?")
        #expect(help[3] == "did you mean 'aanbod'?")
        #expect(help[4] == "did you mean 'email'?")
        #expect(help[6] == "did you mean 'nieuwsbrief'?")
    }

    @Test func missingScriptIsAnError() throws {
        let (result, _) = try ScriptTestFixtures.run("missing-script.calltest")
        #expect(
            result.diagnostics.map(ScriptTestFixtures.brief) == [
                "1:8: error: script 'does-not-exist.call' not found [CT0100]"
            ])
    }

    @Test func nonCompliantScriptMakesTheFileInvalid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-st-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try String(
            contentsOf: ScriptTestFixtures.folder.appendingPathComponent("small.call"), encoding: .utf8
        )
        .replacingOccurrences(of: "  optout \"Mogen wij u nog eens bellen?\"\n", with: "")
        try script.write(to: folder.appendingPathComponent("small.call"), atomically: true, encoding: .utf8)
        let test =
            "script \"small.call\"\ncontact naam = \"Jan\"\ncontact punten = 1\ntest \"t\"\n  expect outcome end\n"
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(source: SourceFile(path: folder.appendingPathComponent("t.calltest").path, text: test))
        #expect(result.isInvalid)
        #expect(
            result.diagnostics.contains {
                $0.code == "CT0101" && $0.message == "script 'small.call' does not compile (1 error)"
            })
        #expect(result.diagnostics.contains { $0.code == "NL-OPTOUT-AT-END" })
    }

    @Test func coverageCountsStatesAnswersConditionsAndHandlers() throws {
        let (result, suite) = try ScriptTestFixtures.run("passing.calltest")
        let coverage = try #require(result.coverage)
        #expect(suite.coverage.count == 1)
        let line = ScriptTestReport().render(coverage)
        #expect(
            line.hasSuffix(
                "states 16/17 (94%), answers 5/5, conditions 2/2, handlers 1/2\n  not covered: on-voicemail.1, on voicemail\n"
            ))
        #expect(coverage.branches.count == 2)
        #expect(coverage.states.contains("aanbod.2")) // a silent branch state counts when passed
        #expect(coverage.states.contains("on-objection.1")) // so does `record objection`
    }

    @Test func coverageOfOneTestNamesWhatIsMissing() throws {
        let (result, _) = try ScriptTestFixtures.run("passing.calltest", filter: "ophangen")
        let coverage = try #require(result.coverage)
        #expect(
            coverage.uncovered == [
                "aanbod.1", "aanbod.2", "bonus.1", "mail.1", "mail.2", "terugbellen.1", "terugbellen.2",
                "terugbellen.3", "afscheid.2",
                "afscheid.3", "on-objection.1", "on-objection.2", "on-voicemail.1", "intro.3 \"Ja\"",
                "intro.3 \"Later\"",
                "mail.2 \"Ja\"", "mail.2 \"Nee\"", "aanbod.2 if punten >= 100", "aanbod.2 else", "on objection",
                "on voicemail",
            ])
        let json = CoverageJSON.render([coverage])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let script = try #require((decoded?["scripts"] as? [[String: Any]])?.first)
        #expect((script["states"] as? [String: Int]) == ["covered": 4, "total": 17])
        #expect((script["answers"] as? [String: Int]) == ["covered": 1, "total": 5])
    }

    @Test func junitHasOneSuitePerFileAndEscapes() throws {
        let (failing, _) = try ScriptTestFixtures.run("failing.calltest")
        let (passing, _) = try ScriptTestFixtures.run("passing.calltest")
        let (invalid, _) = try ScriptTestFixtures.run("unknown-names.calltest")
        let xml = JUnitReport.render([passing, failing, invalid])
        #expect(
            xml.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"callscript\" tests=\"23\" failures=\"16\" errors=\"1\">"
            ))
        #expect(
            xml.contains(
                "<failure message=\"question intro.3 has no answer &quot;Misschien&quot;\" type=\"expectation\">"))
        #expect(!xml.contains("\"Misschien\""))
        #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(data: Data(xml.utf8))
            let root = try #require(document.rootElement())
            #expect(root.name == "testsuites")
            let suites = root.elements(forName: "testsuite")
            #expect(suites.count == 3)
            #expect(suites.map { $0.attribute(forName: "tests")?.stringValue } == ["5", "17", "1"])
            let cases = suites[1].elements(forName: "testcase")
            #expect(cases.count == 17)
            let failed = cases.filter { !$0.elements(forName: "failure").isEmpty }
            #expect(failed.count == 16)
            let answer = try #require(cases.first { $0.attribute(forName: "name")?.stringValue == "no such answer" })
            #expect(
                answer.elements(forName: "failure").first?.attribute(forName: "message")?.stringValue
                    == "question intro.3 has no answer \"Misschien\"")
            #expect(answer.attribute(forName: "line")?.stringValue == "17")
            #expect(suites[2].elements(forName: "testcase").first?.elements(forName: "error").count == 1)
        #endif
    }

    @Test func xmlEscapingCoversMarkupQuotesAndControlCharacters() {
        #expect(
            JUnitReport.escape("a<b>&\"c\"'d'\n\u{1}é") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;\u{FFFD}é")
    }

    @Test func summaryCountsTestsFilesAndInvalidFiles() throws {
        let (failing, _) = try ScriptTestFixtures.run("failing.calltest")
        let (passing, _) = try ScriptTestFixtures.run("passing.calltest")
        let (invalid, _) = try ScriptTestFixtures.run("missing-script.calltest")
        #expect(
            ScriptTestReport().summary([passing, failing, invalid])
                == "22 tests in 3 files: 6 passed, 16 failed, 1 invalid file\n")
        #expect(ScriptTestReport().summary([passing]) == "5 tests in 1 file: 5 passed, 0 failed\n")
    }

    @Test func recordsAreWrittenToATemporaryFolderThatIsRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-st-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var suite = ScriptTestSuite(options: ScriptTestOptions(startedAt: Date(), temporaryFolder: folder))
        let result = suite.run(source: try ScriptTestFixtures.source("passing.calltest"))
        #expect(result.passed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
