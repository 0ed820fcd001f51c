import CallscriptDiagnostics
import CallscriptReports
import Testing

/// `check --format github`: workflow commands that GitHub turns into annotations.
@Suite struct GitHubAnnotationsTests {
    let annotations = GitHubAnnotations(rules: Fixtures.rules)

    @Test func escapesDataAndPropertiesLikeGitHub() {
        #expect(GitHubAnnotations.escapeData("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d")
        #expect(GitHubAnnotations.escapeProperty("100% a\r\nb: c, d") == "100%25 a%0D%0Ab%3A c%2C d")
        // `%` first, so an escape is never escaped twice.
        #expect(GitHubAnnotations.escapeData("%0A") == "%250A")
    }

    @Test func errorWithRangeAndTitle() {
        let line = annotations.annotation(for: Fixtures.unknownStep)
        #expect(
            line
                == "::error file=winback.call,line=5,col=17,endLine=5,endColumn=21,title=CS0140 unknown step::unknown step 'ofer'"
                + "%0Ahelp: did you mean 'offer'?%0Awinback.call:10: step 'offer' declared here"
                + "%0Afix-it: replace 'ofer' with 'offer'"
                + "%0Asee https://github.com/callscript/callscript/blob/main/Docs/diagnostics.md#cs0140")
        #expect(!line.contains("\n"))
    }

    @Test func severityPicksTheCommand() {
        #expect(annotations.annotation(for: Fixtures.optoutFinding).hasPrefix("::error "))
        #expect(
            annotations.annotation(for: Fixtures.unreachable).hasPrefix("::warning file=winback.call,line=50,col=6,"))
        let note = annotations.annotation(for: Fixtures.wholeFileNote)
        // A whole-file finding has no column to point at.
        #expect(note.hasPrefix("::notice file=gedeeld/slot.call,line=1,title=CS0999::"))
    }

    @Test func counterexampleIsInTheMessage() {
        let line = annotations.annotation(for: Fixtures.optoutFinding)
        #expect(line.contains("title=NL-OPTOUT-AT-END offer the right to object (recht van verzet) in every call::"))
        #expect(
            line.contains(
                "%0Aconversation: intro.1 → intro.2: \"Ja\" → offer.1 → offer.2 → offer.3: if interest == low → goodbye.1 → goodbye.2"
            ))
        #expect(line.contains("%0A  winback.call:31: step 6: goodbye.1"))
        #expect(line.contains("Docs/compliance.md#nl-optout-at-end"))
        #expect(!line.contains("\n"))
    }

    @Test func propertiesAreEscaped() {
        var d = Fixtures.unreachable
        d.range.file = "map,met:rare%tekens.call"
        let line = annotations.annotation(for: d)
        #expect(line.hasPrefix("::warning file=map%2Cmet%3Arare%25tekens.call,line=50,"))
    }

    @Test func renderWritesOneLinePerDiagnostic() {
        let text = annotations.render(Fixtures.all)
        #expect(text.split(separator: "\n").count == Fixtures.all.count)
        #expect(text.hasSuffix("\n"))
    }
}
