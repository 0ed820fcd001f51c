import Foundation
import Testing

@testable import CallscriptRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// The parts of `erase --contact` that a CLI test does not isolate.
@Suite struct DataEraserTests {
    let key = AuditKey(bytes: Array("sleutel-van-de-compliance-office".utf8))

    @Test func temporaryFilesGoWhenTheyAreTheirsOrTheirWriterIsGone() throws {
        let call = try RecordedCall(key: key)
        let sessions = call.data.sessions
        let live = "\(getpid())"
        let files = [
            ("other.json.tmp-\(live)", "{\"contact\" : \"K-2002\"", true),
            ("annas.json.tmp-\(live)", "{\"captures\" : {}, \"contact\" : \"K-1001\"", false),
            ("gone.json.tmp-999999", "{\"captures\" : {\"email\" : \"anna@voorbeeld.nl\"", false),
        ]
        for (name, text, _) in files {
            try Data(text.utf8).write(to: sessions.appendingPathComponent(name))
        }
        let report = try DataEraser.erase(contact: "K-1001", data: call.data, key: key, agent: "Fatima")
        #expect(report.temporaryFiles == 2)
        #expect(report.sessions == 1)
        for (name, _, kept) in files {
            #expect(
                FileManager.default.fileExists(atPath: sessions.appendingPathComponent(name).path) == kept, "\(name)")
        }
        #expect(report.unexamined.isEmpty, "\(report.unexamined)")
    }

    @Test func aSharedNumberTakesTheConsentsOfThatNumberToo() throws {
        let call = try RecordedCall(key: key)
        let register = ConsentRegister(path: call.data.consentRegister.path)
        let phone = call.session.context.contact.phone
        try register.append(
            ConsentRecord(
                person: "K-7007", phone: phone, company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-03-01T09:00:00Z", script: "import", agent: "import", verifiedBy: "sms",
                verifiedAt: "2026-03-01T09:00:00Z"))
        try register.append(
            ConsentRecord(
                person: "K-2002", phone: "+31687654321", company: "Zonnig Energie B.V.", purpose: "telemarketing",
                time: "2026-03-01T09:00:00Z", script: "import", agent: "import", verifiedBy: "sms",
                verifiedAt: "2026-03-01T09:00:00Z"))
        let report = try DataEraser.erase(contact: "K-1001", data: call.data, key: key, agent: "Fatima")
        #expect(report.consents == 2)
        #expect(try register.records().map(\.person) == ["K-2002"])
    }

    @Test func anEmptyContactIDIsRefused() throws {
        let call = try RecordedCall(key: key)
        #expect(throws: RuntimeError.self) {
            try DataEraser.erase(contact: " ", data: call.data, key: key, agent: "Fatima")
        }
        #expect(!call.lines.contains { $0.contains("\"kind\":\"erasure\"") })
    }
}
