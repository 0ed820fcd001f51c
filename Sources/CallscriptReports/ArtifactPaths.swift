import CallscriptDiagnostics

/// Turns the file paths in diagnostics into paths relative to the folder `check` ran in.
///
/// The compiler writes paths relative to the main script's folder (`abonnement.call`), which
/// is right for a person looking at one script but not for CI: code scanning and annotations
/// resolve paths from the repository root (`Scripts/krant/abonnement.call`).
public enum ArtifactPaths {
    /// `file` (relative to the main script's folder, as the compiler writes it) as seen from the
    /// working folder, given the main script's path as the user wrote it.
    public static func resolve(_ file: String, mainScript: String) -> String {
        let cleaned = stripDot(file)
        if cleaned.hasPrefix("/") { return cleaned }
        let folder = folder(of: stripDot(mainScript))
        return folder.isEmpty ? cleaned : folder + "/" + cleaned
    }

    /// The diagnostic with every range (primary, related, fix-it edits) resolved.
    public static func rebase(_ d: Diagnostic, mainScript: String) -> Diagnostic {
        var copy = d
        func fix(_ r: SourceRange) -> SourceRange {
            var r = r
            r.file = resolve(r.file, mainScript: mainScript)
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

    private static func stripDot(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        return String(p)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
