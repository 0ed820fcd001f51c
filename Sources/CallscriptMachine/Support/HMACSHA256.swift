/// HMAC-SHA-256 (RFC 2104 with FIPS 180-4 SHA-256), written here because the product uses no
/// third-party packages. It keys the audit trail's checkpoints, anchors and erasure seals: a
/// plain hash can be recomputed by anyone who can edit the file, a keyed one only by the key holder.
public enum HMACSHA256 {
    static let blockSize = 64

    /// The 32-byte MAC of `message` under `key` (any length; longer keys are hashed first).
    public static func authenticate<Key: Sequence, Message: Sequence>(key: Key, message: Message) -> [UInt8]
    where Key.Element == UInt8, Message.Element == UInt8 {
        var block = Array(key)
        if block.count > blockSize {
            var hasher = SHA256()
            hasher.update(block)
            block = hasher.finalize()
        }
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        let innerDigest = inner.finalize()
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(innerDigest)
        return outer.finalize()
    }

    /// The MAC as 64 lower-case hex digits.
    public static func hex<Key: Sequence, Message: Sequence>(key: Key, message: Message) -> String
    where Key.Element == UInt8, Message.Element == UInt8 {
        SHA256.hexString(authenticate(key: key, message: message))
    }

    /// Compares two MACs in time independent of where they differ, so a forger learns nothing
    /// from how long a wrong guess takes to be refused.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<x.count { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
