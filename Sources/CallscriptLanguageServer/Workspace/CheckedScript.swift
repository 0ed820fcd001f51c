import CallscriptDiagnostics
import Foundation

/// What checking one main script gave the editor: every file the compiler read (the main and
/// the files it `use`s, with the unsaved text the editor holds) and every diagnostic.
public struct CheckedScript: Sendable {
    /// The main script's absolute path.
    public var main: String
    /// The absolute folder that display paths (`SourceFile.path`, `SourceRange.file`) are
    /// relative to: where the compiler's loader resolved `use` declarations from.
    public var root: String
    /// Every file read, by absolute path; each `SourceFile` keeps its display path.
    public var files: [String: SourceFile]
    /// Diagnostics as the compiler gave them (ranges name display paths).
    public var diagnostics: [Diagnostic]

    public init(main: String, root: String, files: [String: SourceFile], diagnostics: [Diagnostic]) {
        self.main = main
        self.root = root
        self.files = files
        self.diagnostics = diagnostics
    }

    /// The absolute path of a display path (which may climb above the root with `../`).
    public func absolute(_ displayPath: String) -> String {
        if displayPath.hasPrefix("/") { return displayPath }
        let joined = root.hasSuffix("/") ? root + displayPath : root + "/" + displayPath
        guard displayPath.contains("./") else { return joined }
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// The absolute path of the file a diagnostic or related location is in.
    public func file(of range: SourceRange) -> String { absolute(range.file) }

    /// The text the compiler read for an absolute path, if it read that file.
    public func source(_ path: String) -> SourceFile? { files[path] }
}
