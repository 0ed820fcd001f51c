import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime

/// One input line of an answers file.
public struct InputLine: Hashable, Sendable {
    /// 1-based line number in the file.
    public var line: Int
    /// From the keyword to the end of the line's text.
    public var range: SourceRange
    /// The line as written, without its comment, for messages and the transcript.
    public var text: String
    public var step: AgentStep

    public init(line: Int, range: SourceRange, text: String, step: AgentStep) {
        self.line = line
        self.range = range
        self.text = text
        self.step = step
    }
}

/// The answers file of `callscript run --answers FILE`: a `.calltest` test's input lines
/// alone, one per line, in call order (see Docs/runner.md).
///
/// ```
/// # Anna agrees and asks for the offer by e-mail
/// continue                  # the line was read
/// answer 1                  # the first answer on screen
/// answer "Ja, dat komt uit" # or by its label or its beginning; or by class: answer yes / no / later
/// capture anna@voorbeeld.nl # the capture on screen; or capture emailadres = anna@voorbeeld.nl
/// event objection           # objection, voicemail, complaint, minor, hang-up
/// suspend                   # stop safely here (resume later)
/// ```
/// Empty lines are skipped and `#` outside quotes starts a comment, as in `.calltest` files.
public enum AnswersFile {
    /// The input lines and every mistake (each its own diagnostic, sorted). The file is
    /// usable only when there is no error.
    public static func parse(_ source: SourceFile) -> (lines: [InputLine], diagnostics: [Diagnostic]) {
        var lines: [InputLine] = []
        var diagnostics: [Diagnostic] = []
        for lexed in InputLineLexer.lines(of: source) {
            guard case .line(let line) = lexed else {
                if case .mistake(let d) = lexed { diagnostics.append(d) }
                continue
            }
            var reader = line.reader
            guard line.first.kind == InputToken.Kind.word else {
                diagnostics.append(
                    Diagnostic(
                        .testMalformedLine, "expected an input at the start of the line", at: reader.range(line.first),
                        help: "start the line with continue, answer, capture, event or suspend"))
                continue
            }
            let keyword = line.first.text
            guard let step = InputLineParser.step(keyword, &reader, dialect: .answers, diagnostics: &diagnostics)
            else { continue }
            if let extra = reader.peek {
                diagnostics.append(
                    Diagnostic(
                        .testMalformedLine, "unexpected '\(extra.text)' after '\(keyword)' line",
                        at: reader.range(extra), help: "write one input per line; quote text with spaces"))
                continue
            }
            lines.append(InputLine(line: line.range.start.line, range: line.range, text: line.text, step: step))
        }
        return (lines, Diagnostic.sortedForOutput(diagnostics))
    }
}
