import CallscriptDiagnostics
import CallscriptMachine

/// What `check` and `compile` ask of the compiler.
public struct CompileOptions: Sendable {
    /// The date dated policy rules are checked on (`--on`); today by default.
    public var checkDate: CalendarDate
    /// Run the compliance verifier after lowering (off only for tools that want the bare machine).
    public var verify: Bool

    public init(checkDate: CalendarDate = .today(), verify: Bool = true) {
        self.checkDate = checkDate
        self.verify = verify
    }
}

/// Everything one compilation produced.
public struct CompileResult: Sendable {
    /// The compiled, sealed machine; nil when there were errors that prevent lowering.
    public var machine: Machine?
    /// All diagnostics (syntax, semantic, flow, compliance), sorted for output.
    public var diagnostics: [Diagnostic]
    /// Every source file read, by display path, so renderers can show the source lines.
    public var sources: [String: SourceFile]

    public init(machine: Machine?, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.machine = machine
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The whole pipeline for one main script: read -> lex/parse (with `use` files) -> check ->
/// lower -> verify. (API placeholder until the compiler lands.)
public enum Compiler {
    /// The version string written into machines and printed by `--version`.
    public static let version = "0.1.0"

    /// Compiles the script at `path` (as the user wrote it; used for display).
    public static func compile(path: String, options: CompileOptions = CompileOptions()) -> CompileResult {
        CompileResult(machine: nil, diagnostics: [], sources: [:])
    }
}
