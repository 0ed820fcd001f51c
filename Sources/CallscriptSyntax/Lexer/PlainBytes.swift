/// Tests eight bytes at once for the bytes a scanner must stop at (SWAR: SIMD within a
/// register). The lexer spends most of its time stepping over plain text in strings; asking
/// of a 64-bit word "is any byte one of these?" takes a few instructions instead of a loop of
/// comparisons per byte.
///
/// A byte of `word ^ repeated(b)` is zero exactly where `word` has `b`. `zeroBytes` flags such
/// bytes with their high bit. The subtraction can also flag a byte just above a zero byte
/// (the borrow), but never one below the first zero, so the lowest flag is always a real one:
/// `firstFlagged` is exact, which is all a scanner needs (words are read little-endian).
enum PlainBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func repeated(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    @inline(__always)
    private static func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }

    /// Flags (high bit of each byte) where `word` holds a byte at which a string scan stops:
    /// `"`, `'`, `\`, `{`, `}`, a line break or any non-ASCII byte. Zero when there is none.
    @inline(__always)
    static func stringStops(in word: UInt64) -> UInt64 {
        let specials =
            zeroBytes(word ^ repeated(UInt8(ascii: "\""))) | zeroBytes(word ^ repeated(UInt8(ascii: "'")))
            | zeroBytes(word ^ repeated(UInt8(ascii: "\\"))) | zeroBytes(word ^ repeated(UInt8(ascii: "{")))
            | zeroBytes(word ^ repeated(UInt8(ascii: "}"))) | zeroBytes(word ^ repeated(UInt8(ascii: "\n")))
        return specials | (word & highs)
    }

    /// The same test for one byte.
    @inline(__always)
    static func isStringStop(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "{")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "'")
    }

    /// Whether `bytes` holds a `{` or a `}` (every literal's template asks).
    static func containsBrace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if zeroBytes(word ^ repeated(UInt8(ascii: "{"))) | zeroBytes(word ^ repeated(UInt8(ascii: "}"))) != 0 {
                return true
            }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "}") { return true }
            index += 1
        }
        return false
    }

    /// The index (0-7) of the lowest flagged byte of a non-zero flag word.
    @inline(__always)
    static func firstFlagged(_ flags: UInt64) -> Int { flags.trailingZeroBitCount >> 3 }
}
