/// The digest machine JSON has as it is laid out: SHA-256 of its bytes with white space
/// outside strings dropped and the top-level `digest` string written as `""`. For a file laid
/// out as `callscript compile` writes it (compact or indented canonical JSON) that is exactly
/// `CanonicalJSON.digest` of the machine, found without writing the machine again.
///
/// Safe on any bytes, so it can start before the syntax pass has checked them (it never reads
/// past the end, even in a string that is never closed), but the result means something only
/// for bytes `JSONSyntax` accepted. It finds the `digest` string itself, the first top-level
/// key spelt exactly `digest`, so it can run while the reader reads; the caller uses the
/// result only when the reader took its digest from that same offset.
struct LayoutDigest {
    /// 64 lower-case hex digits.
    var hex: String
    /// The offset of the string written as `""`, nil when there was none.
    var digestAt: Int?

    /// Hashes `bytes` in one pass, copying runs of bytes into a 64 KiB buffer (a whole number
    /// of SHA-256 blocks) rather than appending byte by byte.
    static func compute(_ bytes: UnsafeBufferPointer<UInt8>) -> LayoutDigest {
        let quote = UInt8(ascii: "\"")
        var digestAt: Int?
        let hex = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { buffer in
            var sink = Sink(buffer: buffer)
            var depth = 0
            var i = 0
            let count = bytes.count
            while i < count {
                // A run of structure, numbers and literals, up to white space or a string.
                let run = i
                while i < count {
                    let b = bytes[i]
                    if b == quote || JSONSyntax.isSpace(b) { break }
                    if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                        depth += 1
                    } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                        depth -= 1
                    }
                    i += 1
                }
                sink.append(bytes, run, i)
                guard i < count else { break }
                guard bytes[i] == quote else {
                    i = JSONScan.skipSpace(bytes, from: i)
                    continue
                }
                let start = i
                i = min(count, JSONScan.closingQuote(bytes, from: i + 1) + 1)
                if start == digestAt {
                    sink.put(quote)
                    sink.put(quote)
                    continue
                }
                sink.append(bytes, start, i)
                if digestAt == nil, depth == 1, i - start == 8, isDigestKey(bytes, start + 1) {
                    digestAt = valueAfterColon(bytes, i)
                }
            }
            return sink.finish()
        }
        return LayoutDigest(hex: hex, digestAt: digestAt)
    }

    /// The bytes to hash, gathered in a buffer and hashed each time it fills.
    private struct Sink {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var filled = 0
        var hasher = SHA256()

        init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        @inline(__always) mutating func put(_ b: UInt8) {
            buffer[filled] = b
            filled += 1
            if filled == buffer.count { flush() }
        }

        @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
            // Most runs are a short key or value: two words copied (the bytes past `to` are
            // written over by the next append, or never hashed), not a call to `memcpy`.
            if to - from <= 16, filled + 16 <= buffer.count, from + 16 <= bytes.count {
                let source = UnsafeRawBufferPointer(bytes)
                let target = UnsafeMutableRawBufferPointer(buffer)
                let low = source.loadUnaligned(fromByteOffset: from, as: UInt64.self)
                let high = source.loadUnaligned(fromByteOffset: from + 8, as: UInt64.self)
                target.storeBytes(of: low, toByteOffset: filled, as: UInt64.self)
                target.storeBytes(of: high, toByteOffset: filled + 8, as: UInt64.self)
                filled += to - from
                if filled == buffer.count { flush() }
                return
            }
            var from = from
            while from < to {
                let n = min(to - from, buffer.count - filled)
                _ = UnsafeMutableBufferPointer(rebasing: buffer[filled..<(filled + n)])
                    .update(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[from..<(from + n)]))
                filled += n
                from += n
                if filled == buffer.count { flush() }
            }
        }

        mutating func flush() {
            hasher.update(UnsafeBufferPointer(rebasing: buffer[0..<filled]))
            filled = 0
        }

        mutating func finish() -> String {
            flush()
            return SHA256.hexString(hasher.finalize())
        }
    }

    /// True when the six bytes at `at` spell `digest`.
    private static func isDigestKey(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        let key: StaticString = "digest"
        for k in 0..<6 where bytes[at + k] != key.utf8Start[k] { return false }
        return true
    }

    /// When `i` (just after a string) is followed by `:` and a string, that string's offset:
    /// the string was a key and this is its value.
    private static func valueAfterColon(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        var j = i
        while j < bytes.count, JSONSyntax.isSpace(bytes[j]) { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return nil }
        j += 1
        while j < bytes.count, JSONSyntax.isSpace(bytes[j]) { j += 1 }
        return j < bytes.count && bytes[j] == UInt8(ascii: "\"") ? j : nil
    }
}

/// `LayoutDigest.compute` on another thread, so hashing a large file overlaps reading and
/// checking it. `finish()` (or `wait()`) must be called before the bytes are released: the
/// caller keeps them alive until then, which is what makes sharing them sound. A small file is
/// hashed only when its digest is asked for, on the caller's thread: a thread costs more than
/// hashing it, and a file refused before that is never hashed.
final class LayoutDigestTask: @unchecked Sendable {
    /// Files from this size on are hashed on another thread.
    static let backgroundBytes = 1 << 20
    private let bytes: UnsafeBufferPointer<UInt8>
    private let background: BackgroundWork<LayoutDigest>?
    /// A small file's digest, computed on the caller's thread when first asked for.
    private var computed: LayoutDigest?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        guard bytes.count >= Self.backgroundBytes else {
            background = nil
            return
        }
        // The caller keeps the bytes alive until `finish`, so the worker may read them.
        let address = UInt(bitPattern: bytes.baseAddress)
        let count = bytes.count
        background = BackgroundWork {
            LayoutDigest.compute(UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: address), count: count))
        }
    }

    /// The digest, once the worker is done (or hashed now, for a small file).
    func wait() -> LayoutDigest? {
        if let background { return background.value() }
        if computed == nil { computed = LayoutDigest.compute(bytes) }
        return computed
    }

    /// Returns once no thread reads the bytes any more, without hashing a small file.
    func finish() {
        _ = background?.value()
    }
}
