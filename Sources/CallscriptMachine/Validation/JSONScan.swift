/// The two scans every pass over machine JSON repeats most, eight bytes at a time (SWAR: one
/// 64-bit word holds eight bytes, and a few integer operations test all eight): where a run
/// of white space ends, and where the plain text of a string ends (at a quote, a backslash or
/// a control byte). A compiled machine is mostly indentation and short strings, and reading
/// these byte by byte was most of the syntax pass and a large part of the reader.
///
/// Both only ever read whole words that lie inside `bytes`; the last bytes (fewer than
/// eight) are left to the caller's byte-by-byte loop, so the result is always the same as
/// that loop's. `JSONScanTests` compares them with the plain definitions on many inputs.
enum JSONScan {
    /// Whether `a` and `b` hold the same bytes: by index, since the enumerated iterator and
    /// `elementsEqual` cost more than the few bytes of a key or an enumerated value compared.
    @inline(__always) static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var k = 0
        while k < a.count, a[k] == b[k] { k += 1 }
        return k == a.count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// The top bit of each byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// 0x80 in each byte of `v` that is zero and 0 in every other byte. Exact: adding 0x7F to
    /// the low seven bits never carries into the next byte (unlike the shorter `v - 0x01..`
    /// trick, whose borrows mark bytes after a zero byte too).
    @inline(__always) static func zeroBytes(_ v: UInt64) -> UInt64 {
        ~(((v & low7) &+ low7) | v | low7)
    }

    /// 0x80 in each byte of `w` equal to `b`.
    @inline(__always) static func bytes(_ b: UInt8, in w: UInt64) -> UInt64 {
        zeroBytes(w ^ (ones &* UInt64(b)))
    }

    /// The eight bytes at `i` as a little-endian word (the first byte lowest); `i + 8` must
    /// not pass the end.
    @inline(__always) static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// The first offset at or after `i` that is not JSON white space, or `bytes.count`.
    @inline(__always) static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        // Most values follow no space or one; long runs are a pretty file's indentation.
        if i >= bytes.count || !JSONSyntax.isSpace(bytes[i]) { return i }
        var i = i + 1
        while i + 8 <= bytes.count {
            // Runs of spaces a word at a time; a line feed, tab or return found among them goes
            // on to the next word, anything else ends the run.
            let other = ~Self.bytes(0x20, in: word(bytes, i)) & highBits
            if other == 0 {
                i += 8
                continue
            }
            i += other.trailingZeroBitCount >> 3
            guard JSONSyntax.isSpace(bytes[i]) else { return i }
            i += 1
        }
        while i < bytes.count, JSONSyntax.isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// The first offset at or after `i` whose byte is a quote, a backslash or below 0x20, or
    /// where fewer than eight bytes are left (the caller goes on byte by byte from there).
    /// `high` gathers the bytes passed over, so `high & highBits` tells whether any was not
    /// ASCII.
    @inline(__always) static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, high: inout UInt64)
        -> Int
    {
        var i = i
        while i + 8 <= bytes.count {
            let w = word(bytes, i)
            let stop =
                Self.bytes(UInt8(ascii: "\""), in: w) | Self.bytes(UInt8(ascii: "\\"), in: w)
                | zeroBytes(w & 0xE0E0_E0E0_E0E0_E0E0)
            if stop != 0 {
                let n = stop.trailingZeroBitCount >> 3
                high |= w & ((1 << UInt64(n << 3)) &- 1)
                return i + n
            }
            high |= w
            i += 8
        }
        return i
    }

    /// The offset of the quote that closes the string whose content starts at `i`, or
    /// `bytes.count` when it is never closed (possible only in bytes `JSONSyntax` refuses).
    /// Escapes are skipped as every pass skips them (`JSONSyntax.escapeLength`).
    @inline(__always) static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var i = i
        var high: UInt64 = 0
        while true {
            i = plainRun(bytes, from: i, high: &high)
            guard i < bytes.count else { return bytes.count }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { return i }
            i += b == UInt8(ascii: "\\") ? JSONSyntax.escapeLength(bytes, at: i) : 1
        }
    }
}
