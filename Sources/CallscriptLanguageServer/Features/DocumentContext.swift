import CallscriptDiagnostics

/// What a request about one position of one document needs: the document as the editor sees
/// it, the byte offset of the position, and the index of every file checked with it.
struct DocumentContext: Sendable {
    /// Absolute path.
    var path: String
    var file: SourceFile
    /// Byte offset of the request's position (0 when the request has none).
    var offset: Int
    var index: SymbolIndex
    /// The URI to use for a path (the editor's own for files it named).
    var uri: @Sendable (String) -> String

    /// The symbol occurrence under the position.
    var occurrence: Occurrence? { index.occurrence(at: offset, in: path) }

    /// The text of the line before the position.
    var linePrefix: String {
        let line = file.location(ofOffset: offset).line
        let start = file.lineStarts[line - 1]
        return String(decoding: file.bytes[start..<offset], as: UTF8.self)
    }
}
