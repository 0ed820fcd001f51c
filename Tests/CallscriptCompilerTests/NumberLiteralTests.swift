import CallscriptGenerator
import Testing

@testable import CallscriptCompiler

/// `LiteralRules.isFiniteNumber` reads the lexer's number shape from its bytes; it must agree
/// with `Double` on every text, of that shape or not.
@Suite struct NumberLiteralTests {
    @Test(arguments: [
        "0", "3", "-1", "2.5", "-0.75", "007", "1.", ".5", "-", "--1", "1-", "1.2.3", "3abc", "1e3", "inf", "nan",
        "", " 1", "1 ", "+1", "0x10", String(repeating: "9", count: 308), String(repeating: "9", count: 309),
        "-" + String(repeating: "9", count: 308) + ".5", String(repeating: "1", count: 400),
    ])
    func agreesWithDouble(_ text: String) {
        #expect(LiteralRules.isFiniteNumber(text) == (Double(text)?.isFinite == true), "\(text.debugDescription)")
    }

    @Test func agreesWithDoubleOnRandomTexts() {
        var random = SeededRandom(seed: 15)
        let alphabet = Array("0123456789-.e+ x")
        for _ in 0..<5_000 {
            let length = Int(random.next() % 12)
            let text = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(LiteralRules.isFiniteNumber(text) == (Double(text)?.isFinite == true), "\(text.debugDescription)")
        }
    }
}
