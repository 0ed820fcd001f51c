/// Go to definition and find references for steps and fields, across every file the script
/// brings in with `use`.
enum References {
    /// The declaration of the step or field under the cursor, in whichever file it is.
    static func definition(_ c: DocumentContext) -> JSONValue {
        guard let o = c.occurrence, let declaration = c.index.declaration(of: o.symbol) else { return .null }
        return c.index.location(declaration, uri: c.uri) ?? .null
    }

    /// Every place the step or field under the cursor is written.
    static func references(_ c: DocumentContext, includeDeclaration: Bool) -> JSONValue {
        guard let o = c.occurrence, o.symbol.kind != .builtin else { return .array([]) }
        let all = c.index.occurrences(of: o.symbol).filter { includeDeclaration || $0.role != .declaration }
        return .array(all.compactMap { c.index.location($0, uri: c.uri) })
    }
}
