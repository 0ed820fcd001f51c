import CallscriptMachine
import Testing

/// `Template.init` cuts UTF-8 bytes at braces; it must give the parts the scalar-by-scalar
/// parser it replaced gave, kept here as the reference, for any text.
@Suite struct TemplateParsingTests {
    /// The previous parser, unchanged.
    static func reference(_ source: String) -> [Template.Part] {
        var parts: [Template.Part] = []
        var text = ""
        let scalars = Array(source.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                text.append("{")
                i += 2
                continue
            }
            if c == "}", i + 1 < scalars.count, scalars[i + 1] == "}" {
                text.append("}")
                i += 2
                continue
            }
            if c == "{", let close = scalars[(i + 1)...].firstIndex(of: "}") {
                if !text.isEmpty {
                    parts.append(.text(text))
                    text = ""
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[(i + 1)..<close])
                parts.append(.placeholder(name))
                i = close + 1
                continue
            }
            text.unicodeScalars.append(c)
            i += 1
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }

    @Test(arguments: [
        "", "Goedemiddag {first_name}, {{korting}} van {company}!", "{", "}", "{{", "}}", "{}", "{{}}", "{a{b}c}",
        "}{x}{", "Dag {voornaam}.", "één {naam} — café {{ok}} 😀{x}😀", "{{{a}}}", "{a}}", "{{a}",
    ])
    func knownTexts(_ text: String) {
        #expect(Template(text).parts == Self.reference(text))
    }

    @Test func randomTexts() {
        let pieces = ["{", "}", "{{", "}}", "a", "naam", " ", "é", "😀", "{x}", "\u{301}", "ß"]
        var rng = TextRandom(seed: 15)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 12) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            #expect(Template(text).parts == Self.reference(text), "\(text)")
        }
    }
}

/// A small deterministic generator, so a failure names a text that can be replayed.
private struct TextRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
