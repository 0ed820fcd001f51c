import CallscriptTestSupport
import Foundation
import Testing

/// `export --format scxml|promela SCRIPT` next to `export --contact ID`, and
/// `check --second-opinion spin`.
@Suite struct ExportCommandTests {
    static func example(_ path: String) -> String { RepositoryPaths.examples.appendingPathComponent(path).path }

    @Test func scxmlGoesToStandardOutput() throws {
        let r = try BuiltBinary.run(["export", "--format", "scxml", Self.example("krant/abonnement.call")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<?xml"))
        #expect(r.stdout.contains("xmlns=\"http://www.w3.org/2005/07/scxml\""))
        #expect(r.stdout.contains("<state id=\"opening.1\">"))
    }

    @Test func promelaOfANonCompliantScriptIsWrittenWithExitStatusOne() throws {
        let dir = try BuiltBinary.temporaryFolder()
        let out = dir.appendingPathComponent("model.pml")
        let r = try BuiltBinary.run([
            "export", "--format", "promela", Self.example("noncompliant/NL-OPTOUT-AT-END.call"), "-o", out.path,
        ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("[NL-OPTOUT-AT-END]"))
        let model = try String(contentsOf: out, encoding: .utf8)
        #expect(model.contains(": NL-OPTOUT-AT-END\n"))
        #expect(model.contains("assert(NL_OPTOUT_AT_END_holds)"))
    }

    @Test(arguments: [
        (["export"], "export needs --format or --contact"),
        (["export", "--format", "scxml", "--contact", "K-1"], "--format and --contact cannot be combined"),
        (["export", "--format", "promela", "--data", "d", "x.call"], "--data belongs to `export --contact`"),
        (["export", "--contact", "K-1", "-o", "x"], "--output belongs to `export --format`"),
        (["export", "--format", "scxml"], "export --format scxml takes exactly one script"),
        (["export", "--format", "dot", "x.call"], "dot"),
    ])
    func theTwoFormsAreKeptApart(args: [String], message: String) throws {
        let r = try BuiltBinary.run(args)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func secondOpinionReportsBothVerdictsPerRule() throws {
        let r = try BuiltBinary.run([
            "check", "--second-opinion", "spin", Self.example("noncompliant/NL-RESPECT-NOT-CONVENIENT.call"),
            Self.example("krant/abonnement.call"),
        ])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("second opinion (SPIN) on"))
        #expect(r.stdout.contains("NL-RESPECT-NOT-CONVENIENT  check: broken, spin: broken"))
        #expect(r.stdout.contains("abonnement.call: agrees"))
        #expect(!r.stdout.contains("disagree"))
    }

    @Test func secondOpinionBesideJSONGoesToStandardError() throws {
        let r = try BuiltBinary.run([
            "check", "--format", "json", "--second-opinion", "spin", Self.example("krant/abonnement.call"),
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "\(r.stdout)")
        #expect(r.stderr.contains("abonnement.call: agrees"))
    }

    @Test func secondOpinionWithoutSpinIsAClearUsageError() throws {
        let empty = try BuiltBinary.temporaryFolder()
        let r = try BuiltBinary.run(
            ["check", "--second-opinion", "spin", Self.example("krant/abonnement.call")],
            environment: ["PATH": empty.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("spin is not installed"))
        #expect(r.stderr.contains("apt-get install spin"))
    }
}
