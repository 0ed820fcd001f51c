import CallscriptDiagnostics
import Testing

/// The text rendering people read in terminals and CI logs.
@Suite struct TextRendererTests {
    let file = SourceFile(
        path: "winback.call",
        text: "step intro {\n\tidentify \"Goedemiddag\"\n  yes \"Ja\" -> ofer\n}\n")

    @Test func rendersPositionExcerptCaretHelpAndCode() {
        // `ofer` on line 3: bytes 39..<43.
        let start = file.text.utf8.count - "ofer\n}\n".utf8.count
        let d = Diagnostic(
            code: "CS0102", severity: .error, message: "unknown step 'ofer'", range: file.range(start, start + 4),
            help: "did you mean 'offer'?")
        let text = TextRenderer(sources: [file.path: file]).render(d)
        #expect(
            text == """
                winback.call:3:15: error: unknown step 'ofer' [CS0102]
                  3 |   yes "Ja" -> ofer
                    |               ^~~~
                    = help: did you mean 'offer'?

                """)
    }

    @Test func caretFollowsTabs() {
        let d = Diagnostic(code: "CS0001", severity: .warning, message: "m", range: file.range(14, 22))
        let text = TextRenderer(sources: [file.path: file]).render(d)
        #expect(text.contains("  2 | \tidentify \"Goedemiddag\"\n    | \t^~~~~~~~\n"))
        #expect(text.hasPrefix("winback.call:2:2: warning: m [CS0001]"))
    }

    @Test func withoutSourceShowsOnlyTheHeadline() {
        let d = Diagnostic(code: "X", severity: .error, message: "m", range: .wholeFile("elsewhere.call"))
        #expect(TextRenderer(sources: [:]).render(d) == "elsewhere.call:1:1: error: m [X]\n")
    }

    @Test func colourOnlyWhenAsked() {
        let d = Diagnostic(code: "X", severity: .error, message: "m", range: .wholeFile("a.call"))
        #expect(!TextRenderer(sources: [:], colored: false).render(d).contains("\u{1B}["))
        #expect(TextRenderer(sources: [:], colored: true).render(d).contains("\u{1B}[1;31merror:"))
    }

    @Test func counterexampleStepsAreCompactClickableLines() {
        let r1 = file.range(14, 37)
        let d = Diagnostic(
            code: "NL-OPTOUT-AT-END", severity: .error, message: "call ends without the opt-out notice",
            range: r1, related: [RelatedLocation(label: "step 1: intro.1", range: r1)],
            path: ConversationPath(entry: "start", steps: [PathStep(state: "intro.1")]))
        let text = TextRenderer(sources: [file.path: file]).render(d)
        #expect(text.contains("\n  winback.call:2:2: note: step 1: intro.1\n"))
    }

    @Test func lineAndColumnCountScalarsNotBytes() {
        let f = SourceFile(path: "a.call", text: "say \"beëindig\" x")
        let offset = f.text.utf8.count - 1
        let loc = f.location(ofOffset: offset)
        #expect(loc.line == 1)
        #expect(loc.column == 16)
    }
}
