import CallscriptTestSupport
import Foundation
import Testing

/// The US example runs on the callee's clock, and `consent proof` prints a person's evidence.
@Suite struct USDemoAndConsentProofTests {
    func practiceFolder() throws -> (URL, URL) {
        let demo = RepositoryPaths.examples.appendingPathComponent("us-solar/demo")
        let work = try BuiltBinary.temporaryFolder()
        let data = work.appendingPathComponent("us-practice")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["consents.jsonl", "practice"] {
            try FileManager.default.copyItem(
                at: demo.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        return (demo, work)
    }

    func call(_ contact: String, now: String, in work: URL, demo: URL) throws -> ProcessOutput {
        try BuiltBinary.run(
            [
                "run", RepositoryPaths.examples.appendingPathComponent("us-solar/solar-quote.call").path,
                "--contact", demo.appendingPathComponent(contact).path, "--agent", "Maria", "--data", "us-practice",
                "--answers", demo.appendingPathComponent("dana.answers").path, "--practice", "--now", now,
            ], in: work)
    }

    @Test func theLosAngelesCallWaitsForEightInTheMorningThere() throws {
        let (demo, work) = try practiceFolder()
        // 17:30 in Amsterdam on 1 December 2026 is 08:30 in Los Angeles.
        let r = try call("US-1001.json", now: "2026-12-01T17:30", in: work, demo: demo)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.contains("source: consent: quote form brightharborsolar.com/quote; verified by sms reply YES"))
        #expect(r.stdout.hasSuffix("[CALL ENDED] call ended by the agent\n"))
        let early = try call("US-1001.json", now: "2026-12-01T16:30", in: work, demo: demo)
        #expect(early.status == 1)
        #expect(
            early.stderr.hasPrefix(
                "callscript: error: call refused by US-TSR-GATE-HOURS: 2026-12-01T07:30 is outside calling hours 08:00–21:00 (America/Los_Angeles) [RT0201]"
            ))
    }

    @Test func theProofShowsTheEvidenceAndTodaysVerdict() throws {
        let (_, work) = try practiceFolder()
        let r = try BuiltBinary.run(["consent", "proof", "--contact", "US-1001", "--data", "us-practice"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Proof of consent for contact US-1001, printed "))
        #expect(r.stdout.contains("   person:      Dana Whitfield (US-1001), +12135550142\n"))
        #expect(r.stdout.contains("   verified:    by sms reply YES at 2026-10-14T22:43:30Z\n"))
        #expect(r.stdout.contains("   term:        until 2027-10-14 (stated)\n"))
        let usage = try BuiltBinary.run(["consent", "prof", "--contact", "US-1001"], in: work)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("did you mean 'proof'?"))
    }

    @Test func aComplaintInsideTheObjectionHandlerStopsTheAnswersRun() throws {
        let (demo, work) = try practiceFolder()
        try Data("continue\ncontinue\ncontinue\nanswer yes\nevent objection\nevent complaint\n".utf8).write(
            to: work.appendingPathComponent("nested.answers"))
        let r = try BuiltBinary.run(
            [
                "run", RepositoryPaths.examples.appendingPathComponent("us-solar/solar-quote.call").path,
                "--contact", demo.appendingPathComponent("US-1001.json").path, "--agent", "Maria", "--data",
                "us-practice", "--answers", "nested.answers", "--practice", "--now", "2026-12-01T17:30",
            ], in: work)
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                "nested.answers:6:1: error: 'complaint' cannot apply once the 'objection' handler has started"))
        #expect(r.stderr.contains("[RT0115]"))
    }
}
