import CallscriptDiagnostics

/// LSP positions count lines from 0 and characters in UTF-16 code units; callscript counts
/// bytes. These conversions use the file's line table.
public enum LSPPositions {
    /// `{line, character}` for a byte offset.
    public static func position(_ file: SourceFile, offset: Int) -> JSONValue {
        let loc = file.location(ofOffset: offset)
        let lineStart = file.lineStarts[loc.line - 1]
        let prefix = String(decoding: file.bytes[lineStart..<loc.offset], as: UTF8.self)
        return .object(["line": .number(Double(loc.line - 1)), "character": .number(Double(prefix.utf16.count))])
    }

    /// An LSP range for a diagnostic range in `file`.
    public static func range(_ file: SourceFile, _ r: SourceRange) -> JSONValue {
        .object(["start": position(file, offset: r.start.offset), "end": position(file, offset: r.end.offset)])
    }

    /// The byte offset of an LSP position (clamped to the file).
    public static func offset(_ file: SourceFile, line: Int, character: Int) -> Int {
        guard line >= 0, line < file.lineStarts.count else { return file.bytes.count }
        let start = file.lineStarts[line]
        let end = line + 1 < file.lineStarts.count ? file.lineStarts[line + 1] : file.bytes.count
        var units = 0
        var i = start
        while i < end, units < character {
            let b = file.bytes[i]
            let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            units += width == 4 ? 2 : 1
            i += width
        }
        return min(i, end)
    }
}
