import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptInput
import CallscriptReports
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// `DiagnosticExplanationTexts.swift` is `Docs/diagnostics.md` cut into sections; this test
/// fails when the page changed and the file was not written again
/// (`CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests`).
@Suite struct DiagnosticExplanationsTests {
    static let page = RepositoryPaths.root().appendingPathComponent("Docs/diagnostics.md")
    static let generated = RepositoryPaths.root().appendingPathComponent(
        "Sources/CallscriptReports/DiagnosticExplanationTexts.swift")

    /// The Swift source the page gives: one raw string per section.
    static func source(_ sections: [(code: String, text: String)]) -> String {
        var out = """
            // Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
            // Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

            /// The sections of `Docs/diagnostics.md`, by code (see `DiagnosticExplanations`).
            enum DiagnosticExplanationTexts {
                static let byCode: [String: String] = [

            """
        for (code, text) in sections {
            // Enough `#` that no line of the text can end the raw string.
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\"" + hashes) { hashes += "#" }
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
            out += "        \"\(code)\": \(hashes)\"\"\"\n\(indented)\n        \"\"\"\(hashes),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func generatedTextsMatchThePage() throws {
        let page = try String(contentsOf: Self.page, encoding: .utf8)
        let expected = Self.source(DiagnosticExplanations.sections(inMarkdown: page))
        if ProcessInfo.processInfo.environment["CALLSCRIPT_WRITE_DOC_TEXTS"] == "1" {
            try expected.write(to: Self.generated, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(
            committed == expected,
            "DiagnosticExplanationTexts.swift is out of date: run with CALLSCRIPT_WRITE_DOC_TEXTS=1")
    }

    @Test func everyLanguageAndRuntimeCodeIsExplained() {
        let codes = DiagnosticCode.allCompilerCodes + DiagnosticCode.allRuntimeCodes + DiagnosticCode.allInputCodes
        // CT codes (the input language of test and answers files) are in Docs/testing-scripts.md.
        let missing = codes.map(\.id).filter {
            !$0.hasPrefix("CT") && DiagnosticExplanations.explanation(of: $0) == nil
        }
        #expect(missing.isEmpty, "no section in Docs/diagnostics.md for \(missing)")
    }

    @Test func sectionsEndAtTheNextHeadingAndKeepFencedHashes() {
        let page = """
            # Part

            ## CS0001: first

            Severity: error.

            ```text
            # a comment in a script, not a heading
            ## nor this
            ```

            ## Not a code

            text of another section

            ## RT0002: second
            Body.
            """
        let sections = DiagnosticExplanations.sections(inMarkdown: page)
        #expect(sections.map(\.code) == ["CS0001", "RT0002"])
        #expect(
            sections.first?.text
                == "Severity: error.\n\n```text\n# a comment in a script, not a heading\n## nor this\n```")
        #expect(sections.last?.text == "Body.")
    }
}
