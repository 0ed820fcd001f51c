import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptInput
import CallscriptReports
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// `Sources/CallscriptReports/Explanations/` is `Docs/diagnostics.md` cut into sections; this test
/// fails when the page changed and the file was not written again
/// (`CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests`).
@Suite struct DiagnosticExplanationsTests {
    static let page = RepositoryPaths.root().appendingPathComponent("Docs/diagnostics.md")
    static let folder = RepositoryPaths.root().appendingPathComponent("Sources/CallscriptReports/Explanations")
    /// Parts stay below the project's file length.
    static let linesPerPart = 360

    static let header = """
        // Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
        // Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

        """

    /// One section as a dictionary entry: a raw string with enough `#` that no line of the
    /// text can end it.
    static func entry(_ code: String, _ text: String) -> String {
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\"" + hashes) { hashes += "#" }
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        return "        \"\(code)\": \(hashes)\"\"\"\n\(indented)\n        \"\"\"\(hashes),\n"
    }

    /// The Swift files the page gives, by name: the sections in parts of at most
    /// `linesPerPart` lines, and the table that joins them.
    static func sources(_ sections: [(code: String, text: String)]) -> [String: String] {
        var parts: [(first: String, last: String, body: String)] = []
        for (code, text) in sections {
            let entry = entry(code, text)
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            if let last = parts.last,
                last.body.split(separator: "\n", omittingEmptySubsequences: false).count + lines <= linesPerPart
            {
                parts[parts.count - 1] = (last.first, code, last.body + entry)
            } else {
                parts.append((code, code, entry))
            }
        }
        var files: [String: String] = [:]
        var names: [String] = []
        for (index, part) in parts.enumerated() {
            let name = String(format: "part%02d", index + 1)
            names.append(name)
            files["DiagnosticExplanationTexts+\(part.first)-\(part.last).swift"] =
                header + """

                    extension DiagnosticExplanationTexts {
                        /// The sections \(part.first) to \(part.last).
                        static let \(name): [String: String] = [

                    """ + part.body + "    ]\n}\n"
        }
        files["DiagnosticExplanationTexts.swift"] =
            header + """

                /// The sections of `Docs/diagnostics.md`, by code (see `DiagnosticExplanations`), in
                /// parts of a few hundred lines each.
                enum DiagnosticExplanationTexts {
                    static let parts: [[String: String]] = [
                \(names.map { "        \($0),\n" }.joined())    ]
                    static let byCode: [String: String] = parts.reduce(into: [:]) { all, part in
                        all.merge(part) { first, _ in first }
                    }
                }

                """
        return files
    }

    @Test func generatedTextsMatchThePage() throws {
        let page = try String(contentsOf: Self.page, encoding: .utf8)
        let expected = Self.sources(DiagnosticExplanations.sections(inMarkdown: page))
        let fm = FileManager.default
        if ProcessInfo.processInfo.environment["CALLSCRIPT_WRITE_DOC_TEXTS"] == "1" {
            try? fm.removeItem(at: Self.folder)
            try fm.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            for (name, text) in expected {
                try text.write(to: Self.folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
        let committed = try fm.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(
            committed == expected.keys.sorted(),
            "the explanation files are out of date: run with CALLSCRIPT_WRITE_DOC_TEXTS=1")
        for (name, text) in expected {
            let file = try? String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(file == text, "\(name) is out of date: run with CALLSCRIPT_WRITE_DOC_TEXTS=1")
            #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count <= 400, "\(name) is too long")
        }
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
