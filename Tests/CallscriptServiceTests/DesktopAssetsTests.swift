import CallscriptCompliance
import CallscriptMachine
import CallscriptRuntime
import Foundation
import Testing

@testable import CallscriptService

@Suite("Desktop assets")
struct DesktopAssetsTests {
    static let expectedTypes: [String: String] = [
        "/": "text/html", "/officer": "text/html", "/assets/desktop.css": "text/css",
        "/assets/desktop.js": "text/javascript", "/assets/officer.js": "text/javascript",
        "/assets/i18n.js": "text/javascript",
    ]

    @Test("every asset is served with its content type", arguments: DesktopAssets.paths)
    func everyAssetIsServed(path: String) throws {
        let asset = try #require(DesktopAssets.asset(path: path))
        let expected = try #require(Self.expectedTypes[path], "no expected type for \(path)")
        #expect(asset.contentType == expected + "; charset=utf-8")
        #expect(asset.body.count > 500, "\(path) is nearly empty")
    }

    @Test("unknown paths are not assets")
    func unknownPathsAreNotAssets() {
        for path in ["/assets/", "/assets/nope.js", "/assets/../Package.swift", "/v1/me", "/officer/", ""] {
            #expect(DesktopAssets.asset(path: path) == nil, "\(path) should not be served")
        }
    }

    @Test("pages reference only their own local assets, never the network")
    func pagesReferenceOnlyLocalAssets() throws {
        for path in DesktopAssets.paths {
            let body = try #require(DesktopAssets.asset(path: path)).body
            #expect(!body.contains("http://") && !body.contains("https://"), "\(path) names a remote URL")
            #expect(!body.contains("@import") && !body.contains("url("), "\(path) loads CSS from elsewhere")
        }
        for page in ["/", "/officer"] {
            let html = try #require(DesktopAssets.asset(path: page)).body
            let references = matches(of: ##"(?:src|href)="([^"#]+)""##, in: html)
            #expect(!references.isEmpty)
            for reference in references {
                #expect(
                    DesktopAssets.asset(path: reference) != nil, "\(page) refers to \(reference), which is not served")
            }
            #expect(html.contains(#"<html lang="nl">"#), "\(page) must declare its language")
            #expect(!html.contains("<script>") && !html.contains("style="), "\(page) has inline script or style")
        }
    }

    @Test("every translation key is in both Dutch and English, and every key used exists")
    func translationsAreComplete() throws {
        let i18n = try #require(DesktopAssets.asset(path: "/assets/i18n.js")).body
        let dutch = try table("nl", in: i18n)
        let english = try table("en", in: i18n)
        #expect(dutch.count > 100)
        #expect(Set(dutch.keys).subtracting(english.keys).sorted() == [], "keys missing in English")
        #expect(Set(english.keys).subtracting(dutch.keys).sorted() == [], "keys missing in Dutch")
        for (key, text) in dutch.merging(english, uniquingKeysWith: { a, _ in a }) where text.isEmpty {
            Issue.record("\(key) has an empty text")
        }
        for (key, text) in dutch {
            let dutchParameters = Set(matches(of: #"\{(\w+)\}"#, in: text))
            let englishParameters = Set(matches(of: #"\{(\w+)\}"#, in: english[key] ?? ""))
            #expect(dutchParameters == englishParameters, "\(key): the two languages fill in different values")
        }
        var used: [String] = []
        for path in ["/", "/officer", "/assets/desktop.js", "/assets/officer.js"] {
            let body = try #require(DesktopAssets.asset(path: path)).body
            used += matches(of: #"data-i18n="([^"]+)""#, in: body)
            used += matches(of: #"(?<![\w.])t\("([\w.\-]+)"[,)]"#, in: body)
        }
        #expect(used.count > 100)
        for key in Set(used).sorted() { #expect(dutch[key] != nil, "\(key) is used but not translated") }
    }

    @Test("every event, outcome and capture type of the API has its interface text")
    func apiNamesAreTranslated() throws {
        let i18n = try #require(DesktopAssets.asset(path: "/assets/i18n.js")).body
        let dutch = try table("nl", in: i18n)
        let events = CallEvent.allCases.map(\.rawValue)
        let types = ["text", "number", "decimal", "email", "phone", "date", "datetime", "yes-no", "choice"]
        let outcomes = ["end", "hangup", "callback", "transfer-optout", "person-hung-up", "objection", "minor"]
        let keys =
            events.flatMap { ["event.\($0)", "confirm.\($0)"] } + types.map { "type.\($0)" }
            + outcomes.map { "outcome.\($0)" } + ["line", "question", "capture", "ended"].map { "kind.\($0)" }
        for key in keys { #expect(dutch[key] != nil, "\(key) has no interface text") }
    }

    @Test("every gate a refusal can name has its name on the desktop, in both languages")
    func gateNamesAreTranslated() throws {
        let i18n = try #require(DesktopAssets.asset(path: "/assets/i18n.js")).body
        let dutch = try table("nl", in: i18n)
        let english = try table("en", in: i18n)
        let gates = Set(Policies.all.flatMap { $0.gates.map(\.id) }).union([Gates.resumeRule])
        #expect(gates.contains("US-TSR-GATE-DNC"))
        for gate in gates.sorted() {
            #expect(dutch["gate.\(gate)"] != nil && english["gate.\(gate)"] != nil, "\(gate) has no name")
        }
    }

    @Test("service data is never inserted as HTML")
    func noHTMLInjection() throws {
        for path in ["/assets/desktop.js", "/assets/officer.js", "/assets/i18n.js"] {
            let body = try #require(DesktopAssets.asset(path: path)).body
            for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] {
                #expect(!body.contains(sink), "\(path) uses \(sink)")
            }
        }
    }

    @Test("the token is kept for the tab only")
    func tokenIsNotPersisted() throws {
        let shell = try #require(DesktopAssets.asset(path: "/assets/desktop.js")).body
        #expect(shell.contains("sessionStorage.setItem(TOKEN_KEY"))
        #expect(!shell.contains("localStorage.setItem(TOKEN_KEY") && !shell.contains("document.cookie"))
    }

    /// The `key: "text"` lines of one language's table in i18n.js.
    private func table(_ language: String, in source: String) throws -> [String: String] {
        let start = try #require(source.range(of: "\n  \(language): {\n"), "no \(language) table")
        let end = try #require(source.range(of: "\n  },", range: start.upperBound..<source.endIndex))
        var result: [String: String] = [:]
        for line in source[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let pair = matches(of: #"^\s+"([^"]+)": "(.*)",$"#, in: String(line), groups: 2)
            try #require(pair.count == 2, "unreadable line in the \(language) table: \(line)")
            #expect(result[pair[0]] == nil, "\(pair[0]) twice in \(language)")
            result[pair[0]] = pair[1]
        }
        return result
    }

    /// Every capture of `pattern`'s groups in `text`, flattened.
    private func matches(of pattern: String, in text: String, groups: Int = 1) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else {
            Issue.record("bad pattern \(pattern)")
            return []
        }
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).flatMap { match in
            (1...groups).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }
}
