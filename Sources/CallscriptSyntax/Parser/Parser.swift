import CallscriptDiagnostics

/// The result of parsing one file: a tree (always, even with errors) and the syntax errors.
public struct ParseResult: Sendable {
    public var file: ScriptFile
    public var diagnostics: [Diagnostic]

    public init(file: ScriptFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}

/// Hand-written recursive-descent parser with error recovery.
public enum Parser {
    /// Parses a whole file. Never traps; every problem becomes a diagnostic.
    public static func parse(_ source: SourceFile) -> ParseResult {
        // Placeholder until the parser lands; keeps dependants compiling.
        ParseResult(file: ScriptFile(header: nil, items: [], comments: [], span: Span(0, source.bytes.count)), diagnostics: [])
    }
}
