import CallscriptDiagnostics
import Foundation

/// JUnit XML for CI test reporters: one `testsuite` per test file, one `testcase` per test,
/// a `failure` for a failed test and an `error` case for an invalid file.
///
/// ```xml
/// <testsuites name="callscript" tests="2" failures="1" errors="0">
///   <testsuite name="tests/winback.calltest" tests="2" failures="1" errors="0" time="0.012">
///     <testcase name="happy path" classname="tests/winback.calltest" file="tests/winback.calltest" line="5" time="0.006"/>
///     <testcase name="not convenient" ...><failure message="expected outcome callback" type="expectation">...</failure></testcase>
///   </testsuite>
/// </testsuites>
/// ```
public enum JUnitReport {
    public static func render(_ files: [ScriptTestFileResult]) -> String {
        let tests = files.reduce(0) { $0 + ($1.isInvalid ? 1 : $1.results.count) }
        let failures = files.reduce(0) { $0 + $1.failedCount }
        let errors = files.filter(\.isInvalid).count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"callscript\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for file in files {
            let suite = escape(file.path)
            let time = seconds(file.results.reduce(0) { $0 + $1.seconds })
            if file.isInvalid {
                out += "  <testsuite name=\"\(suite)\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0.000\">\n"
                let first = file.diagnostics.first { $0.severity == .error }
                let text = file.diagnostics.filter { $0.severity == .error }.map(diagnosticLine).joined(separator: "\n")
                out +=
                    "    <testcase name=\"(test file)\" classname=\"\(suite)\" file=\"\(suite)\" line=\"\(first?.range.start.line ?? 1)\" time=\"0.000\">\n"
                out +=
                    "      <error message=\"\(escape(first?.message ?? "invalid test file"))\" type=\"invalid-test-file\">\(escape(text))</error>\n"
                out += "    </testcase>\n  </testsuite>\n"
                continue
            }
            out +=
                "  <testsuite name=\"\(suite)\" tests=\"\(file.results.count)\" failures=\"\(file.failedCount)\" errors=\"0\"\(file.notRunCount > 0 ? " skipped=\"\(file.notRunCount)\"" : "") time=\"\(time)\">\n"
            for result in file.results {
                let head =
                    "    <testcase name=\"\(escape(result.name))\" classname=\"\(suite)\" file=\"\(suite)\" line=\"\(result.range.start.line)\" time=\"\(seconds(result.seconds))\""
                if let reason = result.notRun {
                    out += head + ">\n      <skipped message=\"\(escape("not run: " + reason))\"/>\n    </testcase>\n"
                    continue
                }
                guard let failure = result.failure else {
                    out += head + "/>\n"
                    continue
                }
                out += head + ">\n"
                out +=
                    "      <failure message=\"\(escape(failure.message))\" type=\"expectation\">\(escape(body(failure)))</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    static func body(_ failure: TestFailure) -> String {
        var lines = [
            "\(failure.range.file):\(failure.range.start.line):\(failure.range.start.column): \(failure.message)"
        ]
        if let e = failure.expected { lines.append("expected: \(e)") }
        if let a = failure.actual { lines.append("actual:   \(a)") }
        if let h = failure.help { lines.append("help: \(h)") }
        if !failure.transcript.isEmpty { lines.append("call so far:") }
        lines += failure.transcript.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    static func diagnosticLine(_ d: Diagnostic) -> String {
        "\(d.range.file):\(d.range.start.line):\(d.range.start.column): \(d.severity.rawValue): \(d.message) [\(d.code)]"
    }

    static func seconds(_ s: Double) -> String { String(format: "%.3f", s) }

    /// XML text and attribute escaping (`MarkupText.escaped`).
    public static func escape(_ text: String) -> String { MarkupText.escaped(text) }
}

/// `--coverage-json FILE`: coverage per script as JSON (keys sorted).
public enum CoverageJSON {
    struct Entry: Encodable {
        struct Count: Encodable {
            var covered: Int
            var total: Int
        }
        var script: String
        var states: Count
        var answers: Count
        var conditions: Count
        var handlers: Count
        var notCovered: [String]
    }

    public static func render(_ coverage: [ScriptCoverage]) -> String {
        let entries = coverage.map { c in
            Entry(
                script: c.script,
                states: .init(covered: c.allStates.filter(c.states.contains).count, total: c.allStates.count),
                answers: .init(covered: c.allAnswers.filter(c.answers.contains).count, total: c.allAnswers.count),
                conditions: .init(covered: c.allBranches.filter(c.branches.contains).count, total: c.allBranches.count),
                handlers: .init(covered: c.allHandlers.filter(c.handlers.contains).count, total: c.allHandlers.count),
                notCovered: c.uncovered)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        struct Document: Encodable {
            var version: Int
            var scripts: [Entry]
        }
        let document = (try? encoder.encode(Document(version: 1, scripts: entries))) ?? Data("{}".utf8)
        return String(decoding: document, as: UTF8.self) + "\n"
    }
}
