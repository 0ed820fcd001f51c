import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// Inputs that must give a clear error (or none) quickly, never a crash, hang or overflow.
@Suite struct BadInputTests {
    func parse(_ bytes: [UInt8]) -> ParseResult { Parser.parse(SourceFile(path: "t.call", bytes: bytes)) }

    func parse(_ text: String) -> ParseResult { Parser.parse(SourceFile(path: "t.call", text: text)) }

    @Test func emptyFile() {
        let result = parse("")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.header == nil && result.file.items.isEmpty)
        #expect(result.file.span == Span(0, 0))
    }

    @Test func onlyWhitespaceAndComments() {
        let result = parse("\n\n   # alleen commentaar\r\n\t\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.file.comments.count == 1)
    }

    @Test func binaryFileGivesOneError() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]
        var state: UInt32 = 12345
        for _ in 0..<1_000_000 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let result = parse(bytes)
        #expect(result.diagnostics.map(\.code) == ["CS0008"])
        #expect(result.diagnostics.first?.range.start.offset == 8)
    }

    @Test func nulByteLaterInATextFileIsOneError() {
        let text = String(repeating: "# opvulling\n", count: 1000) + "step a {\n  end\u{0}\n}\n"
        let result = parse(text)
        #expect(result.diagnostics.map(\.code) == ["CS0007"])
        #expect(result.diagnostics.first?.message == "unexpected NUL character")
    }

    @Test func latin1FileReportsInvalidUTF8Once() {
        var bytes: [UInt8] = []
        for index in 0..<500 {
            bytes += Array("step s\(index) {\n  say \"Caf".utf8) + [0xE9] + Array(" \(index)\"\n  end\n}\n".utf8)
        }
        let result = parse(bytes)
        #expect(result.diagnostics.map(\.code) == ["CS0006"])
        #expect(result.diagnostics.first?.range.start.line == 2)
        #expect(result.file.items.count == 500)
    }

    @Test func tenThousandNestedParenthesesGiveOneError() {
        let depth = 10_000
        let text =
            "step a {\n  if " + String(repeating: "(", count: depth) + "x == 1" + String(repeating: ")", count: depth)
            + " -> a\n  else -> a\n}\n"
        let result = parse(text)
        #expect(result.diagnostics.map(\.code) == ["CS0025"])
        guard case .step(let step) = result.file.items.first, case .branches(_, let otherwise) = step.body.ending?.kind
        else {
            Issue.record("the step and its else are still parsed")
            return
        }
        #expect(otherwise?.text == "a")
    }

    @Test func tenThousandNotsGiveOneError() {
        let text = "step a {\n  if " + String(repeating: "not ", count: 10_000) + "x == 1 -> a\n  else -> a\n}\n"
        #expect(parse(text).diagnostics.map(\.code) == ["CS0025"])
    }

    @Test func longAndChainsAreBoundedToo() throws {
        let chain = (0..<10_000).map { "x == \($0)" }.joined(separator: " and ")
        let result = parse("step a {\n  if \(chain) -> a\n  else -> a\n}\n")
        #expect(result.diagnostics.map(\.code) == ["CS0025"])
        #expect(result.diagnostics.first?.message == "condition has too many 'and'/'or' terms")
        let fine = (0..<20).map { "x == \($0)" }.joined(separator: " or ")
        #expect(parse("step a {\n  if \(fine) -> a\n  else -> a\n}\n").diagnostics.isEmpty)
    }

    @Test func maximumDepthIsAllowed() {
        let depth = Parser.maximumConditionDepth - 1
        let text =
            "step a {\n  if " + String(repeating: "(", count: depth) + "x == 1" + String(repeating: ")", count: depth)
            + " -> a\n  else -> a\n}\n"
        #expect(parse(text).diagnostics.isEmpty)
    }

    @Test func tenThousandOpenBracesAreBounded() {
        let result = parse("step a " + String(repeating: "{", count: 10_000) + "\n")
        #expect(!result.diagnostics.isEmpty && result.diagnostics.count <= 3, "\(result.diagnostics.map(\.message))")
        let closers = parse("step a {\n  end\n" + String(repeating: "}", count: 10_000))
        #expect(closers.diagnostics.count <= ParserState.errorLimit + 1)
    }

    @Test func veryLongLine() {
        let long = String(repeating: "Dit is een hele lange zin. ", count: 200_000)
        let result = parse("step a {\n  say \"\(long)\"\n  end\n}\n")
        #expect(result.diagnostics.isEmpty)
        guard case .step(let step) = result.file.items.first, case .say(let text) = step.body.statements.first?.kind
        else {
            Issue.record("expected the say statement")
            return
        }
        #expect(text.plainText.utf8.count == long.utf8.count)
        let oneLine = String(repeating: "say \"x\" ", count: 100_000)
        #expect(parse("step a { \(oneLine) end }").diagnostics.isEmpty)
    }

    @Test func strayCharactersEverywhereStopAfterTheLimit() {
        let result = parse(String(repeating: "@ ", count: 100_000))
        #expect(result.diagnostics.count == Lexer.errorLimit + 1)
        #expect(result.diagnostics.last?.code == "CS0037")
    }

    @Test func fiftyMegabyteScriptParses() {
        let bytes = Self.generatedScript(targetSize: 50_000_000)
        #expect(bytes.count >= 50_000_000)
        let result = parse(bytes)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3).map(\.message))")
        #expect(result.file.items.count > 20_000)
    }

    /// A valid script of about `targetSize` bytes, built by repeating one block: numbered
    /// steps that say a long line, capture, branch and jump to the next. Step names repeat
    /// between blocks, which only the compiler would mind.
    static func generatedScript(targetSize: Int) -> [UInt8] {
        var block: [UInt8] = []
        let sentence = String(
            repeating: "Dit aanbod geldt voor oud-klanten met een vaste korting op stroom. ", count: 30)
        for index in 0..<100 {
            block += Array(
                """
                step s\(index) {
                  say "Goedemiddag {first_name}, \(sentence)"
                  capture interest "Hoe groot is uw interesse?" # vraag \(index)
                  if interest == low and not (interest == high or interest != medium) -> s\(index + 1)
                  else -> s\(index + 1)
                }

                """.utf8)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(targetSize + block.count + 200)
        bytes += Array("contact first_name: text\ncapture interest: choice(low, medium, high)\nstart s0\n".utf8)
        while bytes.count < targetSize { bytes += block }
        bytes += Array("step s100 {\n  end\n}\n".utf8)
        return bytes
    }
}
