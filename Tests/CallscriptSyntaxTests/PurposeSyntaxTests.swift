import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// `purpose "..."` after a field's type: a contextual word, so `purpose` stays a free name.
@Suite struct PurposeSyntaxTests {
    private func parse(_ text: String) -> (ScriptFile, [Diagnostic]) {
        let result = Parser.parse(SourceFile(path: "main.call", text: text))
        return (result.file, result.diagnostics)
    }

    private func fields(_ file: ScriptFile) -> [FieldDeclaration] {
        file.items.compactMap { if case .field(let d) = $0 { d } else { nil } }
    }

    @Test func aPurposeFollowsTheType() {
        let (file, diagnostics) = parse(
            """
            capture emailadres: email purpose "het aanbod per e-mail sturen"
            contact voornaam: text
            capture keuze: choice(a, b) purpose "de keuze vastleggen"
            """)
        #expect(diagnostics.isEmpty)
        let found = fields(file)
        #expect(found.map { $0.purpose?.plainText } == ["het aanbod per e-mail sturen", nil, "de keuze vastleggen"])
        #expect(found.first.map { $0.span.end } == found.first?.purpose?.span.end)
    }

    @Test func purposeIsStillAFreeName() {
        let (file, diagnostics) = parse("capture purpose: text purpose \"het doel\"\n")
        #expect(diagnostics.isEmpty)
        #expect(fields(file).first?.name.text == "purpose")
        #expect(fields(file).first?.purpose?.plainText == "het doel")
    }

    @Test func aPurposeNeedsItsText() {
        let (_, diagnostics) = parse("capture emailadres: email purpose\nstart a\n")
        #expect(diagnostics.map(\.code) == ["CS0020"])
        #expect(diagnostics.first?.message.contains("the purpose in quotes after 'purpose'") == true)
    }
}
