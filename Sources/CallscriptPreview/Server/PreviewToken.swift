/// The secret in the preview's address (`http://127.0.0.1:PORT/TOKEN/`): every request's path
/// must start with it, so another local user or a web page in the designer's browser cannot
/// read the scripts or write test files through the preview.
public struct PreviewToken: Sendable, Hashable {
    /// 64 hex digits.
    public let value: String

    public init(value: String) {
        self.value = value
    }

    /// 32 random bytes from the system's generator, as 64 hex digits.
    public static func random() -> PreviewToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return PreviewToken(value: bytes.map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined())
    }

    /// Compares in time that does not depend on where the texts differ.
    public func matches(_ candidate: Substring) -> Bool {
        let a = Array(value.utf8)
        let b = Array(candidate.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }
}
