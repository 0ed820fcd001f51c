import CallscriptDiagnostics
import CallscriptSyntax

/// Collects diagnostics for a set of loaded files; turns a node's byte span into a range in
/// the right file, so every error is shown in the file it is in.
struct Reporter {
    let files: [SourceFile]
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var errorCount = 0

    init(files: [SourceFile]) { self.files = files }

    func range(_ span: Span, in file: Int) -> SourceRange {
        files[file].range(span.start, span.end)
    }

    func related(_ label: String, _ span: Span, in file: Int) -> RelatedLocation {
        RelatedLocation(label: label, range: range(span, in: file))
    }

    mutating func report(
        _ code: DiagnosticCode, _ message: String, at span: Span, in file: Int,
        related: [RelatedLocation] = [], notes: [String] = [], help: String? = nil, fixIts: [FixIt] = []
    ) {
        append(
            Diagnostic(
                code, message, at: range(span, in: file), related: related, notes: notes, help: help, fixIts: fixIts))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        diagnostics.append(diagnostic)
    }

    mutating func append(contentsOf list: [Diagnostic]) {
        for d in list { append(d) }
    }

    var hasErrors: Bool { errorCount > 0 }
}
