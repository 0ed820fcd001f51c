import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptSyntax
import CallscriptTestSupport
import Foundation
import Testing

/// One `## CSxxxx: title` section of Docs/diagnostics.md.
struct DocumentedCode: Sendable, CustomTestStringConvertible {
    struct Example: Sendable {
        var main = ""
        var files: [String: String] = [:]
    }

    var code: String
    var wrong: Example?
    var fixed: Example?
    /// Set when the section says `doc-test: skip (...)`.
    var skipReason: String?

    var testDescription: String { code }
}

/// Reads the doc: headings `## CSxxxx: ...`, then `Wrong:` / `Fixed:` each followed by a
/// ```callscript block, optionally followed by ``File `path`:`` blocks for extra files.
enum DiagnosticsDoc {
    static var url: URL { RepositoryPaths.docs.appendingPathComponent("diagnostics.md") }

    static func sections() -> [DocumentedCode] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var sections: [DocumentedCode] = []
        var target: (kind: String, file: String?)?
        var block: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if var lines = block {
                if line == "```" {
                    finish(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), into: &sections, target: target)
                    block = nil
                    target = nil
                } else {
                    lines.append(line)
                    block = lines
                }
                continue
            }
            if line.hasPrefix("## CS"), let colon = line.firstIndex(of: ":") {
                sections.append(DocumentedCode(code: String(line[line.index(line.startIndex, offsetBy: 3)..<colon])))
            } else if line == "Wrong:" {
                target = ("wrong", nil)
            } else if line == "Fixed:" {
                target = ("fixed", nil)
            } else if line.hasPrefix("File `"), line.hasSuffix("`:") {
                let path = line.dropFirst(6).dropLast(2)
                target = (sections.last?.fixed == nil ? "wrong" : "fixed", String(path))
            } else if line.hasPrefix("<!-- doc-test: skip"), !sections.isEmpty {
                sections[sections.count - 1].skipReason = line
            } else if line == "```callscript" {
                block = []
            }
        }
        return sections
    }

    private static func finish(
        _ text: String, into sections: inout [DocumentedCode], target: (kind: String, file: String?)?
    ) {
        guard let target, !sections.isEmpty else { return }
        let last = sections.count - 1
        var example = (target.kind == "wrong" ? sections[last].wrong : sections[last].fixed) ?? DocumentedCode.Example()
        if let file = target.file { example.files[file] = text } else { example.main = text }
        if target.kind == "wrong" { sections[last].wrong = example } else { sections[last].fixed = example }
    }
}

@Suite struct DiagnosticsDocTests {
    static let allCodes = DiagnosticCode.allSyntaxCodes + DiagnosticCode.allCompilerCodes + DiagnosticCode.allLimitCodes

    @Test func everyCodeIsDocumentedOnce() {
        let documented = DiagnosticsDoc.sections().map(\.code)
        #expect(documented.count == Set(documented).count, "a code is documented twice")
        let missing = Self.allCodes.map(\.id).filter { !documented.contains($0) }
        #expect(missing.isEmpty, "undocumented codes: \(missing)")
        let unknown = documented.filter { code in !Self.allCodes.contains { $0.id == code } }
        #expect(unknown.isEmpty, "documented but not declared: \(unknown)")
    }

    @Test func codesAreUniqueAndInRange() {
        let ids = Self.allCodes.map(\.id)
        #expect(ids.count == Set(ids).count)
        for code in DiagnosticCode.allCompilerCodes {
            let number = Int(code.id.dropFirst(2)) ?? 0
            #expect((100...299).contains(number), "\(code.id) is outside the compiler's range")
        }
        for code in DiagnosticCode.allLimitCodes {
            let number = Int(code.id.dropFirst(2)) ?? 0
            #expect((400...419).contains(number), "\(code.id) is outside the script limits' range")
        }
    }

    @Test(arguments: DiagnosticsDoc.sections())
    func wrongExampleGivesExactlyItsCode(_ section: DocumentedCode) throws {
        guard section.skipReason == nil else { return }
        let wrong = try #require(section.wrong, "\(section.code) has no Wrong: example")
        let result = compileText(wrong.main, files: wrong.files)
        // An error example must give that error and no other; warnings it causes on the way
        // (an unreachable step after a misspelt jump) are fine. A warning example must give
        // exactly that warning and no error.
        let isError = Self.allCodes.first { $0.id == section.code }?.severity != .warning
        let errors = Set(result.diagnostics.filter { $0.severity == .error }.map(\.code))
        let warnings = Set(result.diagnostics.filter { $0.severity == .warning }.map(\.code))
        let shown = result.diagnostics.map { "\($0.code) \($0.message)" }
        if isError {
            #expect(errors == [section.code], "\(section.code): got \(shown)")
        } else {
            #expect(errors.isEmpty && warnings == [section.code], "\(section.code): got \(shown)")
        }
    }

    @Test(arguments: DiagnosticsDoc.sections())
    func fixedExampleCompiles(_ section: DocumentedCode) throws {
        let fixed = try #require(section.fixed, "\(section.code) has no Fixed: example")
        let result = compileText(fixed.main, files: fixed.files)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(section.code): \(errors.map { "\($0.code) \($0.message)" })")
        #expect(result.machine != nil)
    }
}
