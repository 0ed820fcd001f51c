import CallscriptDiagnostics
import CallscriptGenerator
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

    /// The template form, written the plain way: each text with its braces doubled, each
    /// placeholder between braces.
    static func referenceTemplate(_ parts: [TemplatePart]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text):
                out += text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .placeholder(let name): out += "{" + name.text + "}"
            }
        }
        return out
    }

    @Test func theTemplateOfMixedPartsIsTheirTextWithBracesDoubled() {
        // Texts around the 8-byte words the brace scan reads, with braces, accents and signs.
        let pieces = ["", "a", "{", "}", "Zoë", "€ 12,50", "Hoi {{ daar }}", "twaalf maanden korting", "é}é{é"]
        let names = ["naam", "voornaam", "agent", "x"]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<500 {
            var parts: [TemplatePart] = []
            for _ in 0..<random.below(6) {
                if random.below(3) == 0 {
                    parts.append(.placeholder(Name(random.pick(names), span: Span(0, 0))))
                } else {
                    parts.append(.text((0..<(1 + random.below(3))).map { _ in random.pick(pieces) }.joined()))
                }
            }
            let literal = TextLiteral(parts: parts, span: Span(0, 0))
            #expect(literal.template == Self.referenceTemplate(parts), "\(parts)")
        }
    }
}
