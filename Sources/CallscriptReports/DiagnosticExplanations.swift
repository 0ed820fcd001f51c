/// The explanation of every CS and RT code as `Docs/diagnostics.md` writes it, for
/// `callscript explain CODE`: what the code means, how to fix it, and for CS codes a script
/// that causes it and the same script fixed.
///
/// The page is the one place these are written. `DiagnosticExplanationTexts` is generated
/// from it (`DiagnosticExplanationsTests` fails when the two differ; run it with
/// `CALLSCRIPT_WRITE_DOC_TEXTS=1` to write the file again), so the binary needs no copy of
/// `Docs/` at run time.
public enum DiagnosticExplanations {
    /// The text of the `## CODE: title` section for `code` (upper case), without its heading.
    public static func explanation(of code: String) -> String? { DiagnosticExplanationTexts.byCode[code] }

    /// Every `## CODE: title` section of a Markdown page, in page order: the code and the text
    /// up to the next heading of level one or two, without blank lines at either end.
    public static func sections(inMarkdown page: String) -> [(code: String, text: String)] {
        var sections: [(code: String, text: String)] = []
        var current: (code: String, lines: [Substring])?
        var inFence = false
        func close() {
            guard let open = current else { return }
            var lines = open.lines[...]
            while lines.first?.allSatisfy(\.isWhitespace) == true { lines = lines.dropFirst() }
            while lines.last?.allSatisfy(\.isWhitespace) == true { lines = lines.dropLast() }
            sections.append((open.code, lines.joined(separator: "\n")))
            current = nil
        }
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("# ") || line.hasPrefix("## ") {
                close()
                if let code = Self.code(ofHeading: line) { current = (code, []) }
                continue
            }
            current?.lines.append(line)
        }
        close()
        return sections
    }

    /// `CS0140` for `## CS0140: unknown step`; nil for any other heading.
    static func code(ofHeading line: Substring) -> String? {
        guard line.hasPrefix("## ") else { return nil }
        let rest = line.dropFirst(3)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let code = rest[..<colon]
        guard code.count == 6, code.prefix(2).allSatisfy(\.isUppercase), code.dropFirst(2).allSatisfy(\.isNumber)
        else { return nil }
        return String(code)
    }
}
