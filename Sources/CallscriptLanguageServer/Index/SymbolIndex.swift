import CallscriptDiagnostics
import CallscriptSyntax

/// A name the designer can jump to, rename and hover: a step, a field, or a built-in placeholder.
struct Symbol: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case step, field, builtin
    }
    var kind: Kind
    var name: String
}

/// One place a symbol is written.
struct Occurrence: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        /// `step NAME`, `contact NAME: ...`, `capture NAME: ...`.
        case declaration
        /// `-> NAME`, an answer's target, `if ... -> NAME`, `else -> NAME`, `start NAME`.
        case jump
        /// `{NAME}` in a text.
        case placeholder
        /// `capture NAME "prompt"` in a step.
        case capture
        /// A field in a condition or `callback at NAME`.
        case use
    }
    var symbol: Symbol
    var role: Role
    /// Absolute path of the file.
    var path: String
    /// The name itself (for a placeholder, without the braces).
    var span: Span
    /// The step or handler it is written in (`on objection`), nil at the top level.
    var container: String?
}

/// Every declaration and use of a step or field in the files of one or more checks: what
/// definition, references, rename and hover are answered from. Built from the syntax trees of
/// exactly the files the compiler's loader read for the script.
struct SymbolIndex: Sendable {
    private(set) var occurrences: [Occurrence] = []
    /// The files indexed, by absolute path.
    private(set) var files: [String: SourceFile] = [:]
    /// Syntax trees by absolute path.
    private(set) var trees: [String: ScriptFile] = [:]

    /// Indexes the union of the files the given checks read; `fallback` is used alone when
    /// no check read the file (a shared file no script uses yet).
    init(programs: [CheckedScript], fallback: SourceFile?) {
        var paths: [String: SourceFile] = [:]
        for program in programs {
            for (path, file) in program.files { paths[path] = SourceFile(path: path, bytes: file.bytes) }
        }
        if paths.isEmpty, let fallback { paths[fallback.path] = fallback }
        for path in paths.keys.sorted() {
            guard let file = paths[path] else { continue }
            let tree = Parser.parse(file).file
            files[path] = file
            trees[path] = tree
            occurrences += SymbolCollector.collect(tree, in: file)
        }
    }

    /// The occurrence under a byte offset of a file.
    func occurrence(at offset: Int, in path: String) -> Occurrence? {
        occurrences.first { $0.path == path && $0.span.start <= offset && offset <= $0.span.end }
    }

    func declaration(of symbol: Symbol) -> Occurrence? {
        occurrences.first { $0.symbol == symbol && $0.role == .declaration }
    }

    /// Every occurrence, declaration first, then by file and position.
    func occurrences(of symbol: Symbol) -> [Occurrence] {
        occurrences.filter { $0.symbol == symbol }.sorted { a, b in
            if (a.role == .declaration) != (b.role == .declaration) { return a.role == .declaration }
            return (a.path, a.span.start) < (b.path, b.span.start)
        }
    }

    /// Names declared of a kind, sorted.
    func names(_ kind: Symbol.Kind) -> [String] {
        Set(occurrences.filter { $0.symbol.kind == kind && $0.role == .declaration }.map(\.symbol.name)).sorted()
    }

    /// The declaration of a step, with its tree.
    func step(_ name: String) -> (path: String, step: StepDeclaration)? {
        for (path, tree) in trees {
            for case .step(let s) in tree.items where s.name.text == name { return (path, s) }
        }
        return nil
    }

    /// The declaration of a field.
    func field(_ name: String) -> FieldDeclaration? {
        for tree in trees.values {
            for case .field(let f) in tree.items where f.name.text == name { return f }
        }
        return nil
    }

    /// An LSP location for an occurrence.
    func location(_ o: Occurrence, uri: (String) -> String) -> JSONValue? {
        guard let file = files[o.path] else { return nil }
        return .object([
            "uri": .string(uri(o.path)), "range": LSPPositions.range(file, file.range(o.span.start, o.span.end)),
        ])
    }
}
