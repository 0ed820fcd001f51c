/// A phone number in E.164 form (`+31612345678`). This is the one normaliser for contacts, call
/// lists, the objection list and consent withdrawals: two spellings of one number must compare
/// equal everywhere, or a gate that matches on text fails open.
public struct PhoneNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The digits after `+` as an integer. E.164 numbers have at most 15 digits and never start
    /// with 0, so the integer is unique and fits in 8 bytes (the objection index stores it so).
    public let digits: UInt64

    /// The number from its E.164 digits (`31612345678`); nil unless 8 to 15 digits.
    public init?(digits: UInt64) {
        guard digits >= 10_000_000, digits <= 999_999_999_999_999 else { return nil }
        self.digits = digits
    }

    /// Reads a number as people and spreadsheets write it (see `normalize(_:defaultCountryCode:)`).
    public init(parsing raw: String, defaultCountryCode: String = "31") throws(PhoneNumberError) {
        var text = raw
        let result = text.withUTF8 { PhoneNumberParser.parse($0, defaultCountryCode: defaultCountryCode) }
        switch result {
        case .success(let number): self = number
        case .failure(let problem): throw PhoneNumberError(input: raw, problem: problem)
        }
    }

    /// `+31612345678`.
    public var e164: String { "+\(digits)" }
    public var description: String { e164 }

    public static func < (a: PhoneNumber, b: PhoneNumber) -> Bool { a.digits < b.digits }

    /// The E.164 form of a number as people write it, or nil when it is not a number.
    ///
    /// Accepted: every Unicode space (tabs, CR/LF, no-break and narrow spaces, U+2000–U+200A,
    /// U+3000), zero-width characters and the byte-order mark; dashes (`-`, U+2010–U+2015,
    /// U+2212), dots, slashes and parentheses; `+` or `00` before the country code, also with
    /// spaces (`+ 31`); `(0)` after the country code (`+31 (0)6 1234 5678`); a trunk `0` after
    /// the country code of Dutch, Belgian, French, British or German numbers (`+31 06 …`); a
    /// national number with one leading `0`, which gets `defaultCountryCode` (Dutch by default).
    /// Use `init(parsing:)` to learn why a text is not a number.
    public static func normalize(_ raw: String, defaultCountryCode: String = "31") -> String? {
        (try? PhoneNumber(parsing: raw, defaultCountryCode: defaultCountryCode))?.e164
    }
}

/// Why a text is not a phone number: the input and what is wrong with it.
public struct PhoneNumberError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Error, Hashable, Sendable {
        /// Nothing but spaces.
        case empty
        /// A character that is not a digit, space, `+` or separator; `position` counts characters from 1.
        case invalidCharacter(Character, position: Int)
        /// A `+` after the first digit.
        case misplacedPlus(position: Int)
        /// Neither `+`, `00` nor a national leading `0` (Excel drops both when the column is a number).
        case noCountryCode
        /// The country code would start with 0 (`+0…`, `000…`).
        case countryCodeStartsWithZero
        /// More than one 0 after a country code written with a trunk 0 (`+31 0 06…`, `+31 (0)0031…`):
        /// no number there starts with 0, so dropping only one would give a different number
        /// on every pass.
        case zeroAfterTrunkZero
        /// Fewer than 8 digits after the `+`.
        case tooShort(digits: Int)
        /// More than 15 digits after the `+`, or an input of more than 100 characters.
        case tooLong(digits: Int)
    }

    /// The text as it was given.
    public var input: String
    public var problem: Problem

    public init(input: String, problem: Problem) {
        self.input = input
        self.problem = problem
    }

    /// What is wrong, in one phrase: `'06-1234x678' is not a phone number: 'x' at position 8 is not a digit`.
    public var reason: String {
        let what: String
        switch problem {
        case .empty: return "the phone number is empty"
        case .invalidCharacter(let c, let position):
            let label = c.unicodeScalars.allSatisfy { $0.value < 0x20 || $0.value == 0x7F } ? "U+\(hex(c))" : "'\(c)'"
            what = "\(label) at position \(position) is not a digit, space or separator"
        case .misplacedPlus(let position): what = "the '+' at position \(position) is not in front of the country code"
        case .noCountryCode: what = "it has no country code (start with +31, 0031 or a Dutch 0)"
        case .countryCodeStartsWithZero: what = "a country code cannot start with 0"
        case .zeroAfterTrunkZero: what = "a second 0 follows the country code and its trunk 0"
        case .tooShort(let n): what = "it has only \(n) digits with its country code (a number has at least 8)"
        case .tooLong(let n): what = "it has \(n) digits with its country code (a number has at most 15)"
        }
        return "'\(shown(input))' is not a phone number: \(what)"
    }

    /// How to fix it.
    public var help: String {
        switch problem {
        case .noCountryCode:
            return
                "write the number with its country code, e.g. +31 6 1234 5678 (a spreadsheet drops a leading + or 0 when the column is formatted as a number: format it as text)"
        default: return "write the number with its country code, e.g. +31 6 1234 5678"
        }
    }

    public var description: String { reason }

    /// The input with control characters made visible, cut to a readable length.
    private func shown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(60) {
            out +=
                scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }
        return text.unicodeScalars.count > 60 ? out + "…" : out
    }

    private func hex(_ c: Character) -> String {
        c.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " U+")
    }
}
