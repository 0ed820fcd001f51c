import CallscriptPreview
import Foundation
import Testing

/// The page's files: local only, no inline script or style, text in Dutch and English for
/// every key it uses, and nothing inserted as HTML.
@Suite struct PreviewAssetsTests {
    @Test func thePageRefersOnlyToItsOwnAssets() throws {
        let html = try #require(PreviewAssets.asset(path: "/")).body
        let references = matches(of: ##"(?:src|href)="([^"#]+)""##, in: html)
        #expect(references.count == 5)
        for reference in references {
            #expect(!reference.hasPrefix("/"), "\(reference): an absolute path would drop the token")
            #expect(PreviewAssets.asset(path: "/" + reference) != nil, "\(reference) is not served")
        }
        #expect(!html.contains("<script>") && !html.contains("style="), "inline script or style")
        for path in PreviewAssets.paths {
            let body = try #require(PreviewAssets.asset(path: path)).body
            #expect(!body.contains("http://") && !body.contains("https://"), "\(path) names a remote URL")
        }
    }

    @Test func everyKeyIsInBothLanguagesAndEveryKeyUsedExists() throws {
        let own = try #require(PreviewAssets.asset(path: "/assets/preview-i18n.js")).body
        let desktop = try #require(PreviewAssets.asset(path: "/assets/i18n.js")).body
        let (dutch, english) = (try table("nl", in: own), try table("en", in: own))
        #expect(dutch.count > 30)
        #expect(Set(dutch.keys) == Set(english.keys), "\(Set(dutch.keys).symmetricDifference(english.keys))")
        for (key, text) in dutch {
            #expect(
                Set(matches(of: #"\{(\w+)\}"#, in: text)) == Set(matches(of: #"\{(\w+)\}"#, in: english[key] ?? "")),
                "\(key): the two languages fill in different values")
        }
        let known = Set(dutch.keys).union(try table("nl", in: desktop).keys)
        let englishKnown = Set(english.keys).union(try table("en", in: desktop).keys)
        var used: [String] = []
        for path in ["/", "/assets/preview.js"] {
            let body = try #require(PreviewAssets.asset(path: path)).body
            used += matches(of: #"data-i18n="([^"]+)""#, in: body)
            used += matches(of: #"(?<![\w.])t\("([\w.\-]+)"[,)]"#, in: body)
        }
        #expect(used.count > 30)
        for key in Set(used).sorted() {
            #expect(known.contains(key), "\(key) is used but has no Dutch text")
            #expect(englishKnown.contains(key), "\(key) is used but has no English text")
        }
        // Keys made from the step function's names (roles, outcomes, events, capture types).
        for key in ["role.capture", "role.ask-consent", "outcome.person-hung-up", "event.hang-up", "type.yes-no"] {
            #expect(known.contains(key) && englishKnown.contains(key), "\(key)")
        }
    }

    @Test func scriptTextIsNeverInsertedAsHTML() throws {
        let body = try #require(PreviewAssets.asset(path: "/assets/preview.js")).body
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] {
            #expect(!body.contains(sink), "uses \(sink)")
        }
        #expect(!body.contains("fetch(\"/"), "API paths are relative, below the token")
    }

    /// The `key: "text"` lines of one language's table.
    private func table(_ language: String, in source: String) throws -> [String: String] {
        let start = try #require(source.range(of: "\n  \(language): {\n"), "no \(language) table")
        let end = try #require(source.range(of: "\n  },", range: start.upperBound..<source.endIndex))
        var result: [String: String] = [:]
        for line in source[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let pair = matches(of: #"^\s+"([^"]+)": "(.*)",$"#, in: String(line), groups: 2)
            try #require(pair.count == 2, "unreadable line in the \(language) table: \(line)")
            result[pair[0]] = pair[1]
        }
        return result
    }

    private func matches(of pattern: String, in text: String, groups: Int = 1) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else {
            Issue.record("bad pattern \(pattern)")
            return []
        }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { match in
            (1...groups).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }
}
