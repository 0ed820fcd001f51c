import CallscriptMachine

/// Whether a text template names a party: by its placeholder (`{company}`) or literally.
///
/// Literal matching ignores case, runs of white space and a trailing legal form, so
/// "Zonnig Energie" names "Zonnig Energie B.V.". It matches whole words only: "Zon" does not
/// name "Zonnig Energie B.V.".
public enum PartyNames {
    static let legalForms: Set<String> = [
        "b.v.", "bv", "n.v.", "nv", "v.o.f.", "vof", "c.v.", "cv", "ltd", "ltd.", "limited", "inc", "inc.",
        "llc", "l.l.c.", "corp", "corp.", "co.", "gmbh", "ag", "plc", "sa", "s.a.",
    ]

    /// True when `template` names the party: its `{placeholder}` or `name` as whole words.
    public static func mentions(_ template: String, placeholder: String, name: String) -> Bool {
        let parsed = Template(template)
        if parsed.placeholders.contains(placeholder) { return true }
        let spoken = words(
            parsed.parts.map { part -> String in
                if case .text(let t) = part { return t }
                return " "
            }.joined())
        for candidate in variants(of: name) where !candidate.isEmpty {
            if contains(spoken, candidate) { return true }
        }
        return false
    }

    /// The full name and the name without its trailing legal form.
    private static func variants(of name: String) -> [[String]] {
        var full = words(name)
        var result = [full]
        while let last = full.last, full.count > 1, legalForms.contains(last) {
            full.removeLast()
            result.append(full)
        }
        return result
    }

    /// Lower-cased words; punctuation other than `.`, `&`, `-` and `'` separates words, and a
    /// trailing `.` or `,` is dropped unless the word is an abbreviation like `b.v.`.
    private static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".&-'".unicodeScalars.contains(scalar)
            {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { word in
            let dots = word.filter { $0 == "." }.count
            if word.hasSuffix("."), dots == 1 { return String(word.dropLast()) }
            return word
        }
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
