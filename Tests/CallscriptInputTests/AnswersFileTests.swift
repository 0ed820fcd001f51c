import CallscriptDiagnostics
import CallscriptInput
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// The answers file of `callscript run --answers`: a test's input lines alone.
@Suite struct AnswersFileTests {
    static func parse(_ text: String) -> (lines: [InputLine], diagnostics: [Diagnostic]) {
        AnswersFile.parse(SourceFile(path: "a.answers", text: text))
    }

    @Test func everyFormWithComments() {
        let (lines, diagnostics) = Self.parse(
            """
            # Anna
            continue
              answer 2   # the second answer

            answer "Ja, dat mag"
            answer yes
            answer Nee, laat maar
            capture anna@voorbeeld.nl
            capture "  spaties  "
            capture "Straat #2"
            capture Te vaak gebeld   # the value is the rest of the line, up to a comment
            capture emailadres = anna@voorbeeld.nl
            event hang-up
            event hangup
            suspend
            """)
        #expect(diagnostics == [])
        #expect(
            lines.map(\.step) == [
                .continue, .answer(.number(2)), .answer(.label("Ja, dat mag")), .answer(.answerClass(.yes)),
                .answer(.label("Nee, laat maar")), .capture(field: nil, value: "anna@voorbeeld.nl"),
                .capture(field: nil, value: "  spaties  "), .capture(field: nil, value: "Straat #2"),
                .capture(field: nil, value: "Te vaak gebeld"),
                .capture(field: "emailadres", value: "anna@voorbeeld.nl"),
                .event(.hangUp), .event(.hangUp), .suspend,
            ])
        #expect(lines.map(\.line) == [2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
        #expect(lines[1].text == "answer 2")
    }

    @Test(arguments: [
        ("continue\ncontinu", "2:1: error: unknown input 'continu' [CT0002]"),
        ("event objectie", "1:7: error: unknown event 'objectie' [CT0009]"),
        ("\n\nanswer", "3:7: error: 'answer' needs the answer [CT0003]"),
        ("answer 0", "1:8: error: answer numbers start at 1 [CT0009]"),
        ("answer \"Ja", "1:8: error: unterminated string [CT0001]"),
        ("capture", "1:8: error: 'capture' needs a value [CT0003]"),
        ("continue now", "1:10: error: unexpected 'now' after 'continue' line [CT0003]"),
        ("expect outcome end", "1:1: error: 'expect' belongs in a .calltest test, not in an answers file [CT0002]"),
        ("= 2", "1:1: error: expected an input at the start of the line [CT0003]"),
    ])
    func mistakesAreDiagnosticsAtTheirLine(_ text: String, _ expected: String) {
        let (_, diagnostics) = Self.parse(text)
        let brief = diagnostics.map {
            "\($0.range.start.line):\($0.range.start.column): \($0.severity.rawValue): \($0.message) [\($0.code)]"
        }
        #expect(brief == [expected])
    }

    @Test func everyMistakeOfTheFileIsReportedAndRenderedWithTheLine() {
        let source = SourceFile(path: "a.answers", text: "continue\nanswr 1\nevent objectie\n")
        let (_, diagnostics) = AnswersFile.parse(source)
        #expect(diagnostics.map(\.range.start.line) == [2, 3])
        let text = TextRenderer(sources: [source.path: source]).render(diagnostics)
        #expect(text.contains("a.answers:2:1: error: unknown input 'answr' [CT0002]\n  2 | answr 1\n"))
        #expect(text.contains("= help: did you mean 'answer'?"))
        #expect(text.contains("= help: did you mean 'objection'?"))
    }

    /// The Dutch words of the designer table work in `event` lines too.
    @Test(arguments: [("bezwaar", "objection"), ("klacht", "complaint"), ("antwoordapparaat", "voicemail")])
    func dutchEventWordsGetTheirEnglishName(_ written: String, _ meant: String) {
        let (_, diagnostics) = Self.parse("event \(written)\n")
        #expect(diagnostics.map(\.help) == ["did you mean '\(meant)'?"])
    }
}

/// Every code an answers file can get is documented with the `.calltest` codes.
@Suite struct InputCodeDocsTests {
    @Test func everyInputCodeIsInTheTestingDocs() throws {
        let docs = try String(
            contentsOf: RepositoryPaths.docs.appendingPathComponent("testing-scripts.md"), encoding: .utf8)
        let ids = DiagnosticCode.allInputCodes.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(docs.contains("| \(id) |"), "\(id) is not in Docs/testing-scripts.md") }
    }
}
