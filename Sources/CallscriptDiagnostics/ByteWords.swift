import Glibc

/// Byte scans over a file: its line breaks (with the C library's `memchr`), and Unicode scalars
/// counted eight bytes at a time (a 64-bit word, read little-endian). Every file is scanned for
/// its lines when read, and every state of a compiled machine asks for the columns of its range
/// (public for the compiler's line cursor, which counts columns the same way).
public enum ByteWords {
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset at which each line starts: 0, and one past every `\n`.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 24 + 16)
        // `memchr` from line to line (vectorised by the C library): a line is a few dozen
        // bytes, and a scan of our own, counting first so as to size the table, read every
        // byte twice.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count,
                let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset)
            {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        // Kept for the whole run at its exact size: a guess that grew by doubling left 3-4 MB
        // unused at 100,000 steps, part of the peak memory of `check`.
        return starts.count == starts.capacity ? starts : starts.withUnsafeBufferPointer { Array($0) }
    }

    /// The number of Unicode scalars in `bytes[range]`: its bytes that are not UTF-8
    /// continuation bytes (`10xxxxxx`). The range is clamped to the array.
    public static func scalars(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
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
