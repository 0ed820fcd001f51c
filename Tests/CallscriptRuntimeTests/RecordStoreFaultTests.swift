import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// The runner stopped at every write, fsync and rename of a call (and right before and after
/// the objection list's own append), with half-written writes: after recovery and resume the
/// records and the audit trail agree, the chain verifies, and the resumed call's trail has
/// every entry a straight call has.
@Suite struct RecordStoreFaultTests {
    /// Consent path, objection path and callback path of the test machine.
    static let calls: [(name: String, inputs: [SessionInput])] = [
        (
            "consent",
            [
                .continue, .answer(0), .continue, .capture("high"), .capture("anna@voorbeeld.nl"), .answer(0),
                .continue, .continue,
            ]
        ),
        ("objection", [.continue, .event(.objection), .continue, .continue]),
        ("callback", [.continue, .answer(1), .capture("2026-03-03T14:30"), .continue]),
    ]

    static let clock = RuntimeClock.fixed(Fixtures.mondayMorning)

    static func freshFolder() throws -> DataFolder {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try ConsentRegister(path: data.consentRegister.path).append(
            ConsentRecord(
                person: "K-1001", phone: "+31612345678", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-01-05T09:00:00Z", script: "import", agent: "import", verifiedBy: "sms",
                verifiedAt: "2026-01-05T09:00:00Z"))
        return data
    }

    /// Runs the call on `store` until it ends or a write fails; the session dies with the scope.
    static func run(_ inputs: [SessionInput], on store: any RecordStore) throws -> Bool {
        do {
            var session = try CallSession.start(
                id: "call-1", context: try Fixtures.context(), gates: Fixtures.allowed, store: store, clock: clock)
            for input in inputs { try session.perform(input) }
            return true
        } catch let error as RuntimeError {
            if case .io = error { return false }
            throw error
        } catch let error as SessionError {
            if case .stopped = error { return false }
            throw error
        }
    }

    static func kinds(_ data: DataFolder) throws -> [String] {
        try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload).filter { $0.session == "call-1" }
            .map(\.kind)
    }

    @Test(arguments: [0, 1, 2])
    func everyStopPointKeepsRecordsAndAuditInAgreement(_ which: Int) throws {
        let (name, inputs) = Self.calls[which]
        // A clean run counts the operations and gives the straight call's trail.
        let counting = FaultPlan()
        let straight = try Self.freshFolder()
        #expect(try Self.run(inputs, on: FileRecordStore(straight, ops: .faulty(counting))))
        let straightKinds = try Self.kinds(straight)
        let total = counting.operations
        #expect(total > 10, "\(name): \(total) operations")

        for n in 1...total {
            let data = try Self.freshFolder()
            let plan = FaultPlan(failAt: n, tearWrites: n % 2 == 1)
            let finished = try Self.run(inputs, on: FileRecordStore(data, ops: .faulty(plan)))
            #expect(!finished, "\(name): stop at operation \(n) of \(total) did not stop the call")

            // The next runner: recovery on start, then resume and finish the call.
            let store = FileRecordStore(data)
            _ = try store.prepare()
            var resumedKinds: [String] = []
            if try store.loadSession("call-1") != nil {
                do {
                    var session = try CallSession.resume(
                        id: "call-1", context: try Fixtures.context(), store: store, clock: Self.clock,
                        repairTruncatedLog: true)
                    for input in inputs.dropFirst(session.state.inputs) where !session.state.isEnded {
                        try session.perform(input)
                    }
                    #expect(session.state.isEnded, "\(name) @\(n): the resumed call did not end")
                } catch RuntimeError.sessionEnded {
                    // Stopped after the last step was committed, before its session file: ended.
                }
                resumedKinds = try Self.kinds(data)
                for kind in Set(straightKinds) {
                    let want = straightKinds.filter { $0 == kind }.count
                    let have = resumedKinds.filter { $0 == kind }.count
                    #expect(have >= want, "\(name) @\(n): \(kind) \(have) times, a straight call has \(want)")
                }
            }
            #expect(try AuditVerifier.verify(AuditLog(path: data.auditLog.path)).isIntact, "\(name) @\(n)")
            #expect(try store.journals().isEmpty, "\(name) @\(n): a journal was left")
            let kinds = try Self.kinds(data)
            let consents = try ConsentRegister(path: data.consentRegister.path).records().filter {
                $0.purpose == "email-offers"
            }
            #expect(
                consents.count == kinds.filter { $0 == "consent-recorded" }.count,
                "\(name) @\(n): \(consents.count) consents, audit \(kinds)")
            let objected = try ObjectionList(path: data.objectionList.path).contains("+31612345678")
            #expect(objected == kinds.contains("objection-recorded"), "\(name) @\(n): objection list \(objected)")
            let callbacks = try CallbackList(path: data.callbackList.path).records()
            #expect(callbacks.count == kinds.filter { $0 == "callback-planned" }.count, "\(name) @\(n)")
        }
    }

    @Test func anInterruptedObjectionBlocksTheNumberBeforeRecovery() throws {
        let data = try Self.freshFolder()
        // Count to the checkpoint before the objection list append, then stop there.
        let counting = FaultPlan()
        _ = try Self.run(Self.calls[1].inputs, on: FileRecordStore(Self.freshFolder(), ops: .faulty(counting)))
        var stopAt = 0
        for n in 1...counting.operations {
            let probe = try Self.freshFolder()
            _ = try Self.run(Self.calls[1].inputs, on: FileRecordStore(probe, ops: .faulty(FaultPlan(failAt: n))))
            let journaled = try FileRecordStore(probe).journals().contains { _, step in
                step.records.contains(.objection(phone: "+31612345678"))
            }
            if journaled, try !ObjectionList(path: probe.objectionList.path).contains("+31612345678") {
                stopAt = n
                break
            }
        }
        #expect(stopAt > 0)
        _ = try Self.run(Self.calls[1].inputs, on: FileRecordStore(data, ops: .faulty(FaultPlan(failAt: stopAt))))
        #expect(try !ObjectionList(path: data.objectionList.path).contains("+31612345678"))
        // Another runner's gate check, before anyone recovered: the number is blocked.
        #expect(try FileRecordStore(data).isObjected("06-12345678"))
        let decision = Gates.evaluate(
            machine: Fixtures.winback(), contact: Fixtures.anna, data: data, at: Fixtures.mondayMorning)
        #expect(decision.refusals.map(\.rule) == [Gates.objectionRule])
    }
}
