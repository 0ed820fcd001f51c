import CallscriptTestSupport
import Foundation
import Testing

/// Simulated time only in practice, validated like any input; practice and real data never mix.
@Suite struct RunnerPracticeTests {
    func args(_ data: String, _ extra: [String]) -> [String] {
        ["run", RunnerWorkspace.winback, "--contact", "anna.json", "--agent", "Jan", "--data", data] + extra
    }

    @Test func nowOnARealDataFolderIsRefused() throws {
        let w = try RunnerWorkspace()
        try FileManager.default.removeItem(at: w.data.appendingPathComponent("practice"))
        try w.write("a.txt", RunnerWorkspace.fullCall)
        let r = try w.callscript(args("data", ["--answers", "a.txt", "--now", RunnerWorkspace.monday]))
        #expect(r.status == 2)
        #expect(r.stderr.contains("--now sets a simulated time, which is only allowed in practice mode"))
        #expect(w.read("data/audit.jsonl").isEmpty)
    }

    @Test func practiceOnAFolderWithRealRecordsIsRefused() throws {
        let w = try RunnerWorkspace()
        try FileManager.default.removeItem(at: w.data.appendingPathComponent("practice"))
        let r = try w.callscript(args("data", ["--practice", "--now", RunnerWorkspace.monday]))
        #expect(r.status == 2)
        #expect(r.stderr.contains("--practice refuses a data folder that holds real records"))
    }

    @Test func aRealCallOnAPracticeFolderIsRefused() throws {
        let w = try RunnerWorkspace()
        let r = try w.callscript(args("data", []))
        #expect(r.status == 2)
        #expect(r.stderr.contains("this is a practice data folder"))
    }

    @Test func practiceOnAnEmptyFolderMarksItAndEveryEntrySaysPractice() throws {
        let w = try RunnerWorkspace()
        try w.write("a.txt", "continue\nevent objection\ncontinue\ncontinue\n")
        let r = try w.callscript(args("oefen", ["--answers", "a.txt", "--practice", "--now", "2026-11-30T10:00"]))
        // No consent in the new folder: the basis gate refuses, at the simulated Monday morning.
        #expect(r.status == 1)
        #expect(r.stderr.contains("NL-GATE-BASIS"))
        #expect(!r.stderr.contains("NL-GATE-HOURS"))
        #expect(FileManager.default.fileExists(atPath: w.folder.appendingPathComponent("oefen/practice").path))
        let audit = w.read("oefen/audit.jsonl")
        #expect(audit.contains("\"practice\":true"))
        #expect(audit.contains("\"simulatedTime\":\"2026-11-30T09:00:00Z\""))
        #expect(!audit.contains("\"time\":\"2026-11-30T09:00"))
    }

    @Test(arguments: [
        ("0000-01-01T10:00", "year 0 in '0000-01-01T10:00' is outside 2000 to 2100"),
        ("2026-11-30T10:00+99:00", "offset in '2026-11-30T10:00+99:00' is outside -14:00 to +14:00"),
        ("2026-02-30T10:00", "is not a date in the calendar"),
        ("2026-11-30T24:00", "is not a time of day"),
        ("morgen", "expected YYYY-MM-DDTHH:MM"),
    ])
    func nowIsValidatedLikeAnyInput(_ value: String, _ message: String) throws {
        let w = try RunnerWorkspace()
        let r = try w.callscript(args("data", ["--practice", "--now", value]))
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func resumeWindowNeedsResumeAndWholeMinutes() throws {
        let w = try RunnerWorkspace()
        #expect(try w.callscript(args("data", ["--practice", "--resume-window", "10"])).status == 2)
        let r = try w.callscript(args("data", ["--practice", "--resume", "--resume-window", "2,5"]))
        #expect(r.status == 2)
        #expect(r.stderr.contains("expected whole minutes from 1 to 1440"))
    }

    @Test func auditRepairMendsEveryRecordFileOfTheFolder() throws {
        let w = try RunnerWorkspace()
        let consents = w.read("data/consents.jsonl") + #"{"agent":"Jan","comp"#
        try w.write("data/consents.jsonl", consents)
        try w.write("data/audit.jsonl", "")
        // The call still goes through: the cut-off line is skipped, with a warning.
        let call = try w.run(answers: "continue\nevent objection\ncontinue\ncontinue\n")
        #expect(call.status == 0, "\(call.stderr)")
        #expect(call.stderr.contains("consents.jsonl: warning: skipped 1 cut-off line (line 2)"), "\(call.stderr)")
        let r = try w.callscript(["audit", "repair", "--data", "data"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("consents.jsonl: blanked 1 cut-off line"))
        let again = try w.callscript(["audit", "repair", "--data", "data"])
        #expect(again.stdout.contains("nothing to repair"))
        // Blanked in place: the confirmed lines around it are byte for byte what they were.
        let lines = w.read("data/consents.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[1].allSatisfy { $0 == " " } && lines[0].hasSuffix("}"))
    }
}
