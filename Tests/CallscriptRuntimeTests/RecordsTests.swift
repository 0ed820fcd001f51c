import CallscriptMachine
import Dispatch
import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct RecordsTests {
    @Test func twoWritersAtOnceLoseNothing() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        let perWriter = 150
        let failures = Failures()
        // Each append opens its own descriptor, so the flock between these threads is the same
        // lock two runner processes would take.
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let objections = ObjectionList(path: data.objectionList.path)
            let consents = ConsentRegister(path: data.consentRegister.path)
            let audit = AuditLog(path: data.auditLog.path)
            for i in 0..<perWriter {
                do {
                    try objections.append("+3161\(writer)\(String(format: "%06d", i))")
                    try consents.append(
                        ConsentRecord(
                            person: "K-\(writer)-\(i)", phone: "+31600000000", company: "Zonnig",
                            purpose: "telemarketing", time: "t", script: "d", agent: "agent-\(writer)",
                            verifiedBy: "sms", verifiedAt: "t"))
                    try audit.append(
                        AuditPayload(
                            kind: "event", time: "t", agent: "agent-\(writer)", contact: "K-\(i)", script: "d",
                            session: "s\(writer)"))
                } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty)
        #expect(try ObjectionList(path: data.objectionList.path).numbers().count == 2 * perWriter)
        #expect(try ConsentRegister(path: data.consentRegister.path).records().count == 2 * perWriter)
        let report = try AuditVerifier.verify(AuditLog(path: data.auditLog.path))
        #expect(report.isIntact, "\(report)")
        #expect(report.entries == 2 * perWriter)
    }

    @Test func appendAfterACrashedHalfLineKeepsRecordsApart() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try Data("+316111".utf8).write(to: data.objectionList) // a writer died mid-line
        let list = ObjectionList(path: data.objectionList.path)
        try list.append("+31612345678")
        #expect(try list.contains("06 1234 5678"))
        #expect(
            try String(contentsOf: data.objectionList, encoding: .utf8)
                == "+316111 # cut off: never confirmed\n+31612345678\n")
    }

    @Test func damagedConsentLineFailsClosed() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try Data("{not json}\n{\"also\": 1}\n".utf8).write(to: data.consentRegister)
        #expect(throws: RuntimeError.self) { try ConsentRegister(path: data.consentRegister.path).records() }
        let decision = Gates.evaluate(
            machine: Fixtures.winback(), contact: Fixtures.anna, data: data, at: Fixtures.mondayMorning)
        #expect(decision.refusals.map(\.rule) == ["NL-GATE-BASIS"])
    }

    @Test func unwritableDataFolderIsAClearErrorBeforeTheCall() throws {
        let data = Fixtures.dataFolder()
        try FileManager.default.createDirectory(
            at: data.root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: data.root)
        #expect(throws: RuntimeError.dataFolder(path: data.root.path, reason: "it is a file, not a folder")) {
            try data.prepare()
        }
        let context = try Fixtures.context()
        #expect(throws: RuntimeError.self) {
            try CallSession.start(
                id: "s", context: context, gates: Fixtures.allowed, data: data, clock: .fixed(Fixtures.mondayMorning))
        }
    }

    @Test func fullDiskStopsSafelyBeforeMovingOn() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        var data = Fixtures.dataFolder()
        let context = try Fixtures.context()
        var session = try CallSession.start(
            id: "s-full", context: context, gates: Fixtures.allowed, data: data, clock: .fixed(Fixtures.mondayMorning))
        data.objectionList = URL(fileURLWithPath: "/dev/full")
        session = CallSession(
            id: session.id, context: context, store: FileRecordStore(data), gatePolicy: .netherlands,
            clock: session.clock, state: session.state, lease: nil)
        #expect(throws: SessionError.self) { try session.raise(.objection) }
        #expect(session.phase == .showingLine(state: "intro.1"))
        let kinds = try AuditLog(path: data.auditLog.path).read().entries.compactMap(\.payload?.kind)
        #expect(!kinds.contains("event"))
    }

    @Test func contactFilesAreCheckedAgainstTheScript() throws {
        let good = Data(
            #"{"id": "K-7", "phone": "06-1234 5678", "fields": {"first_name": "Piet", "customer_since": "2020-01-31", "age": 41, "vip": true}, "contract_end": "2025-12-31"}"#
                .utf8)
        let contact = try Contact.decode(good, file: "k7.json")
        #expect(contact.phone == "+31612345678" && contact.fields["age"] == "41" && contact.fields["vip"] == "yes")
        #expect(contact.contractEnd == CalendarDate(year: 2025, month: 12, day: 31))
        let loaded = try Fixtures.loaded()
        #expect(try contact.values(for: loaded.machine).count == 2)

        let missing = try Contact.decode(
            Data(#"{"id": "K-8", "phone": "+31612345678", "fields": {"first_name": "Els"}}"#.utf8), file: "k8.json")
        #expect(
            throws: RuntimeError.contactFields(
                file: "k8.json", contact: "K-8", problems: [.missing(field: "customer_since", type: "date")])
        ) {
            try missing.values(for: loaded.machine, file: "k8.json")
        }
        #expect(throws: RuntimeError.badContact(file: "k9.json", .invalidPhone(contact: "K-9", phone: "12"))) {
            try Contact.decode(Data(#"{"id": "K-9", "phone": "12"}"#.utf8), file: "k9.json")
        }
        #expect(throws: RuntimeError.badContact(file: "k.json", .notAnObject)) {
            try Contact.decode(Data(#"[1, 2]"#.utf8), file: "k.json")
        }
    }
}

/// Collects failures from concurrent writers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}
