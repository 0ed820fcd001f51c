import CallscriptTestSupport
import Foundation
import Testing

/// A real headless Chromium plays whole calls on the desktop of a real `callscript serve`,
/// with the keyboard only (Tests/Browser/desktop_calls.py): a sale with captures and consent, a
/// "not convenient", "where did you get my number?" answered with the source beside the script's
/// line, an objection in the middle of the pitch that then refuses the number. It
/// saves screenshots; with `CALLSCRIPT_RECORD=1` they replace the ones Docs/desktop.md shows.
@Suite(.serialized) struct DesktopBrowserTests {
    @Test func anAgentTakesFourCallsWithTheKeyboardOnly() throws {
        let data = try ServeCommandTests.folder()
        let add = try BuiltBinary.run(["users", "add", "jan", "--role", "agent", "--data", data.path])
        let token = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let officer = try BuiltBinary.run(["users", "add", "olga", "--role", "officer", "--data", data.path])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // The audit key lives outside the data folder, as the compliance officer keeps it.
        let key = data.deletingLastPathComponent().appendingPathComponent("\(data.lastPathComponent).key")
        #expect(try BuiltBinary.run(["audit", "keygen", key.path]).status == 0)
        // A practice floor (marked before any record is written), where Anna and Bram gave consent on the company's web form (the basis for an opt-in call).
        let consents = ["K-1001": "+31612345678", "K-1002": "+31612345680"].map { id, phone in
            """
            {"agent":"webformulier","company":"Belcentrum Randstad B.V.","person":"\(id)","phone":"\(phone)","purpose":"telemarketing","script":"","status":"given","time":"2026-03-02T09:15:02Z","validUntil":"2027-03-02","verifiedAt":"2026-03-02T09:15:02Z","verifiedBy":"sms"}
            """
        }
        try FileManager.default.copyItem(
            at: RepositoryPaths.examples.appendingPathComponent("energie-optin/demo/practice"),
            to: data.appendingPathComponent("practice"))
        try (consents.sorted().joined(separator: "\n") + "\n").write(
            to: data.appendingPathComponent("consents.jsonl"), atomically: true, encoding: .utf8)
        let running = try ServeCommandTests.serve(
            ["Examples", "--practice", "--now", "2026-11-16T10:00", "--audit-key", key.path], data: data)
        defer { _ = running.stop() }
        let shots = data.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let script = RepositoryPaths.root().appendingPathComponent("Tests/Browser/desktop_calls.py")
        let r = try ExternalTool.run(
            "python3", [script.path, "http://127.0.0.1:\(running.port)/", token, officer, shots.path],
            installHint: "install Python 3 (CI does this in .ci/run)")
        #expect(r.status != 3, "\(r.stdout)")
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.contains("all checks passed"), "\(r.stdout)")
        // The erasure left nothing of Anna in the data folder, and the sealed log verifies.
        for file in try FileManager.default.subpathsOfDirectory(atPath: data.path) where !file.hasPrefix("screenshots")
        {
            let text = (try? String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)) ?? ""
            #expect(
                !text.contains("anna@voorbeeld.nl") && !text.contains("\"Anna\""), "\(file) still holds Anna's data")
        }
        let verify = try BuiltBinary.run([
            "audit", "verify", "--key", key.path, data.appendingPathComponent("audit.jsonl").path,
        ])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        if GoldenFile.isRecording {
            let docs = RepositoryPaths.docs.appendingPathComponent("images")
            try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: shots.path) where name.hasSuffix(".png") {
                let target = docs.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: shots.appendingPathComponent(name), to: target)
            }
        }
    }
}
