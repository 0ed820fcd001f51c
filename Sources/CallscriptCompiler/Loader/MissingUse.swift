import CallscriptDiagnostics
import CallscriptSyntax

/// A `use` whose file does not exist, and what the rest of the check should make of it.
///
/// A typo in a `use` path is one error: the missing file, with the nearest `.call` file in
/// the same folder suggested. The steps, fields and handlers that file would have given are
/// then not reported as unknown as well. With a suggestion, those are the names the
/// suggested file declares; without one, nobody knows, so no name is reported unknown.
struct MissingUse: Sendable {
    /// The nearest existing file, as the path should be written in the `use`, if any is close.
    var suggestion: String?
    /// Names declared by the suggested file; nil when there is no suggestion.
    var names: Set<String>?

    /// Looks for the file meant by `written` (resolved to `target`) beside it.
    static func resolve(written: String, target: String, from provider: some SourceProvider) -> MissingUse {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let candidates = provider.scriptFileNames(inFolder: folder)
        guard let nearest = Suggestions.closest(to: name, among: candidates, ignoringCase: true) else {
            return MissingUse(suggestion: nil, names: nil)
        }
        let writtenSlash = written.lastIndex(of: "/")
        let suggestion = writtenSlash.map { String(written[...$0]) + nearest } ?? nearest
        let path = folder.isEmpty ? nearest : folder + "/" + nearest
        guard case .bytes(let bytes) = provider.read(path, isMain: false) else {
            return MissingUse(suggestion: suggestion, names: nil)
        }
        let parsed = Parser.parse(SourceFile(path: path, bytes: bytes)).file
        var names: Set<String> = []
        for item in parsed.items {
            switch item {
            case .step(let decl): names.insert(decl.name.text)
            case .field(let decl): names.insert(decl.name.text)
            case .handler(let decl): names.insert(decl.event.text)
            case .use, .start: continue
            }
        }
        return MissingUse(suggestion: suggestion, names: names)
    }
}

extension Array where Element == MissingUse {
    /// True when a name might have been declared by one of the missing files, so reporting it
    /// unknown would only repeat the missing file.
    func mightDeclare(_ name: String) -> Bool {
        contains { $0.names?.contains(name) ?? true }
    }

    /// The names the suggested files declare, for "did you mean" once the `use` is fixed.
    var declaredNames: [String] {
        var names: Set<String> = []
        for missing in self { names.formUnion(missing.names ?? []) }
        return names.sorted()
    }
}
