import CallscriptMachine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The secret that signs the audit trail's checkpoints, anchors and erasure markers. It lives
/// in a file outside the data folder (64 hex digits, mode 0600), held by the compliance
/// officer and given to the runner: whoever can edit the data folder but not read the key
/// cannot rewrite the log without `audit verify --key` noticing.
public struct AuditKey: Sendable, Hashable, CustomStringConvertible {
    /// The raw key bytes (32 for a generated key).
    let bytes: [UInt8]

    /// The environment variable naming the key file when `--audit-key` is not given.
    public static let environmentVariable = "CALLSCRIPT_AUDIT_KEY"

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Never the key itself, so a key cannot leak into a log or an error message.
    public var description: String { "audit key (\(bytes.count) bytes)" }

    /// A fresh random 32-byte key from the system's cryptographic generator.
    public static func generate() -> AuditKey {
        var generator = SystemRandomNumberGenerator()
        return AuditKey(bytes: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The file's text: the key as 64 hex digits and a newline.
    public var fileText: String { SHA256.hexString(bytes) + "\n" }

    /// The MAC of `text` as hex.
    public func mac(_ text: String) -> String { HMACSHA256.hex(key: bytes, message: Array(text.utf8)) }

    /// True when `mac` is this key's MAC of `text`.
    public func verifies(_ mac: String, of text: String) -> Bool { HMACSHA256.equal(self.mac(text), mac) }

    /// Writes a new key file, mode 0600; refuses to overwrite one (a lost key cannot verify
    /// the checkpoints it signed).
    public static func write(_ key: AuditKey, to path: String) throws(RuntimeError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST {
                throw .auditKey(path: path, problem: .exists)
            }
            throw .io(path: path, operation: "create the audit key", reason: LockedFile.errnoText())
        }
        defer { close(fd) }
        fchmod(fd, 0o600)
        try LockedFile.writeAll(fd, Array(key.fileText.utf8), path)
    }

    /// Reads a key file. Refuses a file others can read, one that is not 64 hex digits, and,
    /// when `dataFolder` is given, a key kept inside the data folder it protects.
    public static func load(_ path: String, outside dataFolder: URL? = nil) throws(RuntimeError) -> AuditKey {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .auditKey(path: path, problem: .missing)
        }
        if info.st_mode & 0o077 != 0 {
            throw .auditKey(path: path, problem: .readableByOthers(mode: String(info.st_mode & 0o777, radix: 8)))
        }
        if let dataFolder {
            let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            let root = dataFolder.standardizedFileURL.resolvingSymlinksInPath().path
            if key == root || key.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                throw .auditKey(path: path, problem: .insideDataFolder(folder: dataFolder.path))
            }
        }
        let text = String(decoding: try LockedFile.readAll(path), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = Array(text.utf8)
        guard digits.count == 64,
            digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
            )
        else {
            throw .auditKey(path: path, problem: .malformed)
        }
        let bytes = stride(from: 0, to: 64, by: 2).compactMap { i in
            UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16)
        }
        return AuditKey(bytes: bytes)
    }
}
