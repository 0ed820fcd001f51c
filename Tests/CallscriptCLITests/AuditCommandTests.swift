import CallscriptTestSupport
import Foundation
import Testing

/// `callscript audit verify|show|anchor|repair|keygen` on logs written by real calls, then tampered with.
@Suite struct AuditCommandTests {
    /// A workspace with one complete call in its audit log, and the log's lines.
    func logged() throws -> (RunnerWorkspace, [String]) {
        let w = try RunnerWorkspace()
        let r = try w.run(answers: RunnerWorkspace.fullCall)
        #expect(r.status == 0)
        let lines = w.read("data/audit.jsonl").split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        return (w, lines)
    }

    func verify(_ w: RunnerWorkspace, _ lines: [String]) throws -> ProcessOutput {
        try w.write("data/audit.jsonl", lines.joined(separator: "\n") + "\n")
        return try w.callscript(["audit", "verify", "data/audit.jsonl"])
    }

    @Test func anIntactLogVerifies() throws {
        let (w, lines) = try logged()
        let r = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(r.status == 0)
        #expect(r.stdout == "data/audit.jsonl: audit log intact: \(lines.count) entries verified\n")
    }

    @Test func aChangedEntryIsNamedByLine() throws {
        var (w, lines) = try logged()
        lines[4] = lines[4].replacingOccurrences(of: "\"agent\":\"Jan\"", with: "\"agent\":\"Piet\"")
        let r = try verify(w, lines)
        #expect(r.status == 1)
        #expect(
            r.stdout.contains("data/audit.jsonl:5:1: error: entry 5 was changed after it was written [RT0402]"))
    }

    @Test func aRemovedEntryIsNamedByLine() throws {
        var (w, lines) = try logged()
        lines.remove(at: 3)
        let r = try verify(w, lines)
        #expect(r.status == 1)
        #expect(r.stdout.contains("data/audit.jsonl:4:1: error: entry 4 is missing before entry 5"))
    }

    @Test func reorderedEntriesAreNamedByLine() throws {
        var (w, lines) = try logged()
        lines.swapAt(5, 6)
        let r = try verify(w, lines)
        #expect(r.status == 1)
        #expect(
            r.stdout.contains("data/audit.jsonl:6:1: error: entries 6–6 are missing before entry 7")
                || r.stdout.contains("data/audit.jsonl:6:1: error: entry 6 is missing before entry 7"))
        #expect(r.stdout.contains("data/audit.jsonl:7:1: error: entry 6 appears where entry 8 belongs"))
    }

    @Test func anInsertedEntryIsNamedByLine() throws {
        var (w, lines) = try logged()
        lines.insert(lines[2], at: 8)
        let r = try verify(w, lines)
        #expect(r.status == 1)
        #expect(r.stdout.contains("data/audit.jsonl:9:1: error: entry 3 appears where entry 9 belongs"))
    }

    @Test func aCutOffLogIsReportedAndRepaired() throws {
        let (w, lines) = try logged()
        try w.write("data/audit.jsonl", lines.joined(separator: "\n") + "\n" + "{\"seq\":\(lines.count + 1),\"pr")
        let r = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("data/audit.jsonl:\(lines.count + 1):1: error: last entry is cut off"))
        #expect(r.stdout.contains("[RT0401]\n  = help: run `callscript audit repair data/audit.jsonl`"))
        let repaired = try w.callscript(["audit", "repair", "data/audit.jsonl"])
        #expect(repaired.status == 0)
        #expect(repaired.stdout.contains("dropped an unfinished last entry"))
        #expect(try w.callscript(["audit", "verify", "data/audit.jsonl"]).status == 0)
    }

    @Test func showPrintsAReadableTranscript() throws {
        let (w, _) = try logged()
        let r = try w.callscript(["audit", "show", "data/audit.jsonl"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("· contact K-1001 · agent Jan"))
        #expect(r.stdout.contains("call started: \"Winback Energie najaar 2026\" to +31612345678"))
        #expect(r.stdout.contains("[opening.1] identify: \"Goedemiddag Anna"))
        #expect(r.stdout.contains("[aanbod_per_mail.3] consent recorded for 'e-mail over energieaanbiedingen'"))
        #expect(r.stdout.contains("outcome: end at tot_ziens.2"))
    }

    /// The compliance officer's routine: a key, calls sealed with it, an anchor kept
    /// elsewhere, and later a verification with both.
    @Test func keygenAnchorAndVerifyWithKeyAndAnchor() throws {
        let w = try RunnerWorkspace()
        let keygen = try w.callscript(["audit", "keygen", "audit.key"])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let mode =
            try FileManager.default.attributesOfItem(atPath: w.folder.appendingPathComponent("audit.key").path)[
                .posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try w.callscript(["audit", "keygen", "audit.key"]).status == 2)
        #expect(try w.run(answers: RunnerWorkspace.fullCall, ["--audit-key", "audit.key"]).status == 0)
        #expect(w.auditKinds().last == "checkpoint")
        // A runner finds the key through the environment too.
        try w.write("voicemail.txt", "continue\nevent voicemail\n")
        let viaEnvironment = try BuiltBinary.run(
            w.runArguments(RunnerWorkspace.winback, ["--answers", "voicemail.txt"]), in: w.folder,
            environment: ["CALLSCRIPT_AUDIT_KEY": "audit.key"])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        #expect(w.auditKinds().filter { $0 == "checkpoint" }.count == 2 && w.auditKinds().last == "checkpoint")
        let anchor = try w.callscript(["audit", "anchor", "--key", "audit.key", "data/audit.jsonl"])
        #expect(anchor.status == 0, "\(anchor.stderr)")
        let text = anchor.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.split(separator: ":").count == 3 && text.hasPrefix("\(w.auditKinds().count):"))
        try w.write("anchor.txt", anchor.stdout)
        let ok = try w.callscript([
            "audit", "verify", "--key", "audit.key", "--anchor", "anchor.txt", "data/audit.jsonl",
        ])
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(
            ok.stdout.hasSuffix(
                "sealed by the key through entry \(w.auditKinds().count); matches the anchor at entry \(w.auditKinds().count)\n"
            ))
        // Without the key and the anchor the same check says what it could not look at.
        let plain = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(plain.stderr.contains("note: no key: checkpoint MACs and marker seals not checked"))
        #expect(plain.stderr.contains("note: no anchor"))
        // The key is also found through the environment.
        let environment = try BuiltBinary.run(
            ["audit", "verify", "data/audit.jsonl"], in: w.folder, environment: ["CALLSCRIPT_AUDIT_KEY": "audit.key"])
        #expect(environment.stdout.contains("sealed by the key"))
        // Cutting the log short: the anchor sees it.
        let lines = w.read("data/audit.jsonl").split(separator: "\n").map(String.init)
        try w.write("data/audit.jsonl", lines.dropLast(4).joined(separator: "\n") + "\n")
        let cut = try w.callscript(["audit", "verify", "--key", "audit.key", "--anchor", text, "data/audit.jsonl"])
        #expect(cut.status == 1)
        #expect(cut.stdout.contains("entries were removed from the end"))
        #expect(cut.stdout.contains("come after the last checkpoint the key confirms"))
    }

    @Test func aKeyInsideTheDataFolderOrReadableByOthersIsRefused() throws {
        let w = try RunnerWorkspace()
        #expect(try w.callscript(["audit", "keygen", "data/audit.key"]).status == 0)
        let inside = try w.run(answers: RunnerWorkspace.fullCall, ["--audit-key", "data/audit.key"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("the audit key is inside the data folder it protects [RT0499]"))
        #expect(try w.callscript(["audit", "keygen", "open.key"]).status == 0)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: w.folder.appendingPathComponent("open.key").path)
        let open = try w.run(answers: RunnerWorkspace.fullCall, ["--audit-key", "open.key"])
        #expect(open.status == 2)
        #expect(open.stderr.contains("the audit key file can be read by others (mode 644) [RT0499]"))
        #expect(w.read("data/audit.jsonl").isEmpty)
    }

    @Test func anAnchorIsOnlyGivenForALogThatVerifies() throws {
        var (w, lines) = try logged()
        lines.remove(at: 2)
        try w.write("data/audit.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try w.callscript(["audit", "anchor", "data/audit.jsonl"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(try w.callscript(["audit", "verify", "--anchor", "3:xyz", "data/audit.jsonl"]).status == 2)
    }

    @Test func usageMistakesExitTwo() throws {
        let w = try RunnerWorkspace()
        #expect(try w.callscript(["audit", "verfy", "x"]).stderr.contains("did you mean 'verify'?"))
        #expect(try w.callscript(["audit", "verify", "missing.jsonl"]).status == 2)
        #expect(try w.callscript(["audit", "redact", "missing.jsonl"]).status == 2)
        #expect(try w.callscript(["audit", "keygen"]).status == 2)
    }
}
