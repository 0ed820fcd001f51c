import Testing

@testable import CallscriptDiagnostics

/// The word-at-a-time scans of a source file must agree with the plain byte loops.
@Suite struct ByteWordsTests {
    static let alphabet: [UInt8] = Array("ab \n\r\t{}\"".utf8) + [0x00, 0x0B, 0x7F, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0xFF]

    func randomBytes(_ count: Int, _ generator: inout SystemRandomNumberGenerator) -> [UInt8] {
        (0..<count).map { _ in Self.alphabet.randomElement(using: &generator) ?? 0 }
    }

    @Test func lineStartsAgreeWithTheByteLoop() {
        var generator = SystemRandomNumberGenerator()
        for count in 0..<200 {
            let bytes = randomBytes(count, &generator)
            let expected = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
            #expect(ByteWords.lineStarts(bytes) == expected, "\(bytes)")
        }
    }

    @Test func scalarCountsAgreeWithTheByteLoop() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let bytes = randomBytes(Int.random(in: 0..<40, using: &generator), &generator)
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let end = Int.random(in: start...bytes.count, using: &generator)
            let expected = bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count
            #expect(ByteWords.scalars(bytes, start..<end) == expected, "\(bytes) \(start)..<\(end)")
        }
    }

    /// A range's end column, taken from its start on the same line, is the one a separate
    /// lookup gives.
    @Test func rangesOnOneLineMatchSeparateLookups() {
        let text = "step één {\n  say \"Goedemiddag — €5\"\n}\n  \u{1F600} x"
        let file = SourceFile(path: "t.call", text: text)
        for start in 0...file.bytes.count {
            for end in start...file.bytes.count {
                let range = file.range(start, end)
                #expect(range.start == file.location(ofOffset: start))
                #expect(range.end == file.location(ofOffset: end), "\(start)..<\(end)")
            }
        }
    }
}
