/// Lexical handling of `use` paths, which are always relative to the including file. Without
/// a project root they may not leave the main script's folder; with one (`ProjectRoot`) they
/// may reach any file under the root, and the resolved path then starts with `..` where it
/// climbs above the main script's folder (`../gedeeld/afsluiting.call`).
enum RelativePath {
    enum Resolution: Equatable {
        case resolved(String)
        /// `..` climbs above the main script's folder, and there is no project root.
        case escapes
        /// `..` climbs above the project root.
        case escapesRoot
        /// Absolute, empty, or otherwise not a relative file path; the reason is for people.
        case invalid(String)
    }

    /// Resolves `path` as written in `includingFile` (itself relative to the main script's
    /// folder). `mainFolder` is that folder's place under the project root as folder names
    /// (`["energie-optin"]`), or nil when there is no project root.
    static func resolve(_ path: String, from includingFile: String, mainFolder: [String]? = nil) -> Resolution {
        if path.isEmpty { return .invalid("the path is empty") }
        if path.hasPrefix("/") || path.hasPrefix("~") {
            return .invalid("an absolute path is never read; write the path relative to this file")
        }
        if path.contains("\\") || path.contains(":") {
            return .invalid("the path must be relative to this file, with '/' between folders")
        }
        // Work in the root's coordinates (the main folder's own when there is no root).
        let base = mainFolder ?? []
        var parts = base
        var including = includingFile.split(separator: "/").map(String.init)
        if !including.isEmpty { including.removeLast() }
        for component in including {
            if component == ".." {
                if parts.isEmpty { return mainFolder == nil ? .escapes : .escapesRoot }
                parts.removeLast()
            } else {
                parts.append(component)
            }
        }
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return mainFolder == nil ? .escapes : .escapesRoot }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        if parts.isEmpty || path.hasSuffix("/") { return .invalid("the path names a folder, not a file") }
        // Back to the main folder's coordinates: `..` for each folder climbed above it.
        var shared = 0
        while shared < base.count, shared < parts.count - 1, parts[shared] == base[shared] { shared += 1 }
        let climbs = Array(repeating: "..", count: base.count - shared)
        return .resolved((climbs + parts[shared...]).joined(separator: "/"))
    }
}
