import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// The designer's folder: the scripts it holds (`.call` files that start with a `script`
/// header; shared files brought in with `use` are checked through the scripts that use them),
/// and the one way a request's script name becomes a file: it must be one of those listed.
public struct PreviewWorkspace: Sendable {
    /// The folder as the designer typed it.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// At most this many `.call` files are looked at: a preview started on a home folder must
    /// not read the whole disk.
    public static let maximumFiles = 2000
    /// Folders deeper than this below the workspace folder are skipped.
    public static let maximumDepth = 8

    /// The scripts under the folder, as paths relative to it, sorted. Hidden folders (such as
    /// `.build` and `.git`) are skipped.
    public func scripts() -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        var looked = 0
        let base = root.standardizedFileURL.path
        for case let url as URL in walker {
            if walker.level > Self.maximumDepth {
                walker.skipDescendants()
                continue
            }
            guard url.pathExtension == "call" else { continue }
            looked += 1
            if looked > Self.maximumFiles { break }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            if Self.hasScriptHeader(path) { found.append(String(path.dropFirst(base.count + 1))) }
        }
        return found.sorted()
    }

    /// The file of a listed script, or nil when `relative` is not one (no `..`, no absolute
    /// path, no hidden folder, no file without a `script` header): the same test as `scripts()`,
    /// for one file.
    public func file(of relative: String) -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard relative.hasSuffix(".call"), !relative.hasPrefix("/"),
            parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") })
        else { return nil }
        let path = ScriptTestPaths.clean(folder.isEmpty ? relative : folder + "/" + relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            Self.hasScriptHeader(path)
        else { return nil }
        return path
    }

    /// True when the file's first token is `script` (or it cannot be read: the compiler then
    /// says why). Only the file's beginning is read: the header comes first.
    static func hasScriptHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        let kind = ScriptFileKind(bytes: Array(head), path: path)
        return kind == .main || kind == .unreadable
    }
}
