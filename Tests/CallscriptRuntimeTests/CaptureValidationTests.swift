import CallscriptMachine
import Testing

@testable import CallscriptRuntime

@Suite struct CaptureValidationTests {
    static let accepted: [(String, FieldType, String)] = [
        ("  Anna de Vries ", FieldType(.text), "Anna de Vries"),
        ("12", FieldType(.number), "12"),
        ("2,5", FieldType(.number), "2.5"),
        ("-3.75", FieldType(.number), "-3.75"),
        ("ja", FieldType(.yesno), "yes"),
        ("Nee", FieldType(.yesno), "no"),
        ("2026-07-01", FieldType(.date), "2026-07-01"),
        ("2028-02-29", FieldType(.date), "2028-02-29"),
        ("2026-07-01T14:30", FieldType(.datetime), "2026-07-01T14:30"),
        ("2026-07-01 09:05", FieldType(.datetime), "2026-07-01T09:05"),
        ("anna@Voorbeeld.NL", FieldType(.email), "anna@voorbeeld.nl"),
        ("06-12345678", FieldType(.phone), "+31612345678"),
        ("+31 (0)20 555 0199".replacingOccurrences(of: "(0)", with: ""), FieldType(.phone), "+31205550199"),
        ("0044 20 7946 0958", FieldType(.phone), "+442079460958"),
        ("HIGH", FieldType(.choice, choices: ["low", "medium", "high"]), "high"),
    ]

    @Test(arguments: accepted)
    func accepts(raw: String, type: FieldType, canonical: String) throws {
        #expect(try FieldParser.parse(raw, as: type).get().text == canonical)
    }

    static let refused: [(String, FieldType, String)] = [
        ("", FieldType(.text), "a value is required"),
        ("twaalf", FieldType(.number), "'twaalf' is not a number (write e.g. 12 or 2,5)"),
        ("1.000,5", FieldType(.number), "'1.000,5' is not a number (write e.g. 12 or 2,5)"),
        ("misschien", FieldType(.yesno), "answer yes or no (ja/nee)"),
        ("2026-02-30", FieldType(.date), "'2026-02-30' is not a date (write YYYY-MM-DD, e.g. 2026-07-01)"),
        ("01-07-2026", FieldType(.date), "'01-07-2026' is not a date (write YYYY-MM-DD, e.g. 2026-07-01)"),
        (
            "2026-07-01T25:00", FieldType(.datetime),
            "'2026-07-01T25:00' is not a date and time (write YYYY-MM-DDTHH:MM, e.g. 2026-07-01T14:30)"
        ),
        (
            "anna@voorbeeld", FieldType(.email),
            "'anna@voorbeeld' is not an e-mail address (write e.g. naam@voorbeeld.nl)"
        ),
        (
            "anna @voorbeeld.nl", FieldType(.email),
            "'anna @voorbeeld.nl' is not an e-mail address (write e.g. naam@voorbeeld.nl)"
        ),
        ("12345", FieldType(.phone), "'12345' is not a phone number (write e.g. +31 6 1234 5678)"),
        ("+31 6 abc", FieldType(.phone), "'+31 6 abc' is not a phone number (write e.g. +31 6 1234 5678)"),
        ("heel", FieldType(.choice, choices: ["low", "high"]), "'heel' is not one of: low, high"),
    ]

    @Test(arguments: refused)
    func refuses(raw: String, type: FieldType, reason: String) {
        #expect(throws: ValueRefusal(reason)) { try FieldParser.parse(raw, as: type).get() }
    }
}
