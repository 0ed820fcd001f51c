import CallscriptMachine
import Testing

/// Every HMAC-SHA-256 test case of RFC 4231 (section 4); case 5 checks the first 128 bits only,
/// as the RFC does.
@Suite struct HMACSHA256Tests {
    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).compactMap { i in
            UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16)
        }
    }

    static let cases: [(key: [UInt8], data: [UInt8], mac: String)] = [
        (
            [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        (
            bytes("0102030405060708090a0b0c0d0e0f10111213141516171819"), [UInt8](repeating: 0xcd, count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        (
            [UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8),
            "a3b6167473100ee06e0c796c2955552b"
        ),
        (
            [UInt8](repeating: 0xaa, count: 131),
            Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        (
            [UInt8](repeating: 0xaa, count: 131),
            Array(
                "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
                    .utf8),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ]

    @Test(arguments: 0..<7)
    func rfc4231(testCase: Int) {
        let c = Self.cases[testCase]
        let mac = HMACSHA256.hex(key: c.key, message: c.data)
        #expect(mac.hasPrefix(c.mac), "RFC 4231 test case \(testCase + 1)")
        #expect(mac.count == 64)
    }

    @Test func comparisonNeedsEveryDigit() {
        let mac = HMACSHA256.hex(key: Array("sleutel".utf8), message: Array("bericht".utf8))
        #expect(HMACSHA256.equal(mac, mac))
        #expect(!HMACSHA256.equal(mac, String(mac.dropLast()) + (mac.last == "0" ? "1" : "0")))
        #expect(!HMACSHA256.equal(mac, String(mac.dropLast())))
    }
}
