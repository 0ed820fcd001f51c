import CallscriptCompiler
import CallscriptDiagnostics
import Foundation

/// The folder CI resolves report paths from: the project root (`callscript.json`), else the
/// git repository's top, else the working folder. SARIF written from a subfolder names files
/// from there, so code scanning finds them whatever folder `check` ran in.
public enum ReportRoot {
    /// The root for a command run in `start`: absolute, symbolic links resolved.
    public static func folder(from start: URL) -> URL {
        if let root = ProjectRoot.find(from: start).root { return root.folder }
        let fm = FileManager.default
        var folder = start.standardizedFileURL.resolvingSymlinksInPath()
        while true {
            if fm.fileExists(atPath: folder.appendingPathComponent(".git").path) { return folder }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { break }
            folder = parent
        }
        return start.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// `start` as seen from `root` (`campagnes/energie`), "" when they are the same folder or
    /// `start` is not under `root`.
    public static func prefix(of start: URL, under root: URL) -> String {
        let real = start.standardizedFileURL.resolvingSymlinksInPath().path
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard real.hasPrefix(base) else { return "" }
        return String(real.dropFirst(base.count))
    }

    /// The diagnostic with every relative path (as seen from the working folder) made relative
    /// to the root, given the working folder's `prefix` under it.
    public static func relocate(_ d: Diagnostic, prefix: String) -> Diagnostic {
        guard !prefix.isEmpty else { return d }
        var copy = d
        func fix(_ r: SourceRange) -> SourceRange {
            var r = r
            r.file = join(prefix, r.file)
            return r
        }
        copy.range = fix(d.range)
        copy.related = d.related.map { RelatedLocation(label: $0.label, range: fix($0.range)) }
        copy.fixIts = d.fixIts.map { f in
            FixIt(
                message: f.message, edits: f.edits.map { TextEdit(range: fix($0.range), replacement: $0.replacement) })
        }
        return copy
    }

    /// `prefix/path` with `.` and `..` resolved; absolute and empty paths stay as they are.
    static func join(_ prefix: String, _ path: String) -> String {
        if path.isEmpty || path.hasPrefix("/") { return path }
        var parts = prefix.split(separator: "/").map(String.init)
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                // Above the root: keep the path as given rather than invent one.
                if parts.isEmpty { return path }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
