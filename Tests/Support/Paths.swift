import Foundation

/// Locations of the repository's folders, found from this file so tests run from any directory.
public enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    public static func root() -> URL {
        // #filePath here is this file: Tests/Support/Paths.swift.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    public static var examples: URL { root().appendingPathComponent("Examples") }
    public static var docs: URL { root().appendingPathComponent("Docs") }
    public static var grammar: URL { root().appendingPathComponent("Grammar") }
    /// The shared, read-only folder beside the repository (spec, rules, schemas).
    public static var shared: URL { root().deletingLastPathComponent().appendingPathComponent("shared") }

    /// All files under `folder` with the given extension, sorted by path.
    public static func files(in folder: URL, withExtension ext: String) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var out: [URL] = []
        for case let url as URL in walker where url.pathExtension == ext { out.append(url) }
        return out.sorted { $0.path < $1.path }
    }
}
