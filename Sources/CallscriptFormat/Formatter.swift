import CallscriptDiagnostics
import CallscriptSyntax

/// `callscript fmt`: prints a script in the one canonical layout.
///
/// The layout comes from the syntax tree; the text of every string, number and name is copied
/// from the source bytes, so formatting can never change what a line says. Every comment is
/// kept: a comment on the same line as code stays at the end of that line, any other comment
/// stays before the code that followed it. Runs of blank lines become one blank line.
public enum Formatter {
    /// Why a file could not be formatted.
    public struct Failure: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    /// The formatted text of `source`, or the syntax errors that prevent formatting.
    public static func format(_ source: SourceFile) -> Result<String, Failure> {
        let parsed = Parser.parse(source)
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return .failure(Failure(diagnostics: errors)) }
        var printer = TreePrinter(bytes: source.bytes)
        printer.print(parsed.file)
        return .success(CommentWeaver(source: source, comments: parsed.file.comments).weave(printer.lines))
    }
}
