import CallscriptDiagnostics
import CallscriptFormat
import Testing

/// The formatter prints `purpose "..."` where the designer wrote it, in the one layout.
@Suite struct PurposeFormatTests {
    @Test func purposesArePrinted() throws {
        let source =
            "capture   emailadres :email   purpose  \"het aanbod per e-mail sturen\"   # voor de bevestiging\ncontact voornaam: text purpose \"aanspreken\"\n"
        guard case .success(let text) = Formatter.format(SourceFile(path: "main.call", text: source)) else {
            Issue.record("formatting failed")
            return
        }
        #expect(
            text
                == "capture emailadres: email purpose \"het aanbod per e-mail sturen\"  # voor de bevestiging\ncontact voornaam: text purpose \"aanspreken\"\n"
        )
    }
}
