/// Renders diagnostics as text in the manner of swiftc and clang:
///
///     winback.call:12:17: error: unknown step 'ofer' [CS0102]
///        12 |     yes "Ja" -> ofer
///           |                 ^~~~
///           = help: did you mean 'offer'?
///
/// Colour is a choice of the caller (the CLI turns it on only for a terminal without `NO_COLOR`).
public struct TextRenderer: Sendable {
    /// Source files by display path; a diagnostic in a file not listed is shown without excerpt.
    public var sources: [String: SourceFile]
    public var colored: Bool

    public init(sources: [String: SourceFile], colored: Bool = false) {
        self.sources = sources
        self.colored = colored
    }

    /// All diagnostics, each followed by a blank line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }

    /// One diagnostic with its excerpt, notes, help, fix-its and related locations.
    public func render(_ d: Diagnostic) -> String {
        var out = ""
        let label = paint(d.severity.rawValue + ":", severityStyle(d.severity))
        let place = position(d.range)
        out += (place.isEmpty ? "" : bold("\(place): ")) + label + bold(" \(d.message)") + " [\(d.code)]\n"
        let primary = excerpt(for: d.range)
        out += primary
        let gutter = primary.isEmpty ? "  " : String(repeating: " ", count: gutterWidth(for: d.range))
        for note in d.notes { out += gutter + paint("= note:", .note) + " \(note)\n" }
        if let help = d.help { out += gutter + paint("= help:", .help) + " \(help)\n" }
        for fix in d.fixIts {
            out += gutter + paint("= fix-it:", .help) + " \(FixItText(sources: sources).describe(fix, near: d.range))\n"
        }
        if d.path != nil {
            // A counterexample: one compact, clickable line per step keeps long paths readable.
            for r in d.related { out += "  \(position(r.range)): " + paint("note:", .note) + " \(r.label)\n" }
        } else {
            for r in d.related {
                out += bold("\(position(r.range)): ") + paint("note:", .note) + " \(r.label)\n"
                out += excerpt(for: r.range)
            }
        }
        return out
    }

    /// `file:line:col`; `file` alone for a range without a line, "" for one without a file.
    public func position(_ r: SourceRange) -> String {
        if r.file.isEmpty { return "" }
        return r.hasPosition ? "\(r.file):\(r.start.line):\(r.start.column)" : r.file
    }

    private func gutterWidth(for r: SourceRange) -> Int { String(r.start.line).count + 3 }

    /// The source line with a caret and underline, or "" when the source is not at hand.
    func excerpt(for r: SourceRange) -> String {
        guard let file = sources[r.file], r.start.line >= 1, r.start.line <= file.lineCount else { return "" }
        let line = file.lineText(r.start.line)
        let scalars = Array(line.unicodeScalars)
        let number = String(r.start.line)
        let pad = String(repeating: " ", count: number.count)
        let startCol = max(1, min(r.start.column, scalars.count + 1))
        let endCol: Int
        if r.end.line == r.start.line {
            endCol = max(startCol + 1, min(r.end.column, scalars.count + 1))
        } else {
            endCol = max(startCol + 1, scalars.count + 1)
        }
        // Columns count scalars; the caret goes by terminal cells (wide characters and emoji take
        // two, combining accents none), and tabs are copied so it lines up under tab-indented text.
        var lead = ""
        for character in String(String.UnicodeScalarView(scalars.prefix(startCol - 1))) {
            lead += character == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(character))
        }
        let marked = String(String.UnicodeScalarView(scalars.dropFirst(startCol - 1).prefix(endCol - startCol)))
        let cells = max(1, DisplayWidth.of(marked))
        let underline = "^" + String(repeating: "~", count: cells - 1)
        var out = "  \(number) | \(line)\n"
        out += "  \(pad) | \(lead)" + paint(underline, .caret) + "\n"
        return out
    }

    private enum Style { case error, warning, note, help, caret, bold }

    private func severityStyle(_ s: Severity) -> Style {
        switch s {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        guard colored else { return text }
        let code: String
        switch style {
        case .error: code = "1;31"
        case .warning: code = "1;35"
        case .note: code = "1;36"
        case .help: code = "1;32"
        case .caret: code = "1;32"
        case .bold: code = "1"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String { paint(text, .bold) }
}
