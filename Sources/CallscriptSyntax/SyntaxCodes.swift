import CallscriptDiagnostics

/// Diagnostic codes of the lexer and parser (CS0001-CS0099).
extension DiagnosticCode {
    // Lexer.
    public static let unterminatedString = DiagnosticCode("CS0001", "unterminated string")
    public static let unknownEscape = DiagnosticCode("CS0002", "unknown escape sequence")
    public static let invalidPlaceholder = DiagnosticCode("CS0003", "invalid placeholder")
    public static let unclosedBrace = DiagnosticCode("CS0004", "unclosed '{' in a string")
    public static let unmatchedBrace = DiagnosticCode("CS0005", "unmatched '}' in a string")
    public static let invalidUTF8 = DiagnosticCode("CS0006", "invalid UTF-8")
    public static let unexpectedCharacter = DiagnosticCode("CS0007", "unexpected character")
    public static let binaryFile = DiagnosticCode("CS0008", "binary file")
    public static let invalidNumber = DiagnosticCode("CS0009", "invalid number")
    public static let nonASCIIName = DiagnosticCode("CS0010", "name with non-ASCII characters")
    public static let wrongQuotes = DiagnosticCode("CS0011", "string in the wrong quotes")
    public static let textBrokenOverLines = DiagnosticCode("CS0012", "text broken over two lines")
    // Parser.
    public static let expectedToken = DiagnosticCode("CS0020", "expected token")
    public static let capitalizedKeyword = DiagnosticCode("CS0021", "keyword not lower-case")
    public static let assignInsteadOfEqual = DiagnosticCode("CS0022", "'=' instead of '=='")
    public static let missingArrow = DiagnosticCode("CS0023", "missing '->'")
    public static let statementsAfterEnding = DiagnosticCode("CS0024", "statements after the end of the step")
    public static let conditionTooDeep = DiagnosticCode("CS0025", "condition nested too deeply")
    public static let missingElse = DiagnosticCode("CS0026", "missing 'else'")
    public static let elseWithoutIf = DiagnosticCode("CS0027", "'else' without 'if'")
    public static let unknownHeaderEntry = DiagnosticCode("CS0028", "unknown header entry")
    public static let misplacedHeader = DiagnosticCode("CS0029", "misplaced script header")
    public static let unknownStatement = DiagnosticCode("CS0030", "unknown statement")
    public static let unexpectedAtTopLevel = DiagnosticCode("CS0031", "unexpected text at top level")
    public static let unclosedBlock = DiagnosticCode("CS0032", "unclosed block")
    public static let unknownType = DiagnosticCode("CS0033", "unknown type")
    public static let invalidAudience = DiagnosticCode("CS0034", "invalid audience")
    public static let unknownDisclosureTopic = DiagnosticCode("CS0035", "unknown disclosure topic")
    public static let keywordAsName = DiagnosticCode("CS0036", "keyword used as a name")
    public static let tooManyErrors = DiagnosticCode("CS0037", "too many errors")
    public static let emptyChoice = DiagnosticCode("CS0038", "choice without values")

    /// Every syntax code, in numeric order (docs and tests check each is documented and covered).
    public static let allSyntaxCodes: [DiagnosticCode] = [
        .unterminatedString, .unknownEscape, .invalidPlaceholder, .unclosedBrace, .unmatchedBrace,
        .invalidUTF8, .unexpectedCharacter, .binaryFile, .invalidNumber, .nonASCIIName, .wrongQuotes,
        .textBrokenOverLines,
        .expectedToken, .capitalizedKeyword, .assignInsteadOfEqual, .missingArrow, .statementsAfterEnding,
        .conditionTooDeep, .missingElse, .elseWithoutIf, .unknownHeaderEntry, .misplacedHeader,
        .unknownStatement, .unexpectedAtTopLevel, .unclosedBlock, .unknownType, .invalidAudience,
        .unknownDisclosureTopic, .keywordAsName, .tooManyErrors, .emptyChoice,
    ]
}
