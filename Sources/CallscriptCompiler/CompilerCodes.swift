import CallscriptDiagnostics

/// The compiler's diagnostic codes: CS0100-CS0199 for files, names and types, CS0200-CS0299
/// for flow. Codes are stable: never renumber one, only add. Each is documented with a wrong
/// and a fixed example in `Docs/diagnostics.md`, which the test suite compiles.
extension DiagnosticCode {
    // Files and `use` (CS0100-CS0119).
    public static let fileNotFound = DiagnosticCode("CS0100", "script file not found")
    public static let fileUnreadable = DiagnosticCode("CS0101", "script file cannot be read")
    public static let fileIsFolder = DiagnosticCode("CS0102", "script path is a folder")
    public static let fileEmpty = DiagnosticCode("CS0103", "script file is empty")
    public static let useEscapesFolder = DiagnosticCode("CS0104", "used file is outside the script's folder")
    public static let useCycle = DiagnosticCode("CS0105", "files use each other in a cycle")
    public static let headerInUsedFile = DiagnosticCode("CS0106", "used file has a script header")
    public static let invalidUsePath = DiagnosticCode("CS0107", "invalid use path")
    public static let useEscapesRoot = DiagnosticCode("CS0108", "used file is outside the project root")
    public static let invalidProjectRoot = DiagnosticCode("CS0109", "invalid project root file")

    // Header (CS0120-CS0139).
    public static let missingHeader = DiagnosticCode("CS0120", "missing script header")
    public static let missingHeaderEntry = DiagnosticCode("CS0121", "missing required header entry")
    public static let duplicateHeaderEntry = DiagnosticCode("CS0122", "duplicate header entry")
    public static let unknownPolicy = DiagnosticCode("CS0123", "unknown policy")
    public static let placeholderNotAllowed = DiagnosticCode("CS0124", "placeholder not allowed here")
    public static let invalidCustomerTerm = DiagnosticCode("CS0125", "customer term must be at least one month")

    // Names (CS0140-CS0159).
    public static let unknownStep = DiagnosticCode("CS0140", "unknown step")
    public static let duplicateStep = DiagnosticCode("CS0141", "duplicate step")
    public static let unknownField = DiagnosticCode("CS0142", "unknown field")
    public static let duplicateField = DiagnosticCode("CS0143", "duplicate field")
    public static let unknownEvent = DiagnosticCode("CS0144", "unknown event")
    public static let duplicateHandler = DiagnosticCode("CS0145", "duplicate handler")
    public static let unknownPlaceholder = DiagnosticCode("CS0146", "unknown placeholder")
    public static let principalNotDeclared = DiagnosticCode("CS0147", "placeholder {principal} without a principal")
    public static let missingStart = DiagnosticCode("CS0148", "missing start")
    public static let duplicateStart = DiagnosticCode("CS0149", "duplicate start")
    public static let fieldShadowsBuiltin = DiagnosticCode("CS0150", "field name taken by a built-in placeholder")
    public static let duplicateChoice = DiagnosticCode("CS0151", "duplicate choice value")

    // Statements, endings and questions (CS0160-CS0179).
    public static let missingEnding = DiagnosticCode("CS0160", "step has no ending")
    public static let captureOfContactField = DiagnosticCode("CS0161", "capture of a field that is not a capture")
    public static let callbackFieldNotDatetime = DiagnosticCode("CS0162", "callback field is not a datetime capture")
    public static let convenientNeedsYesAndNo = DiagnosticCode("CS0163", "ask convenient needs a yes and a no answer")
    public static let answerClassRequired = DiagnosticCode("CS0164", "answer class required")
    public static let answerClassNotAllowed = DiagnosticCode("CS0165", "answer class not allowed on a plain ask")
    public static let consentNeedsYesAndNo = DiagnosticCode(
        "CS0166", "ask consent needs exactly one yes and one no answer")
    public static let duplicateAnswer = DiagnosticCode("CS0167", "duplicate answer")
    public static let unknownAnswerClass = DiagnosticCode("CS0168", "unknown answer class")
    public static let askWithoutAnswers = DiagnosticCode("CS0169", "ask without answers")
    public static let invalidDirective = DiagnosticCode("CS0170", "invalid callscript directive")
    public static let capturePurposeMissing = DiagnosticCode(
        "CS0179", "capture without a purpose", severity: .warning)

    // Conditions (CS0180-CS0199).
    public static let literalTypeMismatch = DiagnosticCode("CS0180", "value does not fit the field's type")
    public static let unknownChoiceValue = DiagnosticCode("CS0181", "value is not one of the choices")
    public static let invalidDateLiteral = DiagnosticCode("CS0182", "invalid date or time")
    public static let orderingNotAllowed = DiagnosticCode("CS0183", "ordering comparison on an unordered type")
    public static let isSetOnContact = DiagnosticCode("CS0184", "is set on a field that is not a capture")

    // Flow (CS0200-CS0299).
    public static let neverEnds = DiagnosticCode("CS0200", "the call can never end")
    public static let unreachableStep = DiagnosticCode("CS0201", "unreachable step", severity: .warning)

    // Translations (CS0260-CS0269): `<script>.<language>.po` files beside the script.
    public static let translationSyntax = DiagnosticCode("CS0260", "translation file cannot be read")
    public static let translationMissingLine = DiagnosticCode("CS0261", "line not translated")
    public static let translationPlaceholders = DiagnosticCode("CS0262", "translation has other placeholders")
    public static let translationUnknownLine = DiagnosticCode(
        "CS0263", "translation of a line the script does not have")
    public static let translationOutdated = DiagnosticCode("CS0264", "translation of a text the script no longer has")
    public static let translationLanguage = DiagnosticCode("CS0265", "translation file for an invalid language")

    /// Every code the compiler can report, in order.
    public static let allCompilerCodes: [DiagnosticCode] = [
        .fileNotFound, .fileUnreadable, .fileIsFolder, .fileEmpty, .useEscapesFolder, .useCycle,
        .headerInUsedFile, .invalidUsePath, .useEscapesRoot, .invalidProjectRoot,
        .missingHeader, .missingHeaderEntry, .duplicateHeaderEntry, .unknownPolicy, .placeholderNotAllowed,
        .invalidCustomerTerm,
        .unknownStep, .duplicateStep, .unknownField, .duplicateField, .unknownEvent, .duplicateHandler,
        .unknownPlaceholder, .principalNotDeclared, .missingStart, .duplicateStart, .fieldShadowsBuiltin,
        .duplicateChoice,
        .missingEnding, .captureOfContactField, .callbackFieldNotDatetime, .convenientNeedsYesAndNo,
        .answerClassRequired, .answerClassNotAllowed, .consentNeedsYesAndNo, .duplicateAnswer,
        .unknownAnswerClass, .askWithoutAnswers, .invalidDirective, .capturePurposeMissing,
        .literalTypeMismatch, .unknownChoiceValue, .invalidDateLiteral, .orderingNotAllowed, .isSetOnContact,
        .neverEnds, .unreachableStep,
        .translationSyntax, .translationMissingLine, .translationPlaceholders, .translationUnknownLine,
        .translationOutdated, .translationLanguage,
    ]
}
