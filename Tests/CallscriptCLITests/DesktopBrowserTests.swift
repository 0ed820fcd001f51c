import CallscriptTestSupport
import Foundation
import Testing

/// A real headless Chromium plays whole calls on the desktop of a real `callscript serve`,
/// with the keyboard only (Tests/Browser/desktop_calls.py): a sale with captures and consent, a
/// "not convenient", an objection in the middle of the pitch that then refuses the number. It
/// saves screenshots; with `CALLSCRIPT_RECORD=1` they replace the ones Docs/desktop.md shows.
@Suite(.serialized) struct DesktopBrowserTests {
    @Test func anAgentTakesThreeCallsWithTheKeyboardOnly() throws {
        let data = try ServeCommandTests.folder()
        let add = try BuiltBinary.run(["users", "add", "jan", "--role", "agent", "--data", data.path])
        let token = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // A practice floor (marked before any record is written), where Anna and Bram gave consent on the company's web form (the basis for an opt-in call).
        let consents = ["K-1001": "+31612345678", "K-1002": "+31612345680"].map { id, phone in
            """
            {"agent":"webformulier","company":"Belcentrum Randstad B.V.","person":"\(id)","phone":"\(phone)","purpose":"telemarketing","script":"","status":"given","time":"2026-03-02T09:15:02Z"}
            """
        }
        try FileManager.default.copyItem(
            at: RepositoryPaths.examples.appendingPathComponent("energie-optin/demo/practice"),
            to: data.appendingPathComponent("practice"))
        try (consents.sorted().joined(separator: "\n") + "\n").write(
            to: data.appendingPathComponent("consents.jsonl"), atomically: true, encoding: .utf8)
        let running = try ServeCommandTests.serve(["Examples", "--practice", "--now", "2026-11-16T10:00"], data: data)
        defer { _ = running.stop() }
        let shots = data.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let script = RepositoryPaths.root().appendingPathComponent("Tests/Browser/desktop_calls.py")
        let r = try ExternalTool.run(
            "python3", [script.path, "http://127.0.0.1:\(running.port)/", token, shots.path],
            installHint: "install Python 3 (CI does this in .ci/run)")
        #expect(r.status != 3, "\(r.stdout)")
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.contains("all checks passed"), "\(r.stdout)")
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
