import CallscriptTestSupport
import Foundation
import Testing

/// What designers and CI logs see for each non-compliant example, kept as golden files
/// (re-record with CALLSCRIPT_RECORD=1 after a deliberate change of wording or layout).
@Suite struct CheckGoldenTests {
    static let golden = RepositoryPaths.root().appendingPathComponent("Tests/CallscriptCLITests/Golden")

    static var scripts: [String] {
        RepositoryPaths.files(
            in: RepositoryPaths.examples.appendingPathComponent("noncompliant"), withExtension: "call"
        )
        .map { "Examples/noncompliant/" + $0.lastPathComponent }
    }

    @Test(arguments: scripts)
    func textOutput(_ script: String) throws {
        let r = try BuiltBinary.run(["check", "--on", "2026-11-29", script], in: RepositoryPaths.root())
        let warningOnly =
            script.hasSuffix("NL-COMPLAINT.call") || script.hasSuffix("NL-MINOR.call")
            || script.hasSuffix("SALES-WORDING.call")
        #expect(r.status == (warningOnly ? 0 : 1))
        let name = (script as NSString).lastPathComponent.replacingOccurrences(of: ".call", with: ".txt")
        if let difference = GoldenFile.check(r.stdout, against: Self.golden.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func jsonOutputOfOneFinding() throws {
        let r = try BuiltBinary.run(
            [
                "check", "--on", "2026-11-29", "--format", "json",
                "Examples/noncompliant/NL-RESPECT-NOT-CONVENIENT.call",
            ],
            in: RepositoryPaths.root())
        #expect(r.status == 1)
        if let difference = GoldenFile.check(
            r.stdout, against: Self.golden.appendingPathComponent("NL-RESPECT-NOT-CONVENIENT.json"))
        {
            Issue.record(Comment(rawValue: difference))
        }
    }
}
