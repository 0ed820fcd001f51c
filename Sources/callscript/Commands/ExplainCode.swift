import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptInput
import CallscriptReports
import CallscriptRuntime

/// `callscript explain CS0140`: a diagnostic code, from the one code catalogue the reports use
/// (every language code), with the runner's and the script tests' codes added.
enum ExplainCode {
    static var catalog: RuleCatalog {
        RuleCatalog.standard.merging(
            RuleCatalog(
                codes: DiagnosticCode.allRuntimeCodes + DiagnosticCode.allInputCodes
                    + DiagnosticCode.allScriptTestCodes))
    }

    /// The code ranges of `Docs/diagnostics.md`, so the explanation says which phase reports it.
    static let phases: [(prefix: String, range: ClosedRange<Int>, phase: String)] = [
        ("CS", 1...99, "the lexer and parser"),
        ("CS", 100...119, "files and `use`"),
        ("CS", 120...139, "the script header"),
        ("CS", 140...159, "names: steps, fields, handlers, placeholders, `start`"),
        ("CS", 160...179, "statements, endings and questions"),
        ("CS", 180...199, "conditions"),
        ("CS", 200...299, "flow"),
        ("CS", 300...399, "loading and validating compiled machines"),
        ("CS", 400...499, "limits"),
        ("RT", 1...99, "running: machines, saved sessions and resuming"),
        ("RT", 100...199, "running: contacts and agent input"),
        ("RT", 200...299, "running: pre-call gates"),
        ("RT", 300...399, "running: records and the data folder"),
        ("RT", 400...499, "the audit trail and erasure"),
        ("RT", 500...599, "command-line output and I/O"),
        ("CT", 1...99, "script test files"),
        ("CT", 100...199, "script tests against their script"),
        ("CT", 200...299, "answers files"),
    ]

    /// The explanation of a code (case does not matter), or nil when no catalogue knows it.
    static func explain(_ id: String) -> String? {
        let code = id.uppercased()
        guard let rule = catalog.descriptor(for: code) else { return nil }
        let number = Int(code.dropFirst(2)) ?? -1
        let phase = phases.first { code.hasPrefix($0.prefix) && $0.range.contains(number) }?.phase
        let page = code.hasPrefix("CT") ? "testing-scripts.md" : "diagnostics.md#\(code.lowercased())"
        var out = "\(rule.id): \(rule.shortDescription)\n"
        out += "\(rule.defaultSeverity.rawValue)" + (phase.map { " — \($0)" } ?? "") + "\n\n"
        // The page's own section, carried in the binary, so the explanation works offline.
        if let text = DiagnosticExplanations.explanation(of: code) {
            out += text + "\n\nIn the documentation: Docs/\(page)\n"
            return out
        }
        let examples = code.hasPrefix("CS") ? ", with a script that causes it and the same script fixed" : ""
        out += "What it means and how to fix it\(examples): Docs/\(page)\n"
        return out
    }

    /// True for something written like a code (`CS0140`, `rt0201`), as opposed to a rule ID.
    static func looksLikeCode(_ id: String) -> Bool {
        let upper = id.uppercased()
        return ["CS", "RT", "CT"].contains(String(upper.prefix(2))) && upper.count == 6
            && upper.dropFirst(2).allSatisfy(\.isNumber)
    }
}
