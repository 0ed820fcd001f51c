import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation
import Testing

/// Coverage is read from the step function's effects, not from a second interpreter.
@Suite struct CoverageFromEffectsTests {
    /// The golden was recorded while the old coverage tracer (a copy of the step function's
    /// silent passes) still ran beside the effects and agreed with them on every Example test
    /// and on `callscript paths` tests covering every answer, condition and handler.
    @Test func examplesCoverageEqualsWhatTheTracerGave() throws {
        let root = RepositoryPaths.root().path + "/"
        let files = RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "calltest")
            .sorted { $0.path < $1.path }
        #expect(files.count >= 4)
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        for url in files {
            let result = suite.run(source: SourceFile(path: url.path, bytes: [UInt8](try Data(contentsOf: url))))
            #expect(result.results.allSatisfy { $0.failure == nil }, "\(url.lastPathComponent) should pass")
        }
        let report = ScriptTestReport()
        let text = suite.coverage.map { report.render($0) }.joined().replacingOccurrences(of: root, with: "")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/examples-coverage.txt")
        if let difference = GoldenFile.check(text, against: golden) { Issue.record("\(difference)") }
    }
}
