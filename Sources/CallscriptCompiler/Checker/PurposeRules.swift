import CallscriptDiagnostics
import CallscriptSyntax

/// `purpose "..."` on field declarations: plain text, and under the Dutch policies required
/// on every capture, because the AVG (art. 30) register must name a purpose for each piece of
/// personal data collected. A missing purpose is a warning: the call is still lawful to make,
/// but the register `callscript register` writes would have a gap.
extension Checker {
    mutating func checkPurposes() {
        let dutch = program.policy?.id.hasPrefix("nl") ?? false
        for field in program.fields {
            if let purpose = field.decl.purpose {
                if let first = purpose.placeholders.first {
                    reporter.report(
                        .placeholderNotAllowed, "a purpose cannot contain a placeholder", at: first.span,
                        in: field.file,
                        help: "write the purpose literally, such as \"het aanbod per e-mail sturen\"")
                } else if purpose.plainText.trimmingWhitespace.isEmpty {
                    reporter.report(
                        .capturePurposeMissing, "the purpose of '\(field.name)' is empty", at: purpose.span,
                        in: field.file, help: "say why the data is collected, such as \"het aanbod per e-mail sturen\"")
                }
                continue
            }
            guard dutch, field.origin == .capture else { continue }
            let end = field.decl.type.span.end
            reporter.report(
                .capturePurposeMissing, "capture '\(field.name)' has no purpose", at: field.decl.name.span,
                in: field.file,
                notes: ["the processing register (AVG art. 30) names the purpose of every piece of personal data"],
                help:
                    "add why it is collected after the type: capture \(field.name): \(field.type.description) purpose \"...\"",
                fixIts: [
                    FixIt(
                        message: "add a purpose",
                        edits: [
                            TextEdit(
                                range: reporter.range(Span(end, end), in: field.file), replacement: " purpose \"\"")
                        ])
                ])
        }
    }
}
