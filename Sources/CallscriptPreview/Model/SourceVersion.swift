import CallscriptMachine
import Foundation

/// What a script's preview was made from: a digest of the bytes of the script and every file
/// it uses, as the compiler read them. The page asks for a new preview when the files on disk
/// give another digest, so a save shows at once, whatever the file system's timestamps do, and
/// a save during a compilation is never missed.
public struct SourceVersion: Sendable, Hashable, CustomStringConvertible {
    /// The first 12 bytes of the SHA-256, in hex.
    public let digest: String

    /// The version of `files` (paths as they can be opened) now; a missing file counts as empty.
    public init(files: [String]) {
        var contents: [String: [UInt8]] = [:]
        for path in files { contents[path] = FileManager.default.contents(atPath: path).map(Array.init) ?? [] }
        self.init(contents: contents)
    }

    /// The version of these bytes by path: what a compilation read gives the same version as
    /// the files on disk when they still hold those bytes.
    public init(contents: [String: [UInt8]]) {
        var hash = SHA256()
        for (path, bytes) in contents.sorted(by: { $0.key < $1.key }) {
            hash.update(Array(path.utf8) + [0])
            hash.update(Array(String(bytes.count).utf8) + [0])
            hash.update(bytes)
        }
        digest = hash.finalize().prefix(12).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    public var description: String { digest }

    /// Waits until the version of `files` differs from `known`, checking every `interval`
    /// seconds for at most `timeout` seconds; returns the version then (maybe still `known`).
    public static func waitForChange(
        of files: [String], from known: String, timeout: Double, interval: Double = 0.2
    ) -> SourceVersion {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let now = SourceVersion(files: files)
            if now.digest != known || Date() >= deadline { return now }
            Thread.sleep(forTimeInterval: interval)
        }
    }
}
