import CallscriptMachine
import Foundation

/// Reads what an agent typed (or a contact file holds) as a value of a field type, with a
/// reason when it is not one. The same rules check captures, contact values and literals.
public enum FieldParser {
    /// The canonical value of `raw` for `type`, or why it is refused.
    public static func parse(_ raw: String, as type: FieldType) -> Result<FieldValue, ValueRefusal> {
        let input = trimmed(raw)
        func ok(_ text: String) -> Result<FieldValue, ValueRefusal> {
            .success(FieldValue(kind: type.kind, text: text))
        }
        func no(_ reason: String) -> Result<FieldValue, ValueRefusal> { .failure(ValueRefusal(reason)) }
        if input.isEmpty { return no("a value is required") }
        switch type.kind {
        case .text:
            if input.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return no("text may not contain line breaks or control characters")
            }
            return ok(input)
        case .number:
            return number(input).map(ok) ?? no("'\(input)' is not a number (write e.g. 12 or 2,5)")
        case .yesno:
            switch input.lowercased() {
            case "yes", "y", "ja", "j", "true": return ok("yes")
            case "no", "n", "nee", "false": return ok("no")
            default: return no("answer yes or no (ja/nee)")
            }
        case .date:
            guard let date = CalendarDate(input) else {
                return no("'\(input)' is not a date (write YYYY-MM-DD, e.g. 2026-07-01)")
            }
            return ok(date.description)
        case .datetime:
            guard let time = LocalDateTime(input) else {
                return no("'\(input)' is not a date and time (write YYYY-MM-DDTHH:MM, e.g. 2026-07-01T14:30)")
            }
            return ok(time.description)
        case .email:
            return email(input).map(ok) ?? no("'\(input)' is not an e-mail address (write e.g. naam@voorbeeld.nl)")
        case .phone:
            return PhoneNumber.normalize(input).map(ok)
                ?? no("'\(input)' is not a phone number (write e.g. +31 6 1234 5678)")
        case .choice:
            let choices = type.choices ?? []
            if let match = choices.first(where: { $0.lowercased() == input.lowercased() }) { return ok(match) }
            return no("'\(input)' is not one of: \(choices.joined(separator: ", "))")
        }
    }

    /// Digits with an optional sign and one decimal point or comma; canonical form uses a point.
    private static func number(_ input: String) -> String? {
        var body = Substring(input)
        var sign = ""
        if body.first == "-" || body.first == "+" {
            if body.first == "-" { sign = "-" }
            body = body.dropFirst()
        }
        // Whole numbers (the common case, and every step's condition) skip Decimal, which is slow.
        if body.count <= 18, !body.isEmpty,
            body.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let whole = Int(body)
        {
            return String(sign == "-" ? -whole : whole)
        }
        let parts = body.split(separator: body.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        guard let value = Decimal(string: sign + parts.joined(separator: "."), locale: FieldValue.posix) else {
            return nil
        }
        return value.description
    }

    /// A plain `local@domain.tld` check: no spaces, one `@`, a dot in the domain.
    /// `raw` without surrounding white space. Foundation's trimming goes through NSString and
    /// costs more than a whole step; ASCII edges (nearly every value) are trimmed here.
    static func trimmed(_ raw: String) -> String {
        let bytes = raw.utf8
        guard let first = bytes.first, let last = bytes.last else { return raw }
        func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        if first < 0x80, last < 0x80, !isASCIISpace(first), !isASCIISpace(last) { return raw }
        return raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Character properties are slow to look up; ASCII text (nearly every address) needs none.
    private static func containsWhitespace(_ input: String) -> Bool {
        if input.utf8.allSatisfy({ $0 < 0x80 }) {
            return input.utf8.contains { $0 == 0x20 || (0x09...0x0D).contains($0) }
        }
        return input.contains { $0.isWhitespace }
    }

    private static func email(_ input: String) -> String? {
        let parts = input.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !containsWhitespace(input) else { return nil }
        let domain = parts[1].lowercased()
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), (labels.last?.count ?? 0) >= 2 else { return nil }
        return "\(parts[0])@\(domain)"
    }
}
