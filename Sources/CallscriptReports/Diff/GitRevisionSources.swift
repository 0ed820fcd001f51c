import CallscriptCompiler
import Foundation

/// Script files as they were at one git revision, read with `git show REV:./PATH`, so
/// `callscript diff --git REV1 REV2 FILE` compiles each version with the `use`d files of
/// that same revision. Nothing is written and the work tree is never consulted.
public struct GitRevisionSources: SourceProvider {
    /// `HEAD~1`, `main`, a commit hash.
    public let revision: String
    /// The main script's folder relative to the working folder (`campaigns`, or "").
    public let folder: String
    public let maximumFileBytes: Int
    /// Where git runs (the working folder `folder` is relative to); nil for the process's own.
    public let workingFolder: URL?

    public init(
        revision: String, folder: String, maximumFileBytes: Int = ScriptLimits.standard.maximumFileBytes,
        workingFolder: URL? = nil
    ) {
        self.revision = revision
        self.folder = folder
        self.maximumFileBytes = maximumFileBytes
        self.workingFolder = workingFolder
    }

    /// The main script's folder under the project root as it was at the revision: the nearest
    /// folder above it (up to the repository's top) whose tree holds a `callscript.json`, as
    /// folder names from that root; nil when there is none, so `use` stays in the script's folder.
    public var projectFolder: [String]? {
        let prefix = git(["rev-parse", "--show-prefix"])
        guard prefix.status == 0 else { return nil }
        var parts: [String] = []
        let typed = String(decoding: prefix.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        for component in (typed + "/" + folder).split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(component))
            }
        }
        // From the script's folder up to the top: the first folder with the marker is the root.
        for depth in stride(from: parts.count, through: 0, by: -1) {
            let marker = (parts.prefix(depth) + [ProjectRoot.fileName]).joined(separator: "/")
            if git(["cat-file", "-e", "\(revision):\(marker)"]).status == 0 { return Array(parts.dropFirst(depth)) }
        }
        return nil
    }

    /// `REV:./folder/path`: git reads `./` relative to the working folder.
    func object(_ relativePath: String) -> String {
        var path = folder.isEmpty ? relativePath : folder + "/" + relativePath
        while path.hasPrefix("./") { path.removeFirst(2) }
        return "\(revision):./\(path)"
    }

    public func read(_ relativePath: String, isMain: Bool) -> SourceReadResult {
        let object = object(relativePath)
        let type = git(["cat-file", "-t", object])
        guard type.status == 0 else { return .notFound }
        switch String(decoding: type.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) {
        case "blob": break
        case "tree": return .isFolder
        default: return .unreadable(reason: "not a file at \(revision)")
        }
        let size = git(["cat-file", "-s", object])
        if let bytes = Int(
            String(decoding: size.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
            bytes > maximumFileBytes
        {
            return .tooLarge(bytes: bytes)
        }
        let blob = git(["show", object])
        guard blob.status == 0 else {
            return .unreadable(reason: String(decoding: blob.error, as: UTF8.self))
        }
        return .bytes(blob.output)
    }

    /// Whether `revision` names a commit git knows; nil when it does, else git's message.
    public func revisionProblem() -> String? {
        // A revision that starts with `-` would be read by git as an option.
        if revision.hasPrefix("-") || revision.isEmpty { return "invalid git revision '\(revision)'" }
        let r = git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
        if r.status == 0 { return nil }
        let message = String(decoding: r.error, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? "unknown git revision '\(revision)'" : message
    }

    /// Runs git in the working folder; output through files so a large blob cannot block on a pipe.
    func git(_ args: [String]) -> (status: Int32, output: [UInt8], error: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + args
        if let workingFolder { process.currentDirectoryURL = workingFolder }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let outURL = folder.appendingPathComponent("out")
            let errURL = folder.appendingPathComponent("err")
            FileManager.default.createFile(atPath: outURL.path, contents: nil)
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try out.close()
            try err.close()
            return (
                process.terminationStatus, [UInt8]((try? Data(contentsOf: outURL)) ?? Data()),
                [UInt8]((try? Data(contentsOf: errURL)) ?? Data())
            )
        } catch {
            return (127, [], Array("cannot run git: \(error)".utf8))
        }
    }
}
