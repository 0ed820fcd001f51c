import CallscriptDiagnostics
import CallscriptSyntax
import Foundation

/// Finding the main scripts on disk that may use a shared file. Bounded: an editor opened on a
/// home folder must not make the server read the whole disk.
enum ScriptDiscovery {
    /// At most this many `.call` files are looked at per folder searched.
    static let maximumScripts = 400
    /// Folders deeper than this below the searched folder are skipped.
    static let maximumDepth = 6
    /// Without workspace folders, this many folders above a shared file are searched.
    static let ancestorsSearched = 2

    /// The folders to search for the users of `path`: the workspace folders holding it, else
    /// the file's folder and the folders just above it.
    static func folders(around path: String, roots: [String]) -> [String] {
        let holding = roots.filter { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        if !holding.isEmpty { return holding.sorted { $0.count > $1.count } }
        var folder = (path as NSString).deletingLastPathComponent
        var out = [folder]
        for _ in 0..<ancestorsSearched where folder != "/" && !folder.isEmpty {
            folder = (folder as NSString).deletingLastPathComponent
            out.append(folder)
        }
        // The widest folder alone covers the others.
        return out.last.map { [$0] } ?? []
    }

    /// The `.call` files with a `script` header under `folder`, sorted.
    static func mainScripts(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        var looked = 0
        for case let url as URL in walker {
            if walker.level > maximumDepth {
                walker.skipDescendants()
                continue
            }
            guard url.pathExtension == "call" else { continue }
            looked += 1
            if looked > maximumScripts { break }
            let path = url.standardizedFileURL.path
            if let text = read(path), hasHeader(text) { found.append(path) }
        }
        return found.sorted()
    }

    /// The text of a small regular file, or nil.
    static func read(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            (attributes[.size] as? Int ?? 0) <= 4 * 1024 * 1024,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// True when the first token (after comments) is `script`.
    static func hasHeader(_ text: String) -> Bool {
        ScriptFileKind(bytes: Array(text.utf8)) == .main
    }
}
