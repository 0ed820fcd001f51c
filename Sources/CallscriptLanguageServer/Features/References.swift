/// Go to definition and find references for steps and fields, across every file the script
/// brings in with `use`.
enum References {
    /// The declaration of the step or field under the cursor, in whichever file it is.
    static func definition(_ c: DocumentContext) -> JSONValue {
        if let used = usedFile(c) { return used }
        guard let o = c.occurrence, let declaration = c.index.declaration(of: o.symbol) else { return .null }
        return c.index.location(declaration, uri: c.uri) ?? .null
    }

    /// Every place the step or field under the cursor is written.
    static func references(_ c: DocumentContext, includeDeclaration: Bool) -> JSONValue {
        guard let o = c.occurrence, o.symbol.kind != .builtin else { return .array([]) }
        let all = c.index.occurrences(of: o.symbol).filter { includeDeclaration || $0.role != .declaration }
        return .array(all.compactMap { c.index.location($0, uri: c.uri) })
    }

    /// The file a `use` path under the cursor names, when the scripts read it.
    private static func usedFile(_ c: DocumentContext) -> JSONValue? {
        for use in UseChains.uses(in: c.file, at: c.path)
        where use.span.start <= c.offset && c.offset <= use.span.end {
            guard let file = c.index.files[use.target] else { return nil }
            return .object(["uri": .string(c.uri(use.target)), "range": LSPPositions.range(file, file.range(0, 0))])
        }
        return nil
    }
}
