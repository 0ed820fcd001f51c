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

    init(_ result: CompileResult, mainScript: String) {
        diagnostics = result.diagnostics.map { ArtifactPaths.rebase($0, mainScript: mainScript) }
        sources = [:]
        for (path, file) in result.sources {
            sources[ArtifactPaths.resolve(path, mainScript: mainScript)] = file
        }
    }
}
