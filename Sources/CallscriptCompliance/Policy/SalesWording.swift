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
    /// the text has them, each as it was written. To check many texts, compile the patterns
    /// once with `SalesWordingMatcher`.
    public func matches(in text: String) -> [String] {
        SalesWordingMatcher(self).matches(in: text)
    }
}
