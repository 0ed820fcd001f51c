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

    /// The scripts under the folder, as paths relative to it, sorted. Hidden folders and
    /// `.build` are skipped.
    public func scripts() -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        let base = root.standardizedFileURL.path
        for case let url as URL in walker where url.pathExtension == "call" {
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
    /// says why).
    static func hasScriptHeader(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return true }
        var lexer = Lexer(source: SourceFile(path: path, bytes: Array(data)))
        let first = lexer.next()
        return first.keyword == .script || !lexer.diagnostics.isEmpty
    }
}
