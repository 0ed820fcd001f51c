import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptSyntax

/// Renaming a step or a field everywhere it is written, in every file the scripts that use
/// it read. A new name must be a valid name that is not a keyword and not taken.
enum Rename {
    /// The range of the name under the cursor, or an error when nothing there can be renamed.
    static func prepare(_ c: DocumentContext) throws -> JSONValue {
        let o = try renamable(c)
        return LSPPositions.range(c.file, c.file.range(o.span.start, o.span.end))
    }

    /// A workspace edit changing every occurrence.
    static func rename(_ c: DocumentContext, to newName: String) throws -> JSONValue {
        let o = try renamable(c)
        if newName == o.symbol.name { return .object(["changes": .object([:])]) }
        if let problem = problem(with: newName) {
            throw JSONRPC.Failure(code: .requestFailed, message: "cannot rename to '\(newName)': \(problem)")
        }
        if o.symbol.kind == .field, Vocabulary.builtinPlaceholders.contains(newName) {
            throw JSONRPC.Failure(
                code: .requestFailed, message: "cannot rename to '\(newName)': {\(newName)} is a built-in placeholder")
        }
        if c.index.declaration(of: Symbol(kind: o.symbol.kind, name: newName)) != nil {
            let what = o.symbol.kind == .step ? "step" : "field"
            throw JSONRPC.Failure(
                code: .requestFailed, message: "cannot rename to '\(newName)': a \(what) with that name already exists")
        }
        var changes: [String: [JSONValue]] = [:]
        for occurrence in c.index.occurrences(of: o.symbol) {
            guard let file = c.index.files[occurrence.path] else { continue }
            let edit = JSONValue.object([
                "range": LSPPositions.range(file, file.range(occurrence.span.start, occurrence.span.end)),
                "newText": .string(newName),
            ])
            changes[c.uri(occurrence.path), default: []].append(edit)
        }
        return .object(["changes": .object(changes.mapValues(JSONValue.array))])
    }

    private static func renamable(_ c: DocumentContext) throws -> Occurrence {
        guard let o = c.occurrence else {
            throw JSONRPC.Failure(code: .requestFailed, message: "put the cursor on the name of a step or a field")
        }
        guard o.symbol.kind != .builtin else {
            throw JSONRPC.Failure(
                code: .requestFailed, message: "{\(o.symbol.name)} is a built-in placeholder and cannot be renamed")
        }
        guard c.index.declaration(of: o.symbol) != nil else {
            throw JSONRPC.Failure(code: .requestFailed, message: "'\(o.symbol.name)' is not declared in these files")
        }
        return o
    }

    /// Why `name` cannot be a step or field name, or nil: it must lex as exactly one name.
    static func problem(with name: String) -> String? {
        let lexed = Lexer.tokenize(SourceFile(path: "", text: name))
        let (tokens, diagnostics) = (lexed.tokens, lexed.diagnostics)
        let whole = tokens.first?.span == Span(0, name.utf8.count) && tokens.count == 2
        if whole, let keyword = tokens.first?.keyword { return "'\(keyword.rawValue)' is a keyword" }
        guard whole, diagnostics.isEmpty, tokens.first?.kind == .identifier, name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return "a name is letters, digits and '_' without spaces, and does not start with a digit"
        }
        return nil
    }
}
