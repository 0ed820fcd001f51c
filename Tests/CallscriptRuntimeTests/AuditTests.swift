import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// A finished call on disk, for the audit tests.
struct RecordedCall {
    let data = Fixtures.dataFolder()
    var session: CallSession

    init(
        contact: Contact = Fixtures.anna, id: String = "call-1", email: String = "anna@voorbeeld.nl",
        key: AuditKey? = nil
    ) throws {
        let context = try Fixtures.context(contact: contact)
        session = try CallSession.start(
            id: id, context: context, gates: Fixtures.allowed, data: data, clock: .fixed(Fixtures.mondayMorning),
            auditKey: key)
        try session.continue()
        try session.continue()
        try session.answer(0)
        try session.continue()
        try session.capture("high")
        try session.capture(email)
        try session.answer(0)
        try session.continue()
        try session.continue()
    }

    var log: AuditLog { AuditLog(path: data.auditLog.path) }
    var lines: [String] {
        ((try? String(contentsOf: data.auditLog, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], finalNewline: Bool = true) throws {
        try Data((lines.joined(separator: "\n") + (finalNewline ? "\n" : "")).utf8).write(to: data.auditLog)
    }
}

@Suite struct AuditTests {
    @Test func aFinishedCallVerifiesAndReadsAsATranscript() throws {
        let call = try RecordedCall()
        let report = try AuditVerifier.verify(call.log)
        #expect(report.isIntact)
        #expect(report.entries == call.lines.count)
        let transcript = AuditTranscript.render(try call.log.read())
        let lines = transcript.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("call call-1 · contact K-1001 · agent Jan · script ") == true)
        #expect(
            lines.contains(
                "  #3 2026-03-02T09:00:00Z  [intro.1] identify: \"Goedemiddag Anna, u spreekt met Jan van Zonnig Energie B.V., namens Groene Stroom Nederland.\""
            ))
        #expect(lines.contains("  #8 2026-03-02T09:00:00Z  [intro.2] answer \"Ja\" (yes)"))
        #expect(lines.contains { $0.hasSuffix("[send_offer.2] consent recorded for 'email-offers'") })
        #expect(lines.last?.hasSuffix("outcome: end at goodbye.3") == true)
        let consent = try ConsentRegister(path: call.data.consentRegister.path).records()
        #expect(
            consent.map(\.purpose) == ["email-offers"] && consent.first?.script == call.session.context.loaded.digest)
    }

    @Test func changedEntryIsFound() throws {
        let call = try RecordedCall()
        var lines = call.lines
        lines[4] = lines[4].replacingOccurrences(of: "Jan", with: "Kees")
        try call.write(lines)
        let report = try AuditVerifier.verify(call.log)
        #expect(report.problems.map(\.kind) == [.changed])
        #expect(report.problems.first?.line == 5)
    }

    /// Found by the audit fuzzer: `"seq":05` read as 5 would make the line differ from what the
    /// verifier hashes; the writer never writes a leading zero, so such a line is damaged.
    @Test func aSequenceNumberWithALeadingZeroIsADamagedLine() throws {
        let call = try RecordedCall()
        var lines = call.lines
        lines[4] = lines[4].replacingOccurrences(of: "{\"seq\":5,", with: "{\"seq\":05,")
        try call.write(lines)
        let contents = try call.log.read()
        guard case .failure(let problem) = contents.lines[4].entry else {
            Issue.record("a leading zero was read as a sequence number")
            return
        }
        #expect(problem.message.contains("leading zero"))
        #expect(!AuditVerifier.verify(contents).problems.isEmpty)
    }

    @Test func removedEntryIsFound() throws {
        let call = try RecordedCall()
        var lines = call.lines
        lines.remove(at: 6)
        try call.write(lines)
        let report = try AuditVerifier.verify(call.log)
        #expect(report.problems.map(\.kind) == [.removed])
        #expect(report.problems.first?.description == "line 7: entry 7 is missing before entry 8")
    }

    @Test func insertedEntryIsFound() throws {
        let call = try RecordedCall()
        var lines = call.lines
        // A forged entry that claims to be entry 5 with a correct payload hash.
        let forged = try AuditEntry(
            seq: 5, prev: AuditEntry.genesis,
            payload: AuditPayload(
                kind: "answer", time: "t", agent: "Jan", contact: "K-1001", script: "x", session: "call-1"))
        lines.insert(String(decoding: forged.line, as: UTF8.self), at: 4)
        try call.write(lines)
        let report = try AuditVerifier.verify(call.log)
        #expect(report.problems.first?.line == 5)
        #expect(report.problems.first?.kind == .inserted)
    }

    @Test func reorderedEntriesAreFound() throws {
        let call = try RecordedCall()
        var lines = call.lines
        lines.swapAt(3, 4)
        try call.write(lines)
        let report = try AuditVerifier.verify(call.log)
        #expect(report.problems.first?.line == 4)
        #expect(report.problems.map(\.kind).contains(.reordered))
    }

    @Test func truncatedLastLineIsReportedAndRepaired() throws {
        let call = try RecordedCall()
        var lines = call.lines
        let last = lines.removeLast()
        lines.append(String(last.prefix(last.count / 2)))
        try call.write(lines, finalNewline: false)
        let report = try AuditVerifier.verify(call.log)
        #expect(report.problems.map(\.kind) == [.truncated])
        #expect(report.problems.first?.line == lines.count)
        #expect(throws: RuntimeError.auditTruncated(path: call.log.path, line: lines.count)) {
            try call.log.append(
                AuditPayload(kind: "event", time: "t", agent: "a", contact: "c", script: "s", session: "x"))
        }
        #expect(try call.log.repair() > 0)
        #expect(try AuditVerifier.verify(call.log).isIntact)
    }

    @Test func erasureMarksThePersonsEntriesAndKeepsTheChain() throws {
        let key = AuditKey.generate()
        let call = try RecordedCall(key: key)
        let other = try RecordedCall(
            contact: Contact(
                id: "K-2002", phone: "+31687654321",
                fields: ["first_name": "Bram", "customer_since": "2020-02-02"]), id: "call-2",
            email: "bram@voorbeeld.nl")
        // Put the second call's entries in the same log after the first.
        for entry in try other.log.read().entries {
            guard let payload = entry.payload else { continue }
            try call.log.append(payload)
        }
        try call.log.appendCheckpoint(key: key, time: "2026-03-02T09:30:00Z", agent: "Jan")
        let annas = try call.log.read().entries.filter { $0.payload?.contact == "K-1001" }.map(\.seq)
        let result = try AuditEraser.erase(
            call.log, key: key, contact: "K-1001", reason: "erasure request", time: "2026-03-02T10:00:00Z",
            agent: "Fatima"
        ) { $0.contact == "K-1001" }
        #expect(result.erased == annas && !annas.isEmpty)
        let text = try String(contentsOf: call.data.auditLog, encoding: .utf8)
        #expect(!text.contains("Anna") && !text.contains("anna@voorbeeld.nl") && !text.contains("+31612345678"))
        #expect(text.contains("Bram"))
        let report = try AuditVerifier.verify(call.log, key: key)
        #expect(report.isIntact, "\(report)")
        #expect(report.redacted == annas.count)
        #expect(report.sealedThrough == result.erasureEntry + 1)
        let erasure = try call.log.read().entries.first { $0.seq == result.erasureEntry }?.payload
        #expect(erasure?.kind == "erasure" && erasure?.erased == annas && erasure?.contact == "K-1001")
        #expect(
            AuditTranscript.render(try call.log.read(), session: "call-1").contains("[shown redacted: erasure request]")
        )
        let trail = AuditTranscript.render(try call.log.read()).split(separator: "\n").suffix(4).map(String.init)
        #expect(trail.first == "trail")
        #expect(trail.last?.hasSuffix("checkpoint by Fatima: seals entries 1–\(result.erasureEntry)") == true)
        #expect(
            trail.dropFirst(2).first?.hasSuffix(
                "erasure of contact K-1001 by Fatima: \(annas.count) entries (erasure request)") == true)
        // A redacted log still takes new entries.
        try call.log.append(AuditPayload(kind: "event", time: "t", agent: "a", contact: "c", script: "s", session: "x"))
        #expect(try AuditVerifier.verify(call.log).isIntact)
    }

    @Test func erasureRefusesATamperedLog() throws {
        let call = try RecordedCall()
        var lines = call.lines
        lines.remove(at: 2)
        try call.write(lines)
        let before = try String(contentsOf: call.data.auditLog, encoding: .utf8)
        #expect(throws: RuntimeError.self) {
            try AuditEraser.erase(
                call.log, key: .generate(), contact: "K-1001", reason: "r", time: "t", agent: "a"
            ) { _ in true }
        }
        #expect(try String(contentsOf: call.data.auditLog, encoding: .utf8) == before)
    }
}
