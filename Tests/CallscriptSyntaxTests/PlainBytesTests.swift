import Testing

@testable import CallscriptSyntax

/// The eight-bytes-at-once test must find exactly the first byte the byte-at-a-time test finds.
@Suite struct PlainBytesTests {
    /// The byte values that matter (every stop, its neighbours, and ASCII text), so random
    /// words are dense with near misses.
    static let alphabet: [UInt8] = Array("\"'\\{}\n!#&[]|zaA \t\r~".utf8) + [0x00, 0x01, 0x7F, 0x80, 0xC3, 0xE2, 0xFF]

    @Test func firstStopAgreesWithTheByteTest() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                // Half the words are mostly plain text with one stop or none.
                let plain = round % 2 == 0 && Int.random(in: 0..<4, using: &generator) != 0
                bytes.append(
                    plain
                        ? UInt8.random(in: 0x20...0x7A, using: &generator)
                        : Self.alphabet.randomElement(using: &generator) ?? 0)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let flags = PlainBytes.stringStops(in: word)
            let expected = bytes.firstIndex(where: PlainBytes.isStringStop)
            if let expected {
                #expect(flags != 0 && PlainBytes.firstFlagged(flags) == expected, "\(bytes)")
            } else {
                #expect(flags == 0, "\(bytes)")
            }
        }
    }

    @Test func everyByteValueAlone() {
        for value in 0...255 {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[place] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let flags = PlainBytes.stringStops(in: word)
                if PlainBytes.isStringStop(UInt8(value)) {
                    #expect(flags != 0 && PlainBytes.firstFlagged(flags) == place)
                } else {
                    #expect(flags == 0)
                }
            }
        }
    }

    @Test func braceSearchAgreesWithTheByteTest() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let count = Int.random(in: 0..<30, using: &generator)
            let bytes = (0..<count).map { _ in Self.alphabet.randomElement(using: &generator) ?? 0 }
            let expected = bytes.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
            #expect(bytes.withUnsafeBufferPointer(PlainBytes.containsBrace) == expected, "\(bytes)")
        }
    }
}
