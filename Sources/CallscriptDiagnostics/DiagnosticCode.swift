/// A kind of language diagnostic with its stable code. Each phase declares its own codes in
/// its module (`SyntaxCodes`, `CompilerCodes`, ...) and lists them in `all`, so docs and tests
/// can check that every code is documented.
public struct DiagnosticCode: Hashable, Sendable {
    /// `CS0001` etc.
    public let id: String
    /// A short title used in docs and SARIF rule metadata.
    public let title: String
    public let severity: Severity

    public init(_ id: String, _ title: String, severity: Severity = .error) {
        self.id = id
        self.title = title
        self.severity = severity
    }
}
