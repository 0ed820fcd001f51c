import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation
import Testing

/// Diagnostics for designers who are not programmers, as `check` prints them: one error for a
/// misspelt `use`, one for a text broken over two lines, "did you mean" for Dutch words, fix-its
/// in words, carets under wide characters. Golden files in `Golden/gentle/` (re-record with
/// CALLSCRIPT_RECORD=1 after a deliberate change).
@Suite struct GentleDiagnosticsTests {
    static let folder = RepositoryPaths.root().appendingPathComponent("Tests/CallscriptCLITests/Golden/gentle")

    static let cases = ["use-typo", "broken-text", "dutch-words", "display-width"]

    @Test(arguments: cases)
    func checkOutputMatchesGolden(_ name: String) throws {
        let r = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", "main.call"], in: Self.folder.appendingPathComponent(name))
        #expect(r.status == 1)
        #expect(!r.stdout.contains("insert/replace"), "fix-its are described in words")
        if let difference = GoldenFile.check(r.stdout, against: Self.folder.appendingPathComponent("\(name).txt")) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func misspeltUseIsOneErrorWithTheNearestFile() throws {
        let r = try BuiltBinary.run(
            ["check", "--format", "json", "main.call"], in: Self.folder.appendingPathComponent("use-typo"))
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(r.stdout.utf8))
        // The missing file alone: none of the steps, fields and handlers the used file gives
        // (afsluiting, terugbellen, terugbelmoment, on objection) is reported unknown.
        #expect(report.diagnostics.map(\.code) == ["CS0100"])
        let missing = try #require(report.diagnostics.first)
        #expect(missing.help == "did you mean 'afsluiting.call'?")
        #expect(missing.fixIts.first?.edits.first?.replacement == "\"afsluiting.call\"")
    }

    @Test func brokenTextIsOneErrorPerTextAndNoCascade() throws {
        let r = try BuiltBinary.run(
            ["check", "--format", "json", "main.call"], in: Self.folder.appendingPathComponent("broken-text"))
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(r.stdout.utf8))
        #expect(report.diagnostics.map(\.code) == ["CS0012", "CS0012", "CS0001"])
        #expect(report.diagnostics[0].message == "a text must stay on one line; join the lines or use \\n")
        #expect(report.diagnostics[0].fixIts.first?.edits.first?.replacement == " ")
    }
}

/// Terminal cells per character, which places the caret.
@Suite struct DisplayWidthTests {
    @Test func asciiAndLatinAccentsTakeOneCell() {
        #expect(DisplayWidth.of("say") == 3)
        #expect(DisplayWidth.of("beëindig") == 8)
    }

    @Test func combiningMarksAndZeroWidthTakeNone() {
        // "e" + COMBINING ACUTE ACCENT is one character of one cell, as is the precomposed "é".
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("\u{301}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func cjkAndFullwidthTakeTwo() {
        #expect(DisplayWidth.of("你好") == 4)
        #expect(DisplayWidth.of("，") == 2)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4) // halfwidth katakana stay one cell each
    }

    @Test func emojiTakeTwoIncludingSequences() {
        #expect(DisplayWidth.of("😀😀") == 4)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test func caretStandsUnderTheMarkedTextAfterTwoEmoji() {
        let file = SourceFile(path: "a.call", text: "  say \"😀😀 {agnt}\"\n")
        let start = file.text.utf8.count - "{agnt}\"\n".utf8.count
        let d = Diagnostic(code: "CS0146", severity: .error, message: "m", range: file.range(start, start + 6))
        let text = TextRenderer(sources: [file.path: file]).render(d)
        #expect(text.contains("  1 |   say \"😀😀 {agnt}\"\n    |             ^~~~~~\n"))
    }

    @Test func underlineCoversWideText() {
        let file = SourceFile(path: "a.call", text: "say \"你好\"\n")
        let d = Diagnostic(code: "X", severity: .error, message: "m", range: file.range(4, file.text.utf8.count - 1))
        let text = TextRenderer(sources: [file.path: file]).render(d)
        // `"你好"` is six cells: two quotes and two wide characters.
        #expect(text.contains("  1 | say \"你好\"\n    |     ^~~~~~\n"))
    }
}

/// Fix-its as words, never `(3:15 insert/replace with '...')`.
@Suite struct FixItTextTests {
    let file = SourceFile(path: "a.call", text: "step intro {\n  zeg \"Hallo\"\n  end\n}\n")

    func rendered(_ edits: [TextEdit], at range: SourceRange) -> String {
        let d = Diagnostic(
            code: "X", severity: .error, message: "m", range: range, fixIts: [FixIt(message: "fix", edits: edits)])
        let text = TextRenderer(sources: [file.path: file]).render(d)
        return text.split(separator: "\n").first { $0.contains("= fix-it:") }.map(String.init) ?? ""
    }

    @Test func replacement() {
        let zeg = file.range(15, 18)
        #expect(
            rendered([TextEdit(range: zeg, replacement: "say")], at: zeg).hasSuffix(
                "= fix-it: replace `zeg` with `say`"))
    }

    @Test func insertionOfALineBeforeAnother() {
        let end = file.range(29, 29)
        let edit = TextEdit(range: file.range(27, 27), replacement: "  optout \"Mogen wij u nog bellen?\"\n")
        #expect(
            rendered([edit], at: end).hasSuffix("= fix-it: insert `optout \"Mogen wij u nog bellen?\"` before line 3"))
    }

    @Test func insertionAtTheEndOfALineAndElsewhere() {
        let line2 = file.range(15, 18)
        #expect(
            rendered([TextEdit(range: file.range(26, 26), replacement: "\"")], at: line2)
                .hasSuffix("= fix-it: insert `\"` at the end of line 2"))
        #expect(
            rendered([TextEdit(range: file.range(32, 32), replacement: "\n")], at: line2)
                .hasSuffix("= fix-it: insert a line break at the end of line 3"))
        #expect(
            rendered([TextEdit(range: file.range(18, 18), replacement: ":")], at: line2)
                .hasSuffix("= fix-it: insert `:` after `zeg`"))
    }

    @Test func removalJoinAndLongText() {
        let line2 = file.range(15, 18)
        #expect(rendered([TextEdit(range: line2, replacement: "")], at: line2).hasSuffix("= fix-it: remove `zeg`"))
        #expect(
            rendered([TextEdit(range: file.range(26, 29), replacement: " ")], at: line2)
                .hasSuffix("= fix-it: join lines 2 and 3"))
        let long = String(repeating: "x", count: 80)
        let shown = rendered([TextEdit(range: line2, replacement: long)], at: line2)
        #expect(shown.hasSuffix("…`") && shown.count < 100)
    }
}

/// `check` lists the findings a script let through, with their reasons.
@Suite struct SilencedFindingsTests {
    @Test func jsonReportListsSilencedFindingsWithTheirReason() throws {
        let r = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", "--format", "json", "Examples/noncompliant/NL-SALES-WORDING.call"],
            in: RepositoryPaths.root())
        #expect(r.status == 0)
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(r.stdout.utf8))
        #expect(report.diagnostics.map(\.code) == ["NL-SALES-WORDING"])
        let silenced = try #require(report.silenced)
        #expect(silenced.count == 1)
        #expect(silenced.first?.reason == "vertelt wat een winnaar kreeg; het aanbod zelf volgt als pitch")
        #expect(silenced.first?.finding.message == "'say' sounds like selling: '25.000 euro'")
        #expect(silenced.first?.finding.range.file == "Examples/noncompliant/NL-SALES-WORDING.call")
        #expect(silenced.first.map { $0.directive.start.line + 1 == $0.finding.range.start.line } == true)
    }

    @Test func reportWithoutSilencedFindingsHasNoSilencedKey() throws {
        let r = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", "--format", "json", "Examples/noncompliant/NL-MINOR.call"],
            in: RepositoryPaths.root())
        #expect(!r.stdout.contains("\"silenced\""))
    }

    @Test func warningsAsErrorsStillFailsOnTheShownWarning() throws {
        let r = try BuiltBinary.run(
            ["check", "--on", "2026-11-29", "--warnings-as-errors", "Examples/noncompliant/US-TSR-SALES-WORDING.call"],
            in: RepositoryPaths.root())
        #expect(r.status == 1)
        #expect(r.stdout.contains("'disclose' sounds like selling: 'save', '20%' [US-TSR-SALES-WORDING]"))
    }
}

/// The designer-words table behind "did you mean" for Dutch words.
@Suite struct DesignerWordsTests {
    @Test func aDutchWordIsSuggestedOnlyWhereItsCounterpartIsValid() {
        #expect(Suggestions.closest(to: "zeg", among: ["say", "ask", "pitch"]) == "say")
        #expect(Suggestions.closest(to: "Vraag", among: ["say", "ask", "pitch"]) == "ask")
        #expect(Suggestions.closest(to: "bezwaar", among: ["objection", "voicemail"]) == "objection")
        #expect(Suggestions.closest(to: "voicemailbox", among: ["objection", "voicemail"]) == "voicemail")
        // Among statements, `bezwaar` has no counterpart: no guess.
        #expect(Suggestions.closest(to: "bezwaar", among: ["say", "ask", "pitch"]) == nil)
    }

    @Test func everyEntryMapsToAKeywordEventOrAnswerClass() {
        let targets: Set<String> = [
            "say", "ask", "identify", "pitch", "optout", "disclose", "capture", "end", "hangup", "callback",
            "transfer", "if", "else", "step", "start", "use", "convenient", "consent", "objection", "complaint",
            "minor", "voicemail", "yes", "no", "later",
        ]
        for (word, meant) in DesignerWords.table {
            #expect(targets.contains(meant), "\(word) -> \(meant)")
            #expect(word == word.lowercased())
        }
    }
}
