import CallscriptTestSupport
import Foundation
import Testing

/// The demo call the README and Examples/energie-optin/demo show must run as written.
@Suite struct DemoTests {
    @Test func readmeDemoCallRunsToTheEndAndItsAuditLogVerifies() throws {
        let demo = RepositoryPaths.examples.appendingPathComponent("energie-optin/demo")
        let work = try BuiltBinary.temporaryFolder()
        let data = work.appendingPathComponent("oefen-data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["consents.jsonl", "practice"] {
            try FileManager.default.copyItem(
                at: demo.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        let r = try BuiltBinary.run(
            [
                "run", RepositoryPaths.examples.appendingPathComponent("energie-optin/winback.call").path,
                "--contact", demo.appendingPathComponent("K-1001.json").path, "--agent", "Jan",
                "--data", "oefen-data", "--answers", demo.appendingPathComponent("ja-per-mail.answers").path,
                "--practice", "--now", "2026-11-30T10:00",
            ], in: work)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.contains("! refused: emailadres"))
        #expect(r.stdout.hasSuffix("[CALL ENDED] call ended by the agent\n"))
        let consents = try String(contentsOf: data.appendingPathComponent("consents.jsonl"), encoding: .utf8)
        #expect(consents.contains("\"purpose\":\"e-mail over energieaanbiedingen\""))
        let verify = try BuiltBinary.run(["audit", "verify", "oefen-data/audit.jsonl"], in: work)
        #expect(verify.status == 0)
    }
}
