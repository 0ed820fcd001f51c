/// A finding a script let through on purpose, with the designer's reason: a warning about
/// wording (`NL-SALES-WORDING`) silenced for one statement by a comment directive
/// `# callscript: allow sales-wording "reason"` on the line before. Kept, not dropped, so
/// `check --format json` and a certificate can show what was let through and why.
public struct SilencedFinding: Hashable, Sendable, Codable {
    /// The finding as the verifier reported it.
    public var finding: Diagnostic
    /// The reason written in the directive.
    public var reason: String
    /// Where the directive is.
    public var directive: SourceRange

    public init(finding: Diagnostic, reason: String, directive: SourceRange) {
        self.finding = finding
        self.reason = reason
        self.directive = directive
    }
}
