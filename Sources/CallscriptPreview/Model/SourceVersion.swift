import CallscriptMachine
import Foundation

/// What a script's preview was made from: a digest of the bytes of the script and every file
/// it uses. The page asks for a new preview when this changes, so a save shows at once,
/// whatever the file system's timestamps do.
public struct SourceVersion: Sendable, Hashable, CustomStringConvertible {
    public let digest: String

    /// The version of `files` (paths as they can be opened) now; a missing file counts as empty.
    public init(files: [String]) {
        var hash = SHA256()
        for path in files.sorted() {
            hash.update(Array(path.utf8) + [0])
            let bytes = FileManager.default.contents(atPath: path).map(Array.init) ?? []
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
