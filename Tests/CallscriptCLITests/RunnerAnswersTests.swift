import CallscriptTestSupport
import Foundation
import Testing

/// `callscript run --answers`: whole calls, gates, re-asks, events and bad input, end to end.
@Suite struct RunnerAnswersTests {
    @Test func aFullCallEndsNormallyAndLeavesAVerifiedTrail() throws {
        let w = try RunnerWorkspace()
        let r = try w.run(answers: RunnerWorkspace.fullCall)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains(
                "[IDENTIFY] opening.1\n  Goedemiddag Anna, u spreekt met Jan van Belcentrum Randstad B.V."))
        #expect(r.stdout.contains("  > answer 1: Ja, dat komt uit"))
        #expect(r.stdout.hasSuffix("[CALL ENDED] call ended by the agent\n"))
        #expect(w.read("data/consents.jsonl").contains("\"purpose\":\"e-mail over energieaanbiedingen\""))
        #expect(w.auditKinds().first == "gate" && w.auditKinds().last == "outcome")
        let verify = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(verify.status == 0 && verify.stdout.contains("intact"))
    }

    @Test func aCompiledMachineRunsTheSame() throws {
        let w = try RunnerWorkspace()
        let compiled = try w.callscript(["compile", RunnerWorkspace.winback, "-o", "winback.json"])
        #expect(compiled.status == 0)
        let r = try w.run(answers: RunnerWorkspace.fullCall, script: "winback.json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("[CALL ENDED] call ended by the agent\n"))
    }

    @Test func aRefusedCaptureIsAskedAgain() throws {
        let w = try RunnerWorkspace()
        let answers = RunnerWorkspace.fullCall.replacingOccurrences(
            of: "capture hoog", with: "capture heel erg\ncapture 3")
        let r = try w.run(answers: answers)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains(
                "  > capture heel erg\n  ! refused: interesse: 'heel erg' is not one of: laag, gemiddeld, hoog; asked again\n  > capture hoog\n"
            ))
        #expect(w.auditKinds().contains("capture-refused"))
    }

    @Test(arguments: [
        ("event objection\ncontinue\ncontinue", "[CALL ENDED] put through to the opt-out line"),
        ("event voicemail", "[CALL ENDED] hung up without a word (voicemail)"),
        (
            "event complaint\ncapture Te vaak gebeld\ncontinue\nanswer yes\ncontinue",
            "[CALL ENDED] call ended by the agent"
        ),
        ("event minor\ncontinue", "[CALL ENDED] call ended by the agent"),
        ("event hang-up", "[CALL ENDED] the person hung up"),
    ])
    func everyEventFromTheFirstLine(_ answers: String, _ ending: String) throws {
        let w = try RunnerWorkspace()
        let r = try w.run(answers: "continue\n" + answers)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.hasSuffix(ending + "\n"))
        #expect(w.auditKinds().contains("event"))
        let onList = w.read("data/objections.txt").contains("+31612345678")
        #expect(onList == answers.hasPrefix("event objection"))
    }

    @Test func refusedByTheObjectionGate() throws {
        let w = try RunnerWorkspace()
        try w.write("data/objections.txt", "+31 6 1234 5678\n")
        let r = try w.run(answers: RunnerWorkspace.fullCall)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: call refused by NL-GATE-OBJECTION: +31612345678 is on the objection list"))
        #expect(r.stdout.isEmpty)
        #expect(w.auditKinds() == ["gate"])
        #expect(w.sessionFiles().isEmpty)
    }

    @Test func refusedByTheBasisGateWithoutConsent() throws {
        let w = try RunnerWorkspace()
        try w.write("data/consents.jsonl", "")
        let r = try w.run(answers: RunnerWorkspace.fullCall)
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                "error: call refused by NL-GATE-BASIS: no consent for 'telemarketing' from Belcentrum Randstad B.V. on record"
            ))
        #expect(w.sessionFiles().isEmpty)
    }

    @Test func refusedByTheBasisGateAfterTheCustomerTerm() throws {
        let w = try RunnerWorkspace()
        try w.write(
            "piet.json",
            """
            {"id": "K-2002", "phone": "+31 6 2222 3333", "last_purchase": "2025-01-15",
             "fields": {"voornaam": "Piet", "vorig_pakket": "weekend", "bezorggebied": "ja"}}
            """)
        let r = try w.run(answers: "continue", script: RunnerWorkspace.krant, contact: "piet.json")
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                "error: call refused by NL-GATE-BASIS: customer relation of 2025-01-15 ended more than 12 months ago"))
    }

    @Test func refusedByTheHoursGateOnSunday() throws {
        let w = try RunnerWorkspace()
        let r = try w.run(answers: RunnerWorkspace.fullCall, now: "2026-11-29T10:00")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: call refused by NL-GATE-HOURS: no calls on Sunday (2026-11-29)"))
        #expect(w.auditKinds() == ["gate"])
    }

    @Test func aCorruptMachineIsRefusedBeforeTheCall() throws {
        let w = try RunnerWorkspace()
        try w.write("broken.json", "{\"format\": \"callscript-machine\", \"states\": [")
        let r = try w.run(answers: RunnerWorkspace.fullCall, script: "broken.json")
        #expect(r.status == 1)
        #expect(r.stderr.contains("broken.json:"))
        #expect(r.stderr.contains("error:"))
        #expect(!FileManager.default.fileExists(atPath: w.auditLog.path))
    }

    @Test func anEditedMachineFailsItsDigest() throws {
        let w = try RunnerWorkspace()
        _ = try w.callscript(["compile", RunnerWorkspace.winback, "-o", "winback.json"])
        try w.write("winback.json", w.read("winback.json").replacingOccurrences(of: "vast tarief", with: "laag tarief"))
        let r = try w.run(answers: RunnerWorkspace.fullCall, script: "winback.json")
        #expect(r.status == 1)
        #expect(r.stderr.contains("machine digest does not match its content"))
    }

    @Test func aContactMissingAFieldIsRefusedBeforeTheCall() throws {
        let w = try RunnerWorkspace()
        try w.write(
            "kort.json",
            #"{"id": "K-8", "phone": "+31612345678", "fields": {"voornaam": "Kees", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 10}}"#
        )
        let r = try w.run(answers: RunnerWorkspace.fullCall, contact: "kort.json")
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                "kort.json: error: contact 'K-8' has no field 'zonnepanelen' (yesno) that the script needs"))
        #expect(!FileManager.default.fileExists(atPath: w.auditLog.path))
    }

    @Test func answersThatDoNotFitNameTheirLine() throws {
        let w = try RunnerWorkspace()
        let r = try w.run(answers: "continue\ncontinue\ncontinue\ncontinue\ncontinue\n")
        #expect(r.status == 1)
        #expect(
            r.stderr.contains(
                ":5:1: error: 'continue' does not fit: the call expects 'answer 1' to 'answer 3' (a question at opening.5) [CT0200]\n  5 | continue\n"
            ))
        #expect(r.stderr.contains("= note: the call waits at opening.5; continue with: callscript run "))
        let short = try w.run(answers: "continue\n")
        #expect(short.status == 1)
        #expect(
            short.stderr.contains(
                "error: the answers file ended but the call still expects 'continue' (a line to read at opening.2)"))
        let bad = try w.run(answers: "continue\nanswer\n")
        #expect(bad.status == 1)
        // A malformed line is a diagnostic with its code and the line shown, as in .calltest files.
        #expect(bad.stderr.contains(":2:7: error: 'answer' needs the answer [CT0003]\n  2 | answer\n"))
    }

    /// Answers are named by the rule of `.calltest` tests: exact label, else a unique beginning,
    /// else a unique class; test lines with a field run unchanged.
    @Test func theAnswerRuleOfScriptTests() throws {
        let w = try RunnerWorkspace()
        let lines = RunnerWorkspace.fullCall.replacingOccurrences(of: "answer yes", with: "answer ja")
            .replacingOccurrences(of: "answer \"Ja, dat mag\"", with: "answer \"  ja,   DAT mag \"")
            .replacingOccurrences(of: "capture hoog", with: "capture interesse = hoog")
        let r = try w.run(answers: lines)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  > answer 1: Ja, dat komt uit\n"))
        #expect(r.stdout.contains("  > answer 1: Ja, dat mag\n"))
        #expect(r.stdout.contains("  > capture hoog\n"))

        let ambiguous = try w.run(
            answers: RunnerWorkspace.fullCall.replacingOccurrences(of: "answer yes", with: "answer n"))
        #expect(ambiguous.status == 1)
        #expect(
            ambiguous.stderr.contains(
                ":6:1: error: 'answer n' does not fit: \"n\" begins 2 answers: 2. \"Nu niet, later wel\" (later), 3. \"Nee\" (no) [CT0200]"
            ))
        #expect(ambiguous.stderr.contains("= help: write more of the label, or the answer's number"))

        let field = try w.run(
            answers: RunnerWorkspace.fullCall.replacingOccurrences(
                of: "capture hoog", with: "capture emailadres = hoog"))
        #expect(field.status == 1)
        #expect(
            field.stderr.contains(
                "'capture emailadres = hoog' does not fit: the call asks for 'interesse', not 'emailadres' [CT0200]"))
    }

    @Test func linesAfterTheEndAndAFileThatEndsTooSoonHaveTheirCodes() throws {
        let w = try RunnerWorkspace()
        let after = try w.run(answers: RunnerWorkspace.fullCall + "\ncontinue\n")
        #expect(after.status == 1)
        #expect(
            after.stderr.contains(
                ":19:1: error: the call already ended (end) but the answers file goes on with 'continue' [CT0201]"))
        let short = try w.run(answers: "continue\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains(":2:1: error: the answers file ended but the call still expects"))
        #expect(short.stderr.contains("[CT0202]"))
    }

    @Test func anUnusableDataFolderStopsBeforeTheCall() throws {
        let w = try RunnerWorkspace()
        try w.write("plain-file", "not a folder")
        let r = try w.callscript(
            w.runArguments().map { $0 == "data" ? "plain-file/data" : $0 } + ["--answers", "/nonexistent"])
        #expect(r.status == 2)
        let args = w.runArguments().map { $0 == "data" ? "plain-file/data" : $0 }
        try w.write("a.txt", "continue\n")
        let blocked = try w.callscript(args + ["--answers", "a.txt"])
        #expect(blocked.status == 2)
        #expect(blocked.stderr.contains("data folder cannot be used"))
    }

    @Test func aCutOffAuditLogIsAClearErrorBeforeANewCall() throws {
        let w = try RunnerWorkspace()
        try w.write("data/audit.jsonl", "{\"seq\":1,\"prev\":\"00")
        let r = try w.run(answers: RunnerWorkspace.fullCall)
        #expect(r.status == 1)
        #expect(r.stderr.contains("the last audit entry is cut off"))
        #expect(r.stderr.contains("--resume"))
    }

    @Test func badTimeIsAUsageError() throws {
        let w = try RunnerWorkspace()
        let r = try w.run(answers: "continue", now: "morgen")
        #expect(r.status == 2)
        #expect(r.stderr.contains("invalid value 'morgen' for --now"))
    }

    @Test(arguments: ["run", "audit"])
    func helpDescribesTheCommand(_ command: String) throws {
        let r = try BuiltBinary.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: callscript \(command)"))
        #expect(try BuiltBinary.run(["--help"]).stdout.contains("  \(command) "))
    }

    @Test func missingContactIsAUsageError() throws {
        let r = try BuiltBinary.run(["run", RunnerWorkspace.winback, "--agent", "Jan"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("missing --contact FILE"))
    }
}
