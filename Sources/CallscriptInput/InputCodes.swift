import CallscriptDiagnostics

/// The codes of mistakes in agent-input lines, shared by `.calltest` and `.answers` files
/// (one language): they keep the CT numbers they have in script tests.
extension DiagnosticCode {
    public static let testUnterminatedString = DiagnosticCode("CT0001", "unterminated string")
    public static let testUnknownKeyword = DiagnosticCode("CT0002", "unknown test line")
    public static let testMalformedLine = DiagnosticCode("CT0003", "malformed test line")
    public static let testMisplacedLine = DiagnosticCode("CT0006", "line in the wrong place")
    public static let testBadValue = DiagnosticCode("CT0009", "bad value")
}
