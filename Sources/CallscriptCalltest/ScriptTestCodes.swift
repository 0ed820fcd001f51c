import CallscriptDiagnostics
import CallscriptInput

/// Diagnostic codes of `.calltest` files: CT0001-CT0099 for the file's form, CT0100-CT0199
/// for names the script does not have (checked once the script is compiled). The codes of the
/// agent-input lines (CT0001, CT0002, CT0003, CT0006, CT0009) live with the input language in
/// `CallscriptInput`, since `.answers` files report them too.
extension DiagnosticCode {
    public static let testMissingScript = DiagnosticCode("CT0004", "missing script line")
    public static let testDuplicateSetting = DiagnosticCode("CT0005", "setting written twice")
    public static let testNoTests = DiagnosticCode("CT0007", "file without tests")
    public static let testDuplicateName = DiagnosticCode("CT0008", "duplicate test name")
    public static let testEmpty = DiagnosticCode("CT0010", "test without steps", severity: .warning)
    public static let testUnknownCheckpoint = DiagnosticCode("CT0011", "unknown checkpoint")
    public static let testDuplicateCheckpoint = DiagnosticCode("CT0012", "duplicate checkpoint")
    public static let testCheckpointCycle = DiagnosticCode("CT0013", "tests continue each other in a cycle")
    public static let testContinuingSetting = DiagnosticCode("CT0014", "setting in a continuing test")

    public static let testScriptNotFound = DiagnosticCode("CT0100", "script not found")
    public static let testScriptInvalid = DiagnosticCode("CT0101", "script does not compile")
    public static let testUnknownState = DiagnosticCode("CT0102", "unknown state")
    public static let testUnknownStep = DiagnosticCode("CT0103", "unknown step")
    public static let testUnknownField = DiagnosticCode("CT0104", "unknown field")
    public static let testNotAContactField = DiagnosticCode("CT0105", "not a contact field")
    public static let testNotACaptureField = DiagnosticCode("CT0106", "not a capture field")
    public static let testUnknownPurpose = DiagnosticCode("CT0107", "unknown consent purpose", severity: .warning)
    public static let testMissingContactValue = DiagnosticCode("CT0108", "missing contact value")

    /// Every code of script test files, for docs and tests.
    public static let allScriptTestCodes: [DiagnosticCode] = [
        .testUnterminatedString, .testUnknownKeyword, .testMalformedLine, .testMissingScript, .testDuplicateSetting,
        .testMisplacedLine, .testNoTests, .testDuplicateName, .testBadValue, .testEmpty, .testUnknownCheckpoint,
        .testDuplicateCheckpoint, .testCheckpointCycle, .testContinuingSetting, .testScriptNotFound,
        .testScriptInvalid, .testUnknownState, .testUnknownStep, .testUnknownField, .testNotAContactField,
        .testNotACaptureField, .testUnknownPurpose, .testMissingContactValue,
    ]
}
