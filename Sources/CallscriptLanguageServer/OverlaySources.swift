import CallscriptCompiler
import Foundation

/// The disk, with the editor's unsaved text of open documents laid over it: the language
/// server checks what the designer sees, not what was last saved.
public struct OverlaySources: SourceProvider {
    let disk: DiskSources
    /// Unsaved texts by path relative to the main script's folder.
    let overlay: [String: [UInt8]]

    /// `documents` are keyed by absolute path; those inside `folder` are overlaid.
    public init(folder: URL, documents: [String: String]) {
        disk = DiskSources(folder: folder, projectRoot: ProjectRoot.find(from: folder).root)
        let root = folder.standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        var overlay: [String: [UInt8]] = [:]
        for (path, text) in documents where path.hasPrefix(prefix) {
            overlay[String(path.dropFirst(prefix.count))] = Array(text.utf8)
        }
        self.overlay = overlay
    }

    /// The project root's, so `use` reaches the same files as `callscript check`.
    public var projectFolder: [String]? { disk.projectFolder }

    public func read(_ relativePath: String, isMain: Bool) -> SourceReadResult {
        if let bytes = overlay[relativePath] { return .bytes(bytes) }
        return disk.read(relativePath, isMain: isMain)
    }
}

extension LanguageServer {
    /// A server that checks documents with the real compiler and verifier, as of `date`.
    public static func standard(options: CompileOptions = CompileOptions()) -> LanguageServer {
        var unsealed = options
        // Diagnostics only: hashing the machine for its digest would be wasted on every keystroke.
        unsealed.seal = false
        let checkOptions = unsealed
        return LanguageServer { path, documents in
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent()
            let result = Compiler.compile(
                main: url.lastPathComponent, from: OverlaySources(folder: folder, documents: documents),
                options: checkOptions)
            return result.diagnostics
        }
    }
}
