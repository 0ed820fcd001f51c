import CallscriptDiagnostics

/// What a `.call` file is, judged by its first token: a main script starts with its `script`
/// header, a file brought in with `use` has none. The one place that decides it; the CLI, the
/// language server and the preview differ only in what they do with an empty file or one whose
/// first token cannot be read (the CLI compiles both so that `check` reports the problem).
public enum ScriptFileKind: Sendable, Equatable {
    /// The first token is `script`.
    case main
    /// The first token is something else: a shared file.
    case shared
    /// Nothing but white space and comments.
    case empty
    /// The lexer reported a problem before the first token (binary data, invalid UTF-8, a
    /// stray character).
    case unreadable

    /// Classifies a file from its bytes; the beginning of a file is enough, as the header comes
    /// first (comments may precede it).
    public init(bytes: [UInt8], path: String = "") {
        var lexer = Lexer(source: SourceFile(path: path, bytes: bytes))
        let first = lexer.next()
        if !lexer.diagnostics.isEmpty {
            self = first.keyword == .script ? .main : .unreadable
        } else if first.keyword == .script {
            self = .main
        } else {
            self = first.kind == .endOfFile ? .empty : .shared
        }
    }
}
