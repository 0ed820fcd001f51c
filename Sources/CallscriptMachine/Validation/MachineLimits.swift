import CallscriptDiagnostics

/// The documented maxima of a machine file (see `Docs/performance.md`, "Limits"), checked
/// before the file is decoded or the machine is indexed, so no machine file can exhaust the
/// runner's memory. They sit above what a script within `ScriptLimits` compiles to.
public enum MachineLimits {
    /// Bytes of a machine file (1 GiB; a 100,000-step script compiles to about 140 MB).
    public static let maximumBytes = 1 << 30
    /// States of one machine.
    public static let maximumStates = 1_000_000
    /// Transitions of one state (answers of an `ask`, or `if` lines and `else`).
    public static let maximumTransitions = 64
}

/// Codes for machines over a limit (CS0420-CS0439).
extension DiagnosticCode {
    public static let machineTooLarge = DiagnosticCode("CS0420", "machine file too large")
    public static let machineTooManyStates = DiagnosticCode("CS0421", "machine has too many states")
    public static let machineTooManyTransitions = DiagnosticCode("CS0422", "state has too many transitions")

    /// Every machine limit code, for docs and tests.
    public static let allMachineLimitCodes: [DiagnosticCode] = [
        .machineTooLarge, .machineTooManyStates, .machineTooManyTransitions,
    ]
}
