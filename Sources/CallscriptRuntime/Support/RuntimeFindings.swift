import CallscriptDiagnostics
import CallscriptIO

/// Renders runtime diagnostics as text for standard error.
public enum RuntimeMessages {
    /// One finding of `audit verify` as a diagnostic at its line: RT0401 for a cut-off last
    /// line, RT0402 for a changed, removed, inserted, reordered or unreadable entry.
    public static func auditFinding(_ problem: AuditProblem, in path: String) -> Diagnostic {
        let at = SourceRange.file(path, line: problem.line)
        if problem.kind == .truncated {
            return Diagnostic(
                .auditTruncated, problem.message, at: at,
                help: "run `callscript audit repair \(path)` (drops only the unfinished entry)")
        }
        let help: String
        switch problem.kind {
        case .unanchored:
            help =
                "if no call is still running, entries were added or cut without the key: compare with an anchor and the runners' own copies"
        case .anchor:
            help = "the log no longer holds what was anchored: keep the file for investigation"
        case .forged:
            help = "the chain was rewritten and recomputed: keep the file for investigation"
        case .fakeMarker:
            help = "an entry was replaced by a marker no erasure made: keep the file for investigation"
        default: help = "keep the file for investigation; the entries before this line still verify"
        }
        return Diagnostic(.auditBroken, problem.message, at: at, help: help)
    }

    /// Each diagnostic as the compiler's text renderer shows it, without the blank line between.
    public static func text(_ diagnostics: [Diagnostic], colored: Bool = false) -> String {
        let renderer = TextRenderer(sources: [:], colored: colored)
        var out = diagnostics.map { renderer.render($0) }.joined()
        if out.hasSuffix("\n") { out.removeLast() }
        return out
    }
}
