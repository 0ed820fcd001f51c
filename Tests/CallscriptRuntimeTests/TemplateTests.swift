import CallscriptMachine
import Testing

/// Filling the text templates agents read aloud.
@Suite struct TemplateTests {
    @Test func fillsPlaceholdersAndKeepsLiteralBraces() {
        let t = Template("Goedemiddag {first_name}, {{korting}} van {company}!")
        #expect(t.placeholders == ["first_name", "company"])
        #expect(t.render(["first_name": "Anna", "company": "Zonnig"]) == "Goedemiddag Anna, {korting} van Zonnig!")
    }

    @Test func missingValueStaysVisible() {
        #expect(Template("Dag {voornaam}.").render([:]) == "Dag {voornaam}.")
    }

    @Test func aValueEndingInAFullStopIsNotFollowedByAnother() {
        let t = Template("u spreekt met {agent} van {company}. Ik bel namens {principal}.")
        let text = t.render(["agent": "Jan", "company": "Zonnig Energie B.V.", "principal": "Groene Stroom"])
        #expect(text == "u spreekt met Jan van Zonnig Energie B.V. Ik bel namens Groene Stroom.")
        // Only a full stop right after the value is merged.
        #expect(Template("{company}, {company}...").render(["company": "X B.V."]) == "X B.V., X B.V...")
    }
}
