import CallscriptDiagnostics

/// The codes of mistakes in agent-input lines, shared by `.calltest` and `.answers` files
/// (one language): they keep the CT numbers they have in script tests.
extension DiagnosticCode {
    public static let testUnterminatedString = DiagnosticCode("CT0001", "unterminated string")
    public static let testUnknownKeyword = DiagnosticCode("CT0002", "unknown test line")
    public static let testMalformedLine = DiagnosticCode("CT0003", "malformed test line")
    public static let testMisplacedLine = DiagnosticCode("CT0006", "line in the wrong place")
    public static let testBadValue = DiagnosticCode("CT0009", "bad value")

    // CT0200-CT0299: an answers file that reads well but does not fit the call it runs.
    public static let inputDoesNotFit = DiagnosticCode("CT0200", "input does not fit the call")
    public static let inputAfterEnd = DiagnosticCode("CT0201", "input after the call ended")
    public static let inputEndedEarly = DiagnosticCode("CT0202", "answers file ended before the call")

    /// Every code an answers file can get, for docs and tests.
    public static let allInputCodes: [DiagnosticCode] = [
        .testUnterminatedString, .testUnknownKeyword, .testMalformedLine, .testMisplacedLine, .testBadValue,
        .inputDoesNotFit, .inputAfterEnd, .inputEndedEarly,
    ]
}
