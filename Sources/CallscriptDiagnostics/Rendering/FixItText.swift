/// A fix-it in words a script designer can follow by hand: "replace `zeg` with `say`",
/// "insert `optout "…"` before line 65", "join lines 12 and 13". No raw coordinates: the line
/// is named only when it is not the line the diagnostic points at, or when the edit adds a line.
struct FixItText {
    var sources: [String: SourceFile]

    /// Longest stretch of code shown between backticks before it is cut with `…`.
    static let maximumShown = 48

    /// The fix's edits described one by one; the fix's own message when it has no edits.
    func describe(_ fix: FixIt, near diagnostic: SourceRange) -> String {
        guard !fix.edits.isEmpty else { return fix.message }
        return fix.edits.map { describe($0, near: diagnostic) }.joined(separator: "; ")
    }

    func describe(_ edit: TextEdit, near diagnostic: SourceRange) -> String {
        let range = edit.range
        let line = range.start.line
        let elsewhere = range.file != diagnostic.file || line != diagnostic.start.line
        let onLine = elsewhere ? " on line \(line)" : ""
        let file = sources[range.file]
        let original = file.map { text(of: range, in: $0) }
        let replacement = edit.replacement

        if range.start.offset == range.end.offset {
            guard let file else { return "insert \(code(replacement)) on line \(line)" }
            let lineText = Array(file.lineText(line).unicodeScalars)
            let column = range.start.column - 1
            let before = lineText.prefix(column)
            let after = lineText.dropFirst(column)
            if before.allSatisfy(isBlank), replacement.hasSuffix("\n") {
                return "insert \(code(replacement)) before line \(line)"
            }
            if after.allSatisfy(isBlank) { return "insert \(code(replacement)) at the end of line \(line)" }
            if before.allSatisfy(isBlank) { return "insert \(code(replacement)) at the start of line \(line)" }
            let word = String(String.UnicodeScalarView(before.reversed().prefix { !isBlank($0) }.reversed()))
            return word.isEmpty
                ? "insert \(code(replacement))\(onLine)" : "insert \(code(replacement)) after \(code(word))\(onLine)"
        }
        if let original, range.end.line > range.start.line {
            if original.allSatisfy(\.isWhitespace), replacement.allSatisfy({ $0.isWhitespace && $0 != "\n" }) {
                return range.end.line == line + 1
                    ? "join lines \(line) and \(range.end.line)" : "join lines \(line) to \(range.end.line)"
            }
            return "replace lines \(line) to \(range.end.line) with \(code(replacement))"
        }
        guard let original else { return "replace the text\(onLine) with \(code(replacement))" }
        if replacement.isEmpty { return "remove \(code(original))\(onLine)" }
        return "replace \(code(original)) with \(code(replacement))\(onLine)"
    }

    /// The source text a range covers.
    private func text(of range: SourceRange, in file: SourceFile) -> String {
        let start = min(max(range.start.offset, 0), file.bytes.count)
        let end = min(max(range.end.offset, start), file.bytes.count)
        return String(decoding: file.bytes[start..<end], as: UTF8.self)
    }

    /// Code between backticks on one line: surrounding blanks trimmed, line breaks and tabs
    /// escaped, long text cut. Blank text is named, since it would be invisible.
    private func code(_ text: String) -> String {
        let trimmed = text.trimmingBlanks
        if trimmed.isEmpty { return text.isEmpty ? "``" : text.contains("\n") ? "a line break" : "a space" }
        var shown = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\t": shown += "\\t"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        if shown.count > Self.maximumShown { shown = String(shown.prefix(Self.maximumShown - 1)) + "…" }
        return "`\(shown)`"
    }

    private func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    fileprivate var trimmingBlanks: String {
        let scalars = Array(unicodeScalars)
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !blank($0) }),
            let last = scalars.lastIndex(where: { !blank($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
