import CallscriptTestSupport
import Foundation
import Testing

/// `callscript audit verify|show|redact|repair` on logs written by real calls, then tampered with.
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
        #expect(r.stdout.contains("outcome: end at afscheid.3"))
    }

    @Test func redactErasesThePersonAndTheChainStillVerifies() throws {
        let (w, lines) = try logged()
        let r = try w.callscript(["audit", "redact", "--contact", "K-1001", "data/audit.jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("erased \(lines.count) entries of contact 'K-1001'; audit log intact"))
        let text = w.read("data/audit.jsonl")
        #expect(!text.contains("Anna") && !text.contains("anna@voorbeeld.nl") && !text.contains("+31612345678"))
        #expect(try w.callscript(["audit", "verify", "data/audit.jsonl"]).status == 0)
        #expect(try w.callscript(["audit", "show", "data/audit.jsonl"]).stdout.contains("redacted: erasure request"))
    }

    @Test func redactRefusesATamperedLog() throws {
        var (w, lines) = try logged()
        lines.remove(at: 2)
        try w.write("data/audit.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try w.callscript(["audit", "redact", "--contact", "K-1001", "data/audit.jsonl"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("audit log does not verify: line 3"))
    }

    @Test func usageMistakesExitTwo() throws {
        let w = try RunnerWorkspace()
        #expect(try w.callscript(["audit", "verfy", "x"]).stderr.contains("did you mean 'verify'?"))
        #expect(try w.callscript(["audit", "verify", "missing.jsonl"]).status == 2)
        #expect(try w.callscript(["audit", "redact", "missing.jsonl"]).status == 2)
    }
}
