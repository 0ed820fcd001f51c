import CallscriptDiagnostics
import CallscriptSyntax

/// The documented maxima of a script (see `Docs/performance.md`, "Limits"). Every phase is
/// linear in its input, so these bound the memory and time any input can take. They are far
/// above what a real campaign needs (a large one has a few hundred steps). `standard` is what
/// the CLI and the language server use; tests may set smaller ones.
public struct ScriptLimits: Sendable, Hashable {
    /// Bytes of one script file (32 MiB; a 100,000-step generated script is about 18 MB).
    public var maximumFileBytes = 32 * 1024 * 1024
    /// Bytes of all files of one script together.
    public var maximumTotalBytes = 64 * 1024 * 1024
    /// Files one script may bring in with `use`, the main script included.
    public var maximumFiles = 10_000
    /// Bytes on one line. Columns are counted from the start of the line, so a bound keeps
    /// every source position cheap (a whole script on one line would make them quadratic).
    public var maximumLineBytes = 16 * 1024
    /// Steps in one script, all files together.
    public var maximumSteps = 250_000
    /// States of the compiled machine: statements and endings of all steps and handlers.
    public var maximumStates = 1_000_000
    /// Answers of one `ask`.
    public var maximumAnswers = 50
    /// `if` lines of one step ending.
    public var maximumBranches = 50

    public init() {}

    /// The documented limits.
    public static let standard = ScriptLimits()

    /// Nesting of a condition (parentheses, `not`); deeper is CS0025, checked by the parser.
    public static let maximumConditionDepth = Parser.maximumConditionDepth
}

/// Codes for inputs over a limit (CS0400-CS0419; the machine loader uses CS0420-CS0439).
extension DiagnosticCode {
    public static let fileTooLarge = DiagnosticCode("CS0400", "script file too large")
    public static let lineTooLong = DiagnosticCode("CS0401", "line too long")
    public static let tooManySteps = DiagnosticCode("CS0402", "too many steps")
    public static let tooManyAnswers = DiagnosticCode("CS0403", "too many answers")
    public static let tooManyBranches = DiagnosticCode("CS0404", "too many if lines")
    public static let tooManyStates = DiagnosticCode("CS0405", "too many statements")
    public static let tooManyFiles = DiagnosticCode("CS0406", "too many used files")

    /// Every limit code the compiler can report, in order.
    public static let allLimitCodes: [DiagnosticCode] = [
        .fileTooLarge, .lineTooLong, .tooManySteps, .tooManyAnswers, .tooManyBranches, .tooManyStates, .tooManyFiles,
    ]
}
