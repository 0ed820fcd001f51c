import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// A plain text kept as a range of the file's bytes reads, compares and hashes as the same text
/// held as a `String`, so no reader of the tree can tell where it is held.
@Suite struct TemplateTextTests {
    /// The text of the first statement of a one-step script, when that statement is a `say`.
    static func firstSay(_ script: String) -> TextLiteral? {
        let result = Parser.parse(SourceFile(path: "t.call", text: script))
        guard case .step(let step) = result.file.items.first, case .say(let text) = step.body.statements.first?.kind
        else { return nil }
        return text
    }

    @Test func aPlainStringIsKeptInTheFileAndReadsAsItsText() throws {
        let text = try #require(Self.firstSay("step a {\n  say \"Goedemiddag, u spreekt met Zoë\"\n  end\n}\n"))
        #expect(text.content.isPlain)
        #expect(text.content.plain == "Goedemiddag, u spreekt met Zoë")
        #expect(text.template == "Goedemiddag, u spreekt met Zoë")
        #expect(text.plainText == "Goedemiddag, u spreekt met Zoë")
        #expect(text.parts == [.text("Goedemiddag, u spreekt met Zoë")])
        #expect(text.placeholders.isEmpty)
        #expect(text == TextLiteral(parts: [.text("Goedemiddag, u spreekt met Zoë")], span: text.span))
    }

    @Test func bytesAndAStringOfTheSameTextAreEqualAndHashAlike() {
        let bytes = Array("xx Hallo wereld yy".utf8)
        let held = TemplateText(plainBytes: bytes, 3..<15)
        let string = TemplateText(plain: "Hallo wereld")
        #expect(held == string)
        #expect(held.hashValue == string.hashValue)
        #expect(Set([held, string]).count == 1)
        #expect(held != TemplateText(plain: "Hallo"))
        #expect(held != TemplateText(parts: [.text("Hallo "), .placeholder(Name("wereld", span: Span(0, 8)))]))
    }

    @Test func anEmptyRangeIsTheEmptyText() {
        let empty = TemplateText(plainBytes: Array("\"\"".utf8), 1..<1)
        #expect(!empty.isPlain)
        #expect(empty.plain == nil)
        #expect(empty.parts.isEmpty)
        #expect(empty == TemplateText(parts: []))
        #expect(empty == TemplateText(plain: ""))
    }

    @Test func escapesAndPlaceholdersStayParts() throws {
        let text = try #require(Self.firstSay("step a {\n  say \"Hoi \\\"{naam}\\\"\"\n  end\n}\n"))
        #expect(!text.content.isPlain)
        #expect(text.template == "Hoi \"{naam}\"")
        #expect(text.placeholders.map(\.text) == ["naam"])
    }
}
