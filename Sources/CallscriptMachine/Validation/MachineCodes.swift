import CallscriptDiagnostics

/// Codes for loading and validating compiled machines (CS0300-CS0399).
extension DiagnosticCode {
    public static let machineNotJSON = DiagnosticCode("CS0300", "machine file is not valid JSON")
    public static let machineWrongFormat = DiagnosticCode("CS0301", "not a callscript machine")
    public static let machineUnsupportedVersion = DiagnosticCode("CS0302", "unsupported machine format version")
    public static let machineWrongShape = DiagnosticCode("CS0303", "missing or mistyped machine entry")
    public static let machineDuplicateState = DiagnosticCode("CS0304", "duplicate state ID")
    public static let machineDanglingTarget = DiagnosticCode("CS0305", "transition to an unknown state")
    public static let machineMissingStart = DiagnosticCode("CS0306", "start state does not exist")
    public static let machineBadHandler = DiagnosticCode("CS0307", "invalid event handler")
    public static let machineTransitionsForRole = DiagnosticCode("CS0308", "transitions do not fit the state's role")
    public static let machineConditionTooDeep = DiagnosticCode("CS0309", "condition nested too deeply")
    public static let machineUnknownField = DiagnosticCode("CS0310", "reference to an unknown field")
    public static let machineFieldType = DiagnosticCode("CS0311", "field used with the wrong type")
    public static let machineDuplicateField = DiagnosticCode("CS0312", "duplicate field")
    public static let machineDigestMismatch = DiagnosticCode("CS0313", "machine digest does not match its content")
    public static let machineFailsPolicy = DiagnosticCode("CS0314", "machine fails verification under its policy")
    public static let machineUnknownPolicy = DiagnosticCode("CS0315", "unknown policy")
    public static let machineUnknownPlaceholder = DiagnosticCode("CS0316", "unknown placeholder in a text")
    public static let machineMissingAttribute = DiagnosticCode(
        "CS0317", "state lacks text, field or purpose its role needs")
    public static let machineSilentLoop = DiagnosticCode("CS0318", "loop of states that never speak or wait")
    public static let machineBadTranslation = DiagnosticCode("CS0319", "translation does not fit the machine")

    /// Every machine loading and validation code, for docs and tests.
    public static let allMachineCodes: [DiagnosticCode] = [
        .machineNotJSON, .machineWrongFormat, .machineUnsupportedVersion, .machineWrongShape,
        .machineDuplicateState, .machineDanglingTarget, .machineMissingStart, .machineBadHandler,
        .machineTransitionsForRole, .machineConditionTooDeep, .machineUnknownField, .machineFieldType,
        .machineDuplicateField, .machineDigestMismatch, .machineFailsPolicy, .machineUnknownPolicy,
        .machineUnknownPlaceholder, .machineMissingAttribute, .machineSilentLoop, .machineBadTranslation,
    ]
}
