/// Lexical handling of `use` paths, which are always relative to the including file and may
/// not leave the main script's folder.
enum RelativePath {
    enum Resolution: Equatable {
        case resolved(String)
        /// `..` climbs above the main script's folder.
        case escapes
        /// Absolute, empty, or otherwise not a relative file path; the reason is for people.
        case invalid(String)
    }

    /// Resolves `path` as written in `includingFile` (itself relative to the root folder).
    static func resolve(_ path: String, from includingFile: String) -> Resolution {
        if path.isEmpty { return .invalid("the path is empty") }
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") || path.contains(":") {
            return .invalid("the path must be relative to this file, with '/' between folders")
        }
        var parts = includingFile.split(separator: "/").map(String.init)
        if !parts.isEmpty { parts.removeLast() }
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return .escapes }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        if parts.isEmpty || path.hasSuffix("/") { return .invalid("the path names a folder, not a file") }
        return .resolved(parts.joined(separator: "/"))
    }
}
