import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// The keyed side of the audit trail: checkpoints, anchors and sealed markers, against an
/// attacker who can edit the data folder but does not hold the key.
@Suite struct AuditSealTests {
    let key = AuditKey(bytes: Array("sleutel-van-de-compliance-office".utf8))

    /// Two finished calls, each sealed by a checkpoint at its end.
    func twoCalls() throws -> RecordedCall {
        let call = try RecordedCall(key: key)
        let second = try RecordedCall(id: "call-2", key: key)
        for entry in try second.log.read().entries {
            guard let p = entry.payload, p.kind != "checkpoint" else { continue }
            try call.log.append(p)
        }
        try call.log.appendCheckpoint(key: key, time: "2026-03-02T09:20:00Z", agent: "Jan")
        return call
    }

    func anchor(_ call: RecordedCall, key: AuditKey? = nil) throws -> AuditAnchor {
        let last = try #require(try call.log.read().entries.last)
        return AuditAnchor(seq: last.seq, head: last.hash, key: key)
    }

    func kinds(_ call: RecordedCall, key: AuditKey? = nil, anchor: AuditAnchor? = nil) throws -> [AuditProblem.Kind] {
        try AuditVerifier.verify(call.log, key: key, anchor: anchor).problems.map(\.kind)
    }

    /// What an attacker without the key does after editing entries: renumber and rehash the
    /// whole chain, and even fix every checkpoint's head and count.
    func rechain(_ call: RecordedCall, _ edit: (inout [AuditEntry]) -> Void) throws {
        var entries = try call.log.read().entries
        edit(&entries)
        var prev = AuditEntry.genesis
        var out: [String] = []
        for (i, var entry) in entries.enumerated() {
            entry.seq = i + 1
            entry.prev = prev
            if var p = entry.payload, p.kind == "checkpoint" {
                p.head = prev
                p.count = i
                entry.payloadBytes = [UInt8](try AuditEntry.encoder.encode(p))
            }
            entry.payloadHash = SHA256.hex(entry.payloadBytes)
            prev = entry.hash
            out.append(String(decoding: entry.line, as: UTF8.self))
        }
        try call.write(out)
    }

    @Test func aSealedLogVerifiesWithKeyAndAnchor() throws {
        let call = try twoCalls()
        let report = try AuditVerifier.verify(call.log, key: key, anchor: try anchor(call, key: key))
        #expect(report.isIntact, "\(report)")
        #expect(report.sealedThrough == call.lines.count)
        #expect(report.anchoredAt == call.lines.count)
        #expect(call.lines.filter { $0.contains("\"kind\":\"checkpoint\"") }.count == 2)
    }

    @Test func aCallEndsWithACheckpointOnlyWhenTheRunnerHasTheKey() throws {
        #expect(try RecordedCall(key: key).lines.last?.contains("\"kind\":\"checkpoint\"") == true)
        let unkeyed = try RecordedCall()
        #expect(!unkeyed.lines.contains { $0.contains("checkpoint") })
        let report = try AuditVerifier.verify(unkeyed.log, key: key)
        #expect(report.problems.map(\.kind) == [.unanchored])
        #expect(
            report.problems.first?.message.hasPrefix(
                "entries 1–\(unkeyed.lines.count) are sealed by no checkpoint of this key") == true)
    }

    @Test func aRefusedResumeEndsTheCallAndIsSealed() throws {
        let data = try RecordStoreFaultTests.freshFolder()
        // The runner of the first part is gone (its session lease with it).
        do {
            var session = try CallSession.start(
                id: "call-1", context: try Fixtures.context(), gates: Fixtures.allowed, data: data,
                clock: RecordStoreFaultTests.clock, auditKey: key)
            try session.continue()
        }
        try ObjectionList(path: data.objectionList.path).append("+31612345678")
        do {
            _ = try CallSession.resume(
                id: "call-1", context: try Fixtures.context(), data: data,
                clock: .fixed(Fixtures.instant("2026-03-02T09:10:00Z")), auditKey: key)
            Issue.record("the resume went through")
        } catch let error as RuntimeError {
            guard case .resumeRefused = error else { throw error }
        }
        let log = AuditLog(path: data.auditLog.path)
        let kinds = try log.read().entries.compactMap(\.payload).map(\.kind)
        #expect(kinds.suffix(2) == ["gate", "checkpoint"])
        #expect(try AuditVerifier.verify(log, key: key).isIntact)
    }

    @Test func aRecomputedChainPassesWithoutTheKeyAndFailsWithIt() throws {
        let call = try twoCalls()
        try rechain(call) { entries in
            entries[5].payloadBytes = Array(
                String(decoding: entries[5].payloadBytes, as: UTF8.self).replacingOccurrences(of: "Ja", with: "Nee")
                    .utf8)
        }
        #expect(try kinds(call).isEmpty)
        let found = try kinds(call, key: key)
        #expect(found == [.unanchored, .forged, .forged], "\(found)")
    }

    @Test func anInsertedEntryInARecomputedChainIsFoundWithTheKey() throws {
        let call = try twoCalls()
        try rechain(call) { entries in
            var fake = entries[3]
            fake.payloadBytes = Array(
                #"{"agent":"Jan","contact":"K-1001","kind":"continue","session":"call-1","script":"x","time":"2026-03-02T09:00:00Z"}"#
                    .utf8)
            entries.insert(fake, at: 4)
        }
        #expect(try kinds(call).isEmpty)
        #expect(try kinds(call, key: key).contains(.forged))
    }

    @Test func removingTheLastEntriesIsFoundByTheAnchor() throws {
        let call = try twoCalls()
        let held = try anchor(call)
        let first = call.lines.firstIndex { $0.contains("\"kind\":\"checkpoint\"") } ?? 0
        // Cut exactly after the first call's checkpoint: the key alone cannot see it.
        try call.write(Array(call.lines[...first]))
        #expect(try kinds(call, key: key).isEmpty)
        let report = try AuditVerifier.verify(call.log, key: key, anchor: held)
        #expect(report.problems.map(\.kind) == [.anchor])
        #expect(
            report.problems.first?.message
                == "the log ends at entry \(first + 1) but the anchor names entry \(held.seq): entries were removed from the end"
        )
        // Cut mid-call: with the key the rest is unsealed even without an anchor.
        let call2 = try twoCalls()
        try call2.write(Array(call2.lines.dropLast(3)))
        #expect(try kinds(call2, key: key) == [.unanchored])
    }

    @Test func anEmptiedLogIsFoundByTheAnchor() throws {
        let call = try twoCalls()
        let held = try anchor(call, key: key)
        try Data().write(to: call.data.auditLog)
        #expect(try kinds(call, key: key).isEmpty)
        let report = try AuditVerifier.verify(call.log, key: key, anchor: held)
        #expect(report.problems.first?.message.hasPrefix("the log is empty but the anchor names entry") == true)
    }

    @Test func aRewrittenChainDoesNotMatchTheAnchor() throws {
        let call = try twoCalls()
        let held = try anchor(call)
        try rechain(call) { entries in entries.remove(at: 4) }
        #expect(try kinds(call, anchor: held) == [.anchor])
    }

    @Test func aForgedAnchorIsRefusedWithTheKey() throws {
        let call = try twoCalls()
        let real = try anchor(call, key: key)
        let forged = try anchor(call, key: AuditKey(bytes: Array("een-andere-sleutel-die-niet-past".utf8)))
        #expect(try kinds(call, key: key, anchor: real).isEmpty)
        #expect(try kinds(call, key: key, anchor: forged) == [.anchor])
        #expect(AuditAnchor(real.description) == real)
        #expect(AuditAnchor("12:abc") == nil)
    }

    @Test func entriesAddedAfterTheLastCheckpointAreUnsealed() throws {
        let call = try twoCalls()
        try call.log.append(
            AuditPayload(
                kind: "event", time: "2026-03-02T09:30:00Z", agent: "Jan", contact: "K-1001", script: "s", session: "x")
        )
        #expect(try kinds(call).isEmpty)
        let report = try AuditVerifier.verify(call.log, key: key)
        #expect(report.problems.map(\.kind) == [.unanchored])
        #expect(report.problems.first?.line == call.lines.count)
    }

    /// The attack of issue 10: an objection (here: the consent answer) replaced by a marker.
    @Test func aFakeMarkerIsFound() throws {
        let call = try twoCalls()
        var lines = call.lines
        let target = try #require(lines.firstIndex { $0.contains("\"kind\":\"consent-recorded\"") })
        let entry = try #require(try call.log.read().entries[target].payload)
        var marker = AuditPayload(
            kind: entry.kind, time: entry.time, agent: entry.agent, contact: "", script: entry.script,
            session: entry.session)
        marker.redacted = true
        marker.reason = "erasure request"
        let prefix = lines[target].components(separatedBy: ",\"payload\":")[0]
        lines[target] =
            prefix + ",\"payload\":" + String(decoding: try AuditEntry.encoder.encode(marker), as: UTF8.self) + "}"
        try call.write(lines)
        #expect(try kinds(call) == [.fakeMarker])
        // Even pointing at an erasure entry appended by the forger: the seal is missing.
        marker.erasure = lines.count + 1
        lines[target] =
            prefix + ",\"payload\":" + String(decoding: try AuditEntry.encoder.encode(marker), as: UTF8.self) + "}"
        try call.write(lines)
        var erasure = AuditPayload(kind: "erasure", time: "t", agent: "x", contact: "K-1001", script: "", session: "")
        erasure.erased = [target + 1]
        try call.log.append(erasure)
        #expect(try kinds(call).isEmpty)
        #expect(try kinds(call, key: key) == [.fakeMarker, .unanchored])
    }

    @Test func anEditedRealMarkerIsFound() throws {
        let call = try twoCalls()
        try AuditEraser.erase(call.log, key: key, contact: "K-1001", reason: "erasure request", time: "t", agent: "a") {
            $0.session == "call-1"
        }
        #expect(try kinds(call, key: key).isEmpty)
        var lines = call.lines
        let target = try #require(lines.firstIndex { $0.contains("\"redacted\":true") })
        lines[target] = lines[target].replacingOccurrences(of: "erasure request", with: "retention")
        try call.write(lines)
        #expect(try kinds(call, key: key) == [.fakeMarker])
        lines[target] = lines[target].replacingOccurrences(of: "\"redacted\":true", with: "\"redacted\": true")
        try call.write(lines)
        #expect(try kinds(call) == [.fakeMarker])
    }

    /// Before salts the marker kept SHA-256 of the erased payload, so a guessed e-mail address
    /// confirmed itself. The salt goes with the payload, so the guess no longer matches.
    @Test func anErasedEntryCannotBeConfirmedByGuessing() throws {
        let call = try RecordedCall(key: key)
        let before = try call.log.read().entries
        let capture = try #require(before.first { $0.payload?.value == "anna@voorbeeld.nl" })
        var guess = try #require(capture.payload)
        #expect(guess.salt?.count == 32)
        try AuditEraser.erase(call.log, key: key, contact: "K-1001", reason: "erasure request", time: "t", agent: "a") {
            $0.contact == "K-1001"
        }
        let after = try #require(try call.log.read().entries.first { $0.seq == capture.seq })
        #expect(after.payloadHash == capture.payloadHash)
        #expect(!String(decoding: after.payloadBytes, as: UTF8.self).contains(guess.salt ?? "-"))
        guess.salt = nil
        #expect(SHA256.hex(try AuditEntry.encoder.encode(guess)) != after.payloadHash)
        #expect(SHA256.hex(capture.payloadBytes) == after.payloadHash)
    }

    @Test func theKeyFileIsCheckedBeforeUse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("audit.key").path
        try AuditKey.write(key, to: path)
        #expect(try AuditKey.load(path) == key)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: RuntimeError.self) { try AuditKey.write(key, to: path) }
        #expect(throws: RuntimeError.self) { try AuditKey.load(path, outside: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: RuntimeError.self) { try AuditKey.load(path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try Data("geen sleutel\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: RuntimeError.self) { try AuditKey.load(path) }
        #expect(throws: RuntimeError.self) { try AuditKey.load(folder.appendingPathComponent("missing").path) }
    }
}
