import CallscriptMachine
import Foundation

/// The data of a sales-wording rule: which statements must not sell, and the words and phrases
/// that sound like selling. The proof of the path rules rests on statements being labelled
/// honestly: a `say "Bestel vandaag nog drie loten voor maar 30 euro!"` before the convenient
/// question is a pitch in disguise, and the rules about pitches would not see it.
public struct SalesWordingRule: Hashable, Sendable {
    /// The statements checked (`say`, `identify`, `disclose`, `ask convenient`): the ones that
    /// may come before the convenient question or the disclosures, where a pitch may not.
    public var roles: Set<Role>
    /// Lower-case words and phrases. A phrase is words separated by one space and matches those
    /// words in a row; a trailing `*` matches any ending (`korting*` finds `kortingscode`), `#`
    /// matches a number (`# euro` finds `30 euro`, not "uw gift van {bedrag} euro"), and `€`,
    /// `$`, `£` and `%` match the sign wherever it stands (`€30`, `30%`).
    public var patterns: [String]

    public init(roles: Set<Role>, patterns: [String]) {
        self.roles = roles
        self.patterns = patterns
    }

    /// The name an allow directive uses for a rule: its ID without the policy's prefix, in
    /// lower case (`NL-SALES-WORDING` -> `sales-wording`).
    public static func directiveName(_ id: String) -> String {
        guard let range = id.range(of: "SALES-WORDING") else { return id.lowercased() }
        return id[range].lowercased()
    }

    /// The roles every shipped policy checks.
    public static let standardRoles: Set<Role> = [.say, .identify, .disclose, .askConvenient]

    /// The patterns that occur in `text` (a template; placeholders are skipped), in the order
    /// the text has them, each as it was written.
    public func matches(in text: String) -> [String] {
        let words = SalesWordingRule.words(of: text)
        let compiled = patterns.map { $0.split(separator: " ").map(String.init) }
        var found: [String] = []
        var index = 0
        while index < words.count {
            var matched = 0
            for pattern in compiled where index + pattern.count <= words.count {
                let fits = pattern.indices.allSatisfy {
                    SalesWordingRule.word(words[index + $0].lowered, fits: pattern[$0])
                }
                if fits { matched = max(matched, pattern.count) }
            }
            if matched > 0 {
                var shown = words[index..<(index + matched)].map(\.written).joined(separator: " ")
                // A sign is shown with its number: `20%`, `€30`.
                if matched == 1, shown == "%", index > 0, SalesWordingRule.word(words[index - 1].lowered, fits: "#") {
                    shown = words[index - 1].written + shown
                } else if matched == 1, "€$£".contains(shown), index + 1 < words.count,
                    SalesWordingRule.word(words[index + 1].lowered, fits: "#")
                {
                    shown += words[index + 1].written
                }
                if !found.contains(shown) { found.append(shown) }
                index += matched
            } else {
                index += 1
            }
        }
        return found
    }

    private static func word(_ word: String, fits pattern: String) -> Bool {
        if pattern == "#" { return word.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false }
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return word == pattern
    }

    /// Words (letters and digits, with `.` and `,` inside numbers) and the signs `€ $ £ %`,
    /// of the spoken text: placeholders are left out.
    static func words(of template: String) -> [(written: String, lowered: String)] {
        var spoken = ""
        for part in Template(template).parts {
            if case .text(let text) = part { spoken += text } else { spoken += " " }
        }
        var result: [(String, String)] = []
        var current = ""
        func flush() {
            // A number keeps inner separators (`2,50`) but not a trailing one (`30,-`).
            while let last = current.last, last == "," || last == "." { current.removeLast() }
            if !current.isEmpty { result.append((current, current.lowercased())) }
            current = ""
        }
        let scalars = Array(spoken.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if "€$£%".unicodeScalars.contains(scalar) {
                flush()
                result.append((String(scalar), String(scalar)))
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "," || scalar == ".", let last = current.unicodeScalars.last,
                ("0"..."9").contains(last),
                i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1])
            {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }
}
