import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import CallscriptRuntime
import Foundation

/// One script as the preview shows it: compiled and proven as `callscript check` does, its
/// diagnostics with paths relative to the designer's folder, and, when it is proven, the
/// loaded machine the step function runs. Nothing is cached: each look compiles the files
/// as they are on disk now.
public struct ScriptPreview: Sendable {
    /// The script's path relative to the workspace folder (`energie-optin/winback.call`).
    public let script: String
    /// The path to open it (the workspace folder joined with `script`).
    public let file: String
    /// The version of the files this preview was made from.
    public let version: SourceVersion
    /// Every file the compilation read, as paths that can be opened (for watching).
    public let files: [String]
    /// The compilation, as `callscript check` would make it.
    public let result: CompileResult
    /// Diagnostics with their files relative to the workspace folder.
    public let diagnostics: [Diagnostic]
    /// The sources by the same relative paths, for rendering source lines.
    public let sources: [String: SourceFile]
    /// The machine the step function runs; nil when the script has errors (the runtime only
    /// runs proven machines, and so does the preview).
    public let loaded: LoadedMachine?

    /// Compiles `script` of `workspace` as of `date`; nil when it is not a listed script.
    public init?(_ script: String, in workspace: PreviewWorkspace, on date: CalendarDate) {
        guard let file = workspace.file(of: script) else { return nil }
        self.init(script: script, file: file, on: date)
    }

    init(script: String, file: String, on date: CalendarDate) {
        self.script = script
        self.file = file
        let result = Compiler.compile(path: file, options: CompileOptions(checkDate: date))
        self.result = result
        var read: [String: [UInt8]] = [:]
        for (path, source) in result.sources { read[ArtifactPaths.resolve(path, mainScript: file)] = source.bytes }
        files = Array(Set(read.keys).union([file])).sorted()
        // The bytes the compiler read, not the disk now: a save during the compilation then
        // differs from this version, and the watch reports it.
        version = read[file] == nil ? SourceVersion(files: files) : SourceVersion(contents: read)
        diagnostics = result.diagnostics.map { ArtifactPaths.rebase($0, mainScript: script) }
        var sources: [String: SourceFile] = [:]
        for (path, source) in result.sources { sources[ArtifactPaths.resolve(path, mainScript: script)] = source }
        self.sources = sources
        loaded = result.proven.flatMap { try? MachineLoader.load($0, file: (file as NSString).lastPathComponent) }
    }

    /// The first counterexample of an error: the breaking path the graph highlights.
    public var breakingPath: ConversationPath? {
        result.diagnostics.first { $0.severity == .error && $0.path != nil }?.path
    }

    /// Each diagnostic as `callscript check` prints it, source lines and caret included.
    public func rendered() -> [String] {
        let renderer = TextRenderer(sources: sources)
        return diagnostics.map { renderer.render($0) }
    }
}
