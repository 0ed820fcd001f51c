import CallscriptGenerator
import CallscriptMachine
import CallscriptReference
import Testing

@testable import CallscriptCompliance

/// The compiled matcher must find exactly what the rule's definition finds: every pattern
/// tried at every word, the longest winning. `definition` is that definition written plainly.
@Suite struct SalesWordingMatcherTests {
    @Test func agreesWithTheDefinitionOnRandomTexts() {
        let patterns = NLTelemarketing.salesPatterns + ["vandaag nog", "# maanden gratis"]
        let rule = SalesWordingRule(roles: [.say], patterns: patterns)
        let matcher = SalesWordingMatcher(rule)
        let pieces = [
            "korting", "Kortingscode", "gratis", "GRATIS", "een", "aanbieding", "van", "voor", "maar",
            "slechts", "30", "9,95", "2.50", "30,-", "€", "€30", "25%", "%", "$", "£5", "euro", "euro's",
            "eur", "procent", "{bedrag}", "{{", "}}", "Bestel", "vandaag", "nog", "3", "maanden", "ÉÉN",
            "actie.", "deal,", "Straße", "vóórdeel", "u", "wij", "bellen", "{naam}", ".", ",", "!", "İstanbul",
            "🎉", "½", "Ⅻ", "ＫＯＲＴＩＮＧ", "\u{00A0}", "ĳs",
        ]
        var generator = SeededRandom(seed: 15)
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 12)
            var text = ""
            for _ in 0..<count {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                text += ["", " ", " ", " ", ", ", "-"][Int(generator.next() % 6)]
            }
            #expect(matcher.matches(in: text) == definition(patterns, text), "\(text)")
        }
    }

    @Test func keepsTheDocumentedExamples() {
        let rule = SalesWordingRule(roles: [.say], patterns: NLTelemarketing.salesPatterns)
        #expect(
            rule.matches(in: "Bestel vandaag nog drie loten voor maar 30 euro!") == ["Bestel", "voor maar", "30 euro"])
        #expect(rule.matches(in: "Nu 25% voordeliger.") == ["25%", "voordeliger"])
        #expect(rule.matches(in: "Bedankt voor uw gift van {bedrag} euro.").isEmpty)
    }

    /// The rule as documented, without indexes: at each word every pattern is tried.
    private func definition(_ patterns: [String], _ text: String) -> [String] {
        let words = plainWords(text)
        let split = patterns.map { $0.split(separator: " ").map(String.init) }
        func fits(_ word: String, _ pattern: String) -> Bool {
            if pattern == "#" { return word.first?.isASCII == true && word.first?.isNumber == true }
            if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
            return word == pattern
        }
        var found: [String] = []
        var index = 0
        while index < words.count {
            var matched = 0
            for pattern in split where index + pattern.count <= words.count {
                if pattern.indices.allSatisfy({ fits(words[index + $0].lowered, pattern[$0]) }) {
                    matched = max(matched, pattern.count)
                }
            }
            guard matched > 0 else {
                index += 1
                continue
            }
            var shown = words[index..<(index + matched)].map(\.written).joined(separator: " ")
            if matched == 1, shown == "%", index > 0, fits(words[index - 1].lowered, "#") {
                shown = words[index - 1].written + shown
            } else if matched == 1, "€$£".contains(shown), index + 1 < words.count,
                fits(words[index + 1].lowered, "#")
            {
                shown += words[index + 1].written
            }
            if !found.contains(shown) { found.append(shown) }
            index += matched
        }
        return found
    }

    /// The words of a text as documented, scalar by scalar.
    private func plainWords(_ template: String) -> [(written: String, lowered: String)] {
        var spoken = ""
        for part in Template(template).parts {
            if case .text(let text) = part { spoken += text } else { spoken += " " }
        }
        var result: [(written: String, lowered: String)] = []
        var current = ""
        func flush() {
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
                ("0"..."9").contains(last), i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1])
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
