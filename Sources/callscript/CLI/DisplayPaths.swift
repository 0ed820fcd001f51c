import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptReports

/// A compilation's diagnostics and sources with paths as seen from the working folder.
///
/// The compiler names files relative to the main script's folder (that is what goes into the
/// machine); people and CI need paths they can open from where they ran the command.
struct DisplayedResult {
    var diagnostics: [Diagnostic]
    var sources: [String: SourceFile]
    /// The findings let through by `# callscript: allow`, with paths rebased like the diagnostics.
    var silenced: [SilencedFinding]

    init(_ result: CompileResult, mainScript: String) {
        diagnostics = result.diagnostics.map { ArtifactPaths.rebase($0, mainScript: mainScript) }
        silenced = result.silenced.map { s in
            var directive = s.directive
            directive.file = ArtifactPaths.resolve(directive.file, mainScript: mainScript)
            return SilencedFinding(
                finding: ArtifactPaths.rebase(s.finding, mainScript: mainScript), reason: s.reason,
                directive: directive)
        }
        sources = [:]
        for (path, file) in result.sources {
            sources[ArtifactPaths.resolve(path, mainScript: mainScript)] = file
        }
    }
}
