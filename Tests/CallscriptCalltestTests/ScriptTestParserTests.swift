import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime
import Foundation
import Testing

/// The `.calltest` format: what good files mean, and exact diagnostics for malformed ones.
@Suite struct ScriptTestParserTests {
    @Test func readsSettingsTestsAndEveryKindOfStep() throws {
        let (file, diagnostics) = ScriptTestFixtures.parse(
            """
            # comment line
            script "../winback.call"   # trailing comment
            now "2026-09-14T10:00"
            agent "Sanne"
            phone "06-12345678"
            contact voornaam = "Jan de Vries"
            contact punten 20
            gates on
            given consent "telemarketing"

            test "alles"
              contact punten = 150
              continue
              answer "Ja, dat komt uit"
              answer 2
              answer later
              answer Nee, laat maar
              capture email = jan@voorbeeld.nl
              capture naam "Piet # geen commentaar"
              event hang-up
              expect line aanbod.1
              expect step aanbod
              expect say "Goedemiddag {niet}"
              expect pitch "korting"
              expect optout
              expect refused "not an e-mail"
              expect outcome callback 2026-12-01T10:00
              expect outcome hung-up
              expect consent "e-mail"
              expect objection recorded
              expect callback "2026-12-01T10:00"
              expect call refused "NL-GATE-HOURS"
              expect no pitch
              expect no consent
              expect no line aanbod.1
            """)
        #expect(diagnostics == [])
        let parsed = try #require(file)
        #expect(parsed.script == "../winback.call")
        #expect(parsed.settings.now?.description == "2026-09-14T10:00")
        #expect(parsed.settings.agent == "Sanne")
        #expect(parsed.settings.phone == "06-12345678")
        #expect(parsed.settings.contact["voornaam"]?.text == "Jan de Vries")
        #expect(parsed.settings.contact["punten"]?.text == "20")
        #expect(parsed.settings.gates == true)
        #expect(parsed.settings.given == [.consent(purpose: "telemarketing")])
        let test = try #require(parsed.tests.first)
        #expect(test.name == "alles")
        #expect(test.settings.contact["punten"]?.text == "150")
        let actions = test.steps.map(\.action)
        let expected: [TestAction] = [
            .continue, .answer(.label("Ja, dat komt uit")), .answer(.number(2)), .answer(.answerClass(.later)),
            .answer(.label("Nee, laat maar")), .capture(field: "email", value: "jan@voorbeeld.nl"),
            .capture(field: "naam", value: "Piet # geen commentaar"), .event(.hangUp),
            .expect(.line("aanbod.1")), .expect(.step("aanbod")), .expect(.text("Goedemiddag {niet}", role: nil)),
            .expect(.text("korting", role: .pitch)), .expect(.role(.optout)), .expect(.refused("not an e-mail")),
            .expect(.outcome(.callback, callbackAt: LocalDateTime("2026-12-01T10:00"))),
            .expect(.outcome(.personHungUp, callbackAt: nil)),
            .expect(.consent("e-mail")), .expect(.objectionRecorded),
            .expect(.callback(LocalDateTime("2026-12-01T10:00"))),
            .expect(.callRefused("NL-GATE-HOURS")), .expect(.never(.role(.pitch))), .expect(.never(.consent(nil))),
            .expect(.never(.line("aanbod.1"))),
        ]
        #expect(actions == expected)
        #expect(test.steps.first?.range.start.line == 13)
        #expect(test.steps[1].text == "answer \"Ja, dat komt uit\"")
    }

    @Test func dateStandsForTenInTheMorning() throws {
        let (file, diagnostics) = ScriptTestFixtures.parse(
            "script \"a.call\"\ndate 2026-09-14\ntest \"t\"\n  expect outcome end\n")
        #expect(diagnostics == [])
        #expect(file?.settings.now?.description == "2026-09-14T10:00")
    }

    @Test func malformedFileGivesOneExactDiagnosticPerMistake() throws {
        let (file, diagnostics) = ScriptTestParser.parse(try ScriptTestFixtures.source("malformed.calltest"))
        #expect(file == nil)
        #expect(
            diagnostics.map(ScriptTestFixtures.brief) == [
                "3:5: error: '2026-09-31T10:00' is not a date and time [CT0009]",
                "5:1: error: 'answer' before the first test [CT0006]",
                "7:3: error: unknown test line 'anwser' [CT0002]",
                "8:18: error: unknown outcome 'ended' [CT0009]",
                "9:9: error: unknown event 'objektion' [CT0009]",
                "10:14: error: unterminated string [CT0001]",
                "11:9: error: 'expect' needs what to expect [CT0003]",
                "12:10: error: answer numbers start at 1 [CT0009]",
                "13:10: error: 'capture' needs a field name and a value [CT0003]",
                "14:12: error: unexpected 'now' after 'continue' line [CT0003]",
                "15:6: error: duplicate test name 'one' [CT0008]",
                "17:19: error: 'tomorrow' is not a date and time [CT0009]",
                "18:13: error: unknown expectation 'no thing' [CT0002]",
                "19:14: error: 'gates' needs on or off [CT0003]",
                "20:1: error: expected a keyword at the start of the line [CT0003]",
            ])
        let help = Dictionary(diagnostics.map { ($0.range.start.line, $0.help ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(help[7] == "did you mean 'answer'?")
        #expect(help[8] == "did you mean 'end'?")
        #expect(help[9] == "did you mean 'objection'?")
        #expect(diagnostics.first { $0.range.start.line == 15 }?.related.first?.range.start.line == 6)
    }

    @Test func renderedDiagnosticPointsAtTheMistake() throws {
        let source = SourceFile(path: "t.calltest", text: "script \"a.call\"\ntest \"t\"\n  expect outcme end\n")
        let (_, diagnostics) = ScriptTestParser.parse(source)
        let text = TextRenderer(sources: ["t.calltest": source]).render(diagnostics)
        #expect(
            text == """
                t.calltest:3:10: error: unknown expectation 'outcme' [CT0002]
                  3 |   expect outcme end
                    |          ^~~~~~
                    = help: did you mean 'outcome'?


                """)
    }

    @Test func missingScriptAndNoTestsAreErrors() {
        #expect(
            ScriptTestFixtures.parse("test \"t\"\n  expect outcome end\n").1 == [
                "1:1: error: test file does not name its script [CT0004]"
            ])
        #expect(ScriptTestFixtures.parse("script \"a.call\"\n").1 == ["1:1: error: test file has no tests [CT0007]"])
        #expect(
            ScriptTestFixtures.parse("script \"a.call\"\nscript \"b.call\"\ntest \"t\"\n  continue\n").1 == [
                "2:8: error: the script is named twice [CT0005]"
            ])
    }

    @Test func settingsAfterTheFirstStepAreMisplaced() {
        let (_, diagnostics) = ScriptTestFixtures.parse(
            "script \"a.call\"\ntest \"t\"\n  continue\n  contact naam = \"Jan\"\n")
        #expect(diagnostics == ["4:3: error: 'contact' after the first step of test 't' [CT0006]"])
    }

    @Test func emptyTestIsOnlyAWarning() throws {
        let (file, diagnostics) = ScriptTestFixtures.parse(
            "script \"a.call\"\ntest \"leeg\"\ntest \"vol\"\n  continue\n")
        #expect(diagnostics == ["2:1: warning: test 'leeg' has no steps [CT0010]"])
        #expect(file?.tests.count == 2)
    }

    @Test func oddInputNeverCrashes() {
        let inputs = [
            "", "\n\n", "\"", "=", "test", "script", "expect no", "\u{0}\u{1}",
            String(repeating: "\"a\" ", count: 10_000),
            "script \"a\"\r\ntest \"t\"\r\n  answer \"Ja\"\r\n",
        ]
        for input in inputs {
            _ = ScriptTestFixtures.parse(input)
        }
        let (_, crlf) = ScriptTestFixtures.parse("script \"a\"\r\ntest \"t\"\r\n  answer \"Ja\"\r\n")
        #expect(crlf == [])
    }

    @Test func everyCodeIsListedOnce() {
        let ids = DiagnosticCode.allScriptTestCodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("CT") })
    }
}
