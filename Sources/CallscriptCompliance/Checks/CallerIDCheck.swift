import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// The caller-ID rule of every policy: the header's number read by the one phone-number
/// scanner the runtime uses (`PhoneNumber`), so every Unicode space is a space here as there.
/// A caller ID is written once and shown to everyone called, so it must be written exactly:
/// what a contact list is forgiven (a trunk 0 after the country code, a national number, `00`)
/// is an error here, with a fix-it that shows the number as it should be written.
enum CallerIDCheck {
    static func check(_ rule: Rule, _ params: CallerIDRule, _ machine: Machine) -> [Diagnostic] {
        let raw = machine.script.callerID
        let at = HeaderChecks.location("caller-id", in: machine)
        let shown = visible(raw)
        func finding(_ message: String, _ help: String, fixed: String? = nil) -> [Diagnostic] {
            var fixIts: [FixIt] = []
            if let fixed {
                fixIts.append(
                    FixIt(
                        message: "write caller-id \"\(fixed)\"",
                        edits: [TextEdit(range: at, replacement: "caller-id \"\(fixed)\"")]))
            }
            return [
                Diagnostic(
                    code: rule.id, severity: rule.severity, message: message, range: at, help: help, fixIts: fixIts)
            ]
        }
        let words = raw.unicodeScalars.filter { !PhoneNumberParser.isIgnorable($0.value) }
        if params.hiddenWords.contains(String(String.UnicodeScalarView(words)).lowercased()) {
            return finding(
                "caller-id is hidden", "show a visible number people can call back, e.g. caller-id \"+31 20 555 0199\"")
        }
        let number: PhoneNumber
        do {
            number = try PhoneNumber(parsing: raw)
        } catch {
            return finding(
                "caller-id '\(shown)' is not a phone number: \(error.problemPhrase)",
                "write the number in international form, e.g. \"+31 20 555 0199\"")
        }
        // The digits as written (the scanner forgives what a caller ID must not need).
        let written = raw.unicodeScalars.filter { ("0"..."9").contains($0) }.map(String.init).joined()
        let plus = raw.unicodeScalars.contains { $0 == "+" || $0.value == 0xFF0B }
        let e164 = String(number.digits)
        if !plus {
            if written.hasPrefix("00") {
                let fixed = replacingFirst("00", in: raw, with: "+")
                return finding(
                    "caller-id '\(shown)' starts with 00 instead of +",
                    "write the international prefix as '+': \"\(fixed)\"", fixed: fixed)
            }
            let fixed = "+31 " + replacingFirst("0", in: raw, with: "")
            return finding(
                "caller-id '\(shown)' has no country code",
                "write it with the country code: \"\(fixed)\"", fixed: fixed)
        }
        if written != e164 {
            let fixed = withoutTrunkZero(raw, writtenDigits: written, e164: e164) ?? "+" + e164
            return finding(
                "caller-id '\(shown)' has a trunk 0 after the country code, which is not dialled from abroad",
                "drop the 0 after the country code: \"\(fixed)\"", fixed: fixed)
        }
        if let prefix = params.premiumPrefixes.first(where: { e164.hasPrefix($0) }) {
            return finding(
                "caller-id '\(shown)' is a premium-rate number (+\(prefix)…): calling back would cost more than a normal call",
                "show a number people can call back at normal cost or free, such as a geographic, mobile, 085/088 or 0800 number"
            )
        }
        if e164.count < params.minDigits || e164.count > params.maxDigits {
            return finding(
                "caller-id '\(shown)' has \(e164.count) digits, not \(params.minDigits) to \(params.maxDigits)",
                "use a complete, dialable number with its country code")
        }
        return []
    }

    /// The text with every space other than U+0020 and every invisible character shown as
    /// `\u{A0}`, so a message never shows a number that merely looks like the valid one.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let invisible =
                scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
                || scalar.properties.generalCategory == .format
            out += invisible ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }
        return out
    }

    /// The text as written with the trunk 0 (and its parentheses) taken out, keeping the
    /// writer's grouping: `+31 030 204 1188` -> `+31 30 204 1188`, `+31 (0)30 …` -> `+31 30 …`.
    static func withoutTrunkZero(_ raw: String, writtenDigits: String, e164: String) -> String? {
        // The dropped digit is the first written digit that differs from the E.164 digits.
        let w = Array(writtenDigits)
        let e = Array(e164)
        guard let dropped = w.indices.first(where: { $0 >= e.count || w[$0] != e[$0] }) else { return nil }
        var scalars = Array(raw.unicodeScalars)
        var digit = -1
        guard
            let at = scalars.indices.first(where: { i in
                if ("0"..."9").contains(scalars[i]) { digit += 1 }
                return digit == dropped && ("0"..."9").contains(scalars[i])
            })
        else { return nil }
        var from = at
        var to = at + 1
        if from > 0, scalars[from - 1] == "(", to < scalars.count, scalars[to] == ")" {
            from -= 1
            to += 1
        }
        let spaceBefore = from > 0 && PhoneNumberParser.isIgnorable(scalars[from - 1].value)
        let spaceAfter = to < scalars.count && PhoneNumberParser.isIgnorable(scalars[to].value)
        if spaceBefore, spaceAfter { to += 1 }
        scalars.removeSubrange(from..<to)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out).trimmingSpaces
    }

    /// `text` with the first `old` replaced, spaces around the result trimmed.
    static func replacingFirst(_ old: String, in text: String, with new: String) -> String {
        guard let range = text.range(of: old) else { return text }
        return text.replacingCharacters(in: range, with: new).trimmingSpaces
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

extension PhoneNumberError {
    /// What is wrong, without the input (the caller-ID message shows it as written).
    var problemPhrase: String {
        let reason = self.reason
        guard let colon = reason.range(of: " is not a phone number: ") else { return reason }
        return String(reason[colon.upperBound...])
    }
}
