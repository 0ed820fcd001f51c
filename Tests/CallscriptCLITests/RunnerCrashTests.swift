import CallscriptTestSupport
import Foundation
import Testing

/// Kill -9 in the middle of a call: nothing confirmed is lost, the log verifies, and
/// `--resume` continues at the same line.
@Suite struct RunnerCrashTests {
    @Test func killedAfterAnObjectionKeepsItAndResumesInTheHandler() throws {
        let w = try RunnerWorkspace()
        let runner = try RunnerLiveProcess(w.runArguments(), in: w.folder, terminal: false)
        #expect(runner.waitFor("[IDENTIFY]"))
        runner.type("\n")
        #expect(runner.waitFor("[DISCLOSE]"))
        runner.type("o\no\n")
        #expect(runner.waitFor("Ik heb genoteerd dat wij u niet meer bellen"))
        runner.kill()

        #expect(w.read("data/objections.txt").contains("+31612345678"))
        let verify = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(verify.status == 0, "\(verify.stdout)")
        let resumed = try w.run(answers: "continue\ncontinue\n", ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("· resumed\n[SAY] on-objection.2\n"))
        #expect(resumed.stdout.hasSuffix("[CALL ENDED] put through to the opt-out line\n"))
        #expect(w.auditKinds().contains("resume"))
        #expect(try w.callscript(["audit", "verify", "data/audit.jsonl"]).status == 0)
    }

    @Test func killedMidCallWithAHalfWrittenEntryResumesAtTheSameCapture() throws {
        let w = try RunnerWorkspace()
        let runner = try RunnerLiveProcess(w.runArguments(), in: w.folder, terminal: false)
        #expect(runner.waitFor("[IDENTIFY]"))
        runner.type("\n\n\n\n1\n\n\nhoog\n\n\n\n1\n")
        #expect(runner.waitFor("Naar welk e-mailadres"))
        runner.kill()
        // As if the kill landed during a write: the last line is cut off.
        let handle = try FileHandle(forWritingTo: w.auditLog)
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":99,\"prev\":\"ab".utf8))
        try handle.close()
        let cut = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(cut.status == 1)
        #expect(cut.stdout.contains("last entry is cut off"))

        let resumed = try w.run(
            answers: "capture anna@voorbeeld.nl\ncontinue\nanswer 2\nanswer 1\ncontinue\n", ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("· resumed\n[CAPTURE] aanbod_per_mail.1\n"))
        #expect(resumed.stdout.hasSuffix("[CALL ENDED] call ended by the agent\n"))
        #expect(try w.callscript(["audit", "verify", "data/audit.jsonl"]).status == 0)
    }

    @Test func resumeWithoutAnInterruptedCallSaysSo() throws {
        let w = try RunnerWorkspace()
        #expect(try w.run(answers: RunnerWorkspace.fullCall).status == 0)
        let r = try w.run(answers: "continue", ["--resume"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no interrupted call for contact 'K-1001'"))
    }

    @Test func suspendedByTheAgentResumesLater() throws {
        let w = try RunnerWorkspace()
        let first = try w.run(answers: "continue\ncontinue\ncontinue\ncontinue\nsuspend\n")
        #expect(first.status == 0)
        #expect(first.stderr.contains("call suspended at opening.5"))
        let second = try w.run(answers: "answer no\nanswer yes\ncontinue\n", ["--resume"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("[CONVENIENT?] opening.5"))
        #expect(second.stdout.hasSuffix("[CALL ENDED] call ended by the agent\n"))
    }
}
