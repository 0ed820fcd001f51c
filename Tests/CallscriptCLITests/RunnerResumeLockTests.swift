import CallscriptTestSupport
import Foundation
import Testing

/// Real processes: one runner per call, and SIGKILL at random instants keeps records and the
/// audit trail in agreement.
@Suite struct RunnerResumeLockTests {
    @Test func aSecondRunnerResumingALiveCallIsRefused() throws {
        let w = try RunnerWorkspace()
        // The first runner is killed mid-call; a second one resumes it and keeps it open.
        let first = try RunnerLiveProcess(w.runArguments(), in: w.folder, terminal: false)
        #expect(first.waitFor("[IDENTIFY]"))
        first.type("\n")
        #expect(first.waitFor("[DISCLOSE]"))
        first.kill()
        let second = try RunnerLiveProcess(
            w.runArguments(RunnerWorkspace.winback, ["--resume"]), in: w.folder, terminal: false)
        #expect(second.waitFor("[DISCLOSE]"))
        let third = try w.run(answers: "continue\n", ["--resume"])
        #expect(third.status == 1)
        #expect(third.stderr.contains("is held by another runner"), "\(third.stderr)")
        second.kill()
        // Once the holder is gone, the call can be taken over.
        let fourth = try w.run(
            answers: "continue\ncontinue\ncontinue\nanswer no\nanswer yes\ncontinue\n", ["--resume"])
        #expect(fourth.status == 0, "\(fourth.stderr)")
        #expect(try w.callscript(["audit", "verify", "data/audit.jsonl"]).status == 0)
    }

    @Test func killedAtRandomInstantsRecordsAndAuditStillAgree() throws {
        let w = try RunnerWorkspace()
        var generator = SystemRandomNumberGenerator()
        // A bounded number of kills at random instants of the consent call, each followed by a
        // resume; the last resume (no kill) finishes the call.
        for round in 0..<6 {
            let args = w.runArguments(RunnerWorkspace.winback, round == 0 ? [] : ["--resume"])
            let runner = try RunnerLiveProcess(args, in: w.folder, terminal: false)
            _ = runner.waitFor("[")
            runner.type("\n\n1\n\n\nhoog\nanna@voorbeeld.nl\n\n1\n\n\n")
            usleep(UInt32.random(in: 0..<40_000, using: &generator))
            runner.kill()
            if w.read("data/audit.jsonl").contains("\"kind\":\"outcome\"") { break }
        }
        let kinds = w.auditKinds()
        if !kinds.contains("outcome") {
            let rest = try w.run(answers: "", ["--resume"])
            #expect(rest.status == 0 || rest.status == 1, "\(rest.stderr)")
        }
        #expect(try w.callscript(["audit", "verify", "data/audit.jsonl"]).status == 0)
        #expect(try w.callscript(["audit", "repair", "--data", "data"]).status == 0)
        let consents = w.read("data/consents.jsonl").split(separator: "\n").filter {
            $0.contains("e-mail over energieaanbiedingen")
        }
        #expect(consents.count == w.auditKinds().filter { $0 == "consent-recorded" }.count)
        let pending =
            (try? FileManager.default.contentsOfDirectory(atPath: w.data.appendingPathComponent("pending").path)) ?? []
        #expect(pending.isEmpty, "\(pending)")
    }
}
