import Foundation

/// Phone numbers in E.164 form (`+31612345678`), the form the objection list stores.
public enum PhoneNumber {
    /// The E.164 form of a number as people write it: spaces, dashes, dots and parentheses are
    /// dropped, `00` becomes `+`, and a national number starting with one `0` is taken as Dutch
    /// (`+31`). Nil unless the result is `+` and 8 to 15 digits not starting with 0.
    public static func normalize(_ raw: String, defaultCountryCode: String = "31") -> String? {
        var digits = ""
        var plus = false
        for (i, c) in raw.trimmingCharacters(in: .whitespaces).enumerated() {
            if c == "+", i == 0 {
                plus = true
                continue
            }
            if c == " " || c == "-" || c == "." || c == "(" || c == ")" { continue }
            guard c.isASCII, c.isNumber else { return nil }
            digits.append(c)
        }
        if !plus {
            if digits.hasPrefix("00") {
                digits.removeFirst(2)
            } else if digits.hasPrefix("0") {
                digits = defaultCountryCode + digits.dropFirst()
            } else {
                return nil
            }
        }
        guard (8...15).contains(digits.count), digits.first != "0" else { return nil }
        return "+" + digits
    }
}
