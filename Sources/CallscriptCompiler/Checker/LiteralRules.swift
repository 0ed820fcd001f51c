import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// Which literals fit which field types, shared by the checker (which reports) and lowering
/// (which only converts what the checker accepted). Dates and times are read by the machine's
/// own types (`CalendarDate`, `LocalDateTime.exactly`), the ones the runtime reads them with.
enum LiteralRules {
    enum Problem: Error, Equatable {
        /// The literal's kind is wrong for the type; the string says what to write instead.
        case wrongKind(expected: String)
        case notAChoice(choices: [String])
        case invalidDate(expected: String)
    }

    /// The compiled literal for `value` compared with a field of `type`.
    static func literal(_ value: LiteralKind, for type: FieldType) -> Result<Literal, Problem> {
        switch (type.kind, value) {
        case (.number, .number(let text)):
            return isFiniteNumber(text)
                ? .success(Literal(type: .number, value: text))
                : .failure(.wrongKind(expected: "a number such as 3 or 2.5"))
        case (.number, _): return .failure(.wrongKind(expected: "a number such as 3 or 2.5"))
        case (.text, .string(let text)), (.email, .string(let text)), (.phone, .string(let text)):
            return .success(Literal(type: type.kind, value: text))
        case (.text, _), (.email, _), (.phone, _):
            return .failure(.wrongKind(expected: "a quoted string"))
        case (.date, .string(let text)):
            return CalendarDate(text) != nil
                ? .success(Literal(type: .date, value: text))
                : .failure(.invalidDate(expected: "\"YYYY-MM-DD\", such as \"2026-07-01\""))
        case (.date, _): return .failure(.wrongKind(expected: "a quoted date such as \"2026-07-01\""))
        case (.datetime, .string(let text)):
            return LocalDateTime.exactly(text) != nil
                ? .success(Literal(type: .datetime, value: text))
                : .failure(.invalidDate(expected: "\"YYYY-MM-DDTHH:MM\", such as \"2026-07-01T14:30\""))
        case (.datetime, _):
            return .failure(.wrongKind(expected: "a quoted date and time such as \"2026-07-01T14:30\""))
        case (.yesno, .word(let word)) where word == "yes" || word == "no":
            return .success(Literal(type: .yesno, value: word))
        case (.yesno, _): return .failure(.wrongKind(expected: "yes or no"))
        case (.choice, .word(let word)):
            let choices = type.choices ?? []
            return choices.contains(word)
                ? .success(Literal(type: .choice, value: word)) : .failure(.notAChoice(choices: choices))
        case (.choice, _): return .failure(.notAChoice(choices: type.choices ?? []))
        }
    }

    /// Whether `text` reads as a finite number. The lexer's number shape (`-?digits(.digits)?`)
    /// with at most 308 digits before the point always does, so it is recognised from its
    /// bytes; anything else (a number the lexer already reported, such as `3abc`) goes to
    /// `Double`. Parsing every literal as a `Double` was a fiftieth of checking the survey.
    static func isFiniteNumber(_ text: String) -> Bool {
        var text = text
        // Over the string's bytes, not its UTF-8 view's enumerated iterator (which cost about
        // 60 instructions a byte).
        if text.withUTF8({ isPlainDecimal($0) }) { return true }
        return Double(text)?.isFinite == true
    }

    /// `-`? digits (`.` digits)?, with 1 to 308 digits before the point.
    private static func isPlainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var integerDigits = 0
        var fractionDigits = 0
        var afterPoint = false
        for offset in bytes.indices {
            let byte = bytes[offset]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if afterPoint { fractionDigits += 1 } else { integerDigits += 1 }
            } else if byte == UInt8(ascii: "-"), offset == 0 {
                continue
            } else if byte == UInt8(ascii: "."), !afterPoint, integerDigits > 0 {
                afterPoint = true
            } else {
                return false
            }
        }
        return integerDigits > 0 && integerDigits <= 308 && (!afterPoint || fractionDigits > 0)
    }

    /// Types whose values have an order (`<`, `<=`, `>`, `>=`).
    static func isOrdered(_ kind: FieldType.Kind) -> Bool {
        kind == .number || kind == .date || kind == .datetime
    }

    static func describe(_ value: LiteralKind) -> String {
        switch value {
        case .number(let text): "the number \(text)"
        case .string(let text): "the string \"\(text)\""
        case .word(let word): "'\(word)'"
        }
    }
}
