import CallscriptDiagnostics
import CallscriptGenerator
import Foundation
import Testing

/// `trimmingWhitespace` trims what Foundation's `trimmingCharacters(in: .whitespaces)` trims:
/// tabs, space separators and the zero-width space at the ends, never line breaks or anything else.
@Suite struct WhitespaceTests {
    static let pieces = [
        "", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{2028}", "a",
        "é", "e\u{301}", "\u{301}", "callscript: allow", "\"reden\"", "€", "🙂", "#",
    ]

    @Test func trimsWhatFoundationTrims() {
        var random = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<2000 {
            let text = (0..<random.below(7)).map { _ in random.pick(Self.pieces) }.joined()
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            let sub = text.dropFirst(min(1, text.count))
            #expect(sub.trimmingWhitespace == sub.trimmingCharacters(in: .whitespaces), "\(sub.debugDescription)")
        }
    }

    @Test func keepsTheInside() {
        #expect("  \t allow sales-wording  \"x  y\" \u{A0}".trimmingWhitespace == "allow sales-wording  \"x  y\"")
        #expect(" \n ".trimmingWhitespace == "\n")
        #expect("\u{3000}".trimmingWhitespace == "")
    }

    @Test func everyScalarOfTheBasicPlaneIsWhitespaceExactlyWhenFoundationSaysSo() {
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "a"
            #expect(
                String(scalar).trimmingWhitespace.isEmpty == CharacterSet.whitespaces.contains(scalar),
                "U+\(String(value, radix: 16))")
            #expect(text.trimmingWhitespace == text)
        }
    }
}
