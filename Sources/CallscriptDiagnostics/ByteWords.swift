/// Byte scans over a file eight bytes at a time (a 64-bit word, read little-endian): finding
/// line breaks and counting Unicode scalars. Every file is scanned for its lines when read, and
/// every state of a compiled machine asks for the columns of its range.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `value` that is zero, and of no other byte (exact: the
    /// addition cannot carry from one byte into the next).
    @inline(__always)
    static func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & lows) &+ lows) | value) & highs }

    /// The offset at which each line starts: 0, and one past every `\n`.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        // The exact size: a guess grew the table by doubling, and at 100,000 steps the unused
        // half was 3-4 MB of the peak memory of `check` (it is kept for the whole run).
        starts.reserveCapacity(newlineCount(bytes) + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let newlines = ones &* UInt64(UInt8(ascii: "\n"))
            var index = 0
            while index + 8 <= buffer.count {
                var found = zeroBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ newlines)
                while found != 0 {
                    starts.append(index + (found.trailingZeroBitCount >> 3) + 1)
                    found &= found &- 1
                }
                index += 8
            }
            while index < buffer.count {
                if buffer[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
                index += 1
            }
        }
        return starts
    }

    /// How many `\n` bytes there are, eight at a time.
    private static func newlineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let newlines = ones &* UInt64(UInt8(ascii: "\n"))
            var count = 0
            var index = 0
            while index + 8 <= buffer.count {
                count +=
                    zeroBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ newlines)
                    .nonzeroBitCount
                index += 8
            }
            while index < buffer.count {
                if buffer[index] == UInt8(ascii: "\n") { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// The number of Unicode scalars in `bytes[range]`: its bytes that are not UTF-8
    /// continuation bytes (`10xxxxxx`). The range is clamped to the array.
    static func scalars(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var index = max(range.lowerBound, 0)
            let end = min(range.upperBound, buffer.count)
            var continuations = 0
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A continuation byte has its high bit set and the next bit clear.
                continuations += (word & ~(word << 1) & highs).nonzeroBitCount
                index += 8
            }
            while index < end {
                if buffer[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return max(end - max(range.lowerBound, 0), 0) - continuations
        }
    }
}
