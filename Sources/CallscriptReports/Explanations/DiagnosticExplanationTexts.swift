// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

/// The sections of `Docs/diagnostics.md`, by code (see `DiagnosticExplanations`), in
/// parts of a few hundred lines each.
enum DiagnosticExplanationTexts {
    static let parts: [[String: String]] = [
        part01,
        part02,
        part03,
        part04,
        part05,
        part06,
        part07,
        part08,
        part09,
        part10,
        part11,
        part12,
        part13,
        part14,
        part15,
        part16,
        part17,
    ]
    static let byCode: [String: String] = parts.reduce(into: [:]) { all, part in
        all.merge(part) { first, _ in first }
    }
}
