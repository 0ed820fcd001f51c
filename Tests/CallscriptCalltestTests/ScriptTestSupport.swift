import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation

/// Fixture access for the script-test tests.
enum ScriptTestFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "ScriptTestFixtures")

    static func source(_ name: String) throws -> SourceFile {
        let url = folder.appendingPathComponent(name)
        return SourceFile(path: url.path, bytes: [UInt8](try Data(contentsOf: url)))
    }

    /// Runs one fixture file with a fixed start time.
    static func run(_ name: String, filter: String? = nil) throws -> (ScriptTestFileResult, ScriptTestSuite) {
        var suite = ScriptTestSuite(options: options(filter: filter))
        let result = suite.run(source: try source(name))
        return (result, suite)
    }

    static func options(filter: String? = nil) -> ScriptTestOptions {
        ScriptTestOptions(filter: filter, startedAt: Date(timeIntervalSince1970: 1_789_380_000))
    }

    /// `line:col: severity: message [code]` without the file, for exact comparisons.
    static func brief(_ d: Diagnostic) -> String {
        "\(d.range.start.line):\(d.range.start.column): \(d.severity.rawValue): \(d.message) [\(d.code)]"
    }

    /// Parses text as a test file named `t.calltest`.
    static func parse(_ text: String) -> (ScriptTestFile?, [String]) {
        let (file, diagnostics) = ScriptTestParser.parse(SourceFile(path: "t.calltest", text: text))
        return (file, diagnostics.map(brief))
    }
}
