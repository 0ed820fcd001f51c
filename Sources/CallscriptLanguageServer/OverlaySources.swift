import CallscriptCompiler
import Foundation

/// The disk, with the editor's unsaved text of open documents laid over it: the language
/// server checks what the designer sees, not what was last saved.
public struct OverlaySources: SourceProvider {
    let disk: DiskSources
    /// Unsaved texts by path relative to the main script's folder.
    let overlay: [String: [UInt8]]

    /// `documents` are keyed by absolute path. Each is overlaid under its path relative to
    /// `folder`, with `../` where it lies above it (a shared file the loader may reach under a
    /// project root); the loader decides which of them a script may read.
    public init(folder: URL, documents: [String: String]) {
        disk = DiskSources(folder: folder, projectRoot: ProjectRoot.find(from: folder).root)
        let root = folder.standardizedFileURL.path
        var overlay: [String: [UInt8]] = [:]
        for (path, text) in documents {
            overlay[Self.relative(path, from: root)] = Array(text.utf8)
        }
        self.overlay = overlay
    }

    /// `path` relative to the folder `root` (both absolute), climbing with `..` where needed.
    static func relative(_ path: String, from root: String) -> String {
        let target = path.split(separator: "/")
        let base = root.split(separator: "/")
        var shared = 0
        while shared < base.count, shared < target.count - 1, target[shared] == base[shared] { shared += 1 }
        let climbs = Array(repeating: "..", count: base.count - shared)
        return (climbs + target[shared...].map(String.init)).joined(separator: "/")
    }

    /// The project root's, so `use` reaches the same files as `callscript check`.
    public var projectFolder: [String]? { disk.projectFolder }

    /// The translations beside the script on disk, so the editor shows their findings too.
    public func translationFiles(of main: String) -> [String] { disk.translationFiles(of: main) }

    public func read(_ relativePath: String, isMain: Bool) -> SourceReadResult {
        if let bytes = overlay[relativePath] { return .bytes(bytes) }
        return disk.read(relativePath, isMain: isMain)
    }

    public func scriptFileNames(inFolder folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let open = overlay.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".call") }
            .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") }
        return Array(Set(disk.scriptFileNames(inFolder: folder) + open)).sorted()
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
            // The folder the loader reads `use`d files from, and the main script's path in it,
            // as `Compiler.compile(path:)` decides them for `callscript check`.
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().standardizedFileURL
            let result = Compiler.compile(
                main: url.lastPathComponent, from: OverlaySources(folder: folder, documents: documents),
                options: checkOptions)
            var script = CheckedScript(main: path, root: folder.path, files: [:], diagnostics: result.diagnostics)
            for (display, file) in result.sources { script.files[script.absolute(display)] = file }
            return script
        }
    }
}
