import CallscriptRuntime
import CallscriptService
import Foundation
import Testing

/// The officer's page's API: find, export and erase a person, with the guarantees of
/// `callscript erase` (nothing of theirs left in any file) and every action in the audit.
@Suite struct OfficerAPITests {
    /// Els takes a call, gives her e-mail address and files a complaint.
    func callWithPersonalData(_ f: ServiceFixture) throws -> String {
        let call = try f.start(as: "jan")
        for input in [
            #"{"type": "continue"}"#, #"{"type": "continue"}"#, #"{"type": "answer", "answer": 1}"#,
            #"{"type": "capture", "value": "Verhuisd naar Amersfoort"}"#,
            #"{"type": "event", "event": "complaint"}"#,
            #"{"type": "capture", "value": "De bezorger gooit de krant in de heg"}"#,
        ] {
            let r = f.input(call, as: "jan", input)
            guard r.status == 200 else { throw ServiceFixture.Failure(description: "\(input): \(r.status) \(r.raw)") }
        }
        return call
    }

    @Test func onlyOfficersLookUpExportAndErase() throws {
        let f = try ServiceFixture()
        _ = try callWithPersonalData(f)
        for user in ["jan", "sanne"] {
            #expect(f.send("GET", "/v1/contacts/K-2001", as: user).status == 403)
            #expect(f.send("GET", "/v1/contacts/K-2001/export", as: user).status == 403)
            #expect(
                f.send("POST", "/v1/contacts/K-2001/erase", as: user, json: #"{"confirm": "K-2001"}"#).status == 403)
        }
    }

    @Test func findByNumberInAnySpellingAndExport() throws {
        let f = try ServiceFixture()
        let call = try callWithPersonalData(f)
        let found = f.send("GET", "/v1/contacts?phone=06-12345679", as: "olga")
        #expect(found.status == 200, "\(found.raw)")
        let contacts = found.json["contacts"] as? [[String: Any]] ?? []
        #expect(contacts.map { $0["id"] as? String } == ["K-2001"])
        let calls = contacts.first?["calls"] as? [[String: Any]] ?? []
        #expect(calls.map { $0["id"] as? String } == [call])
        let export = f.send("GET", "/v1/contacts/K-2001/export", as: "olga")
        #expect(export.status == 200)
        #expect(export.raw.contains("Verhuisd naar Amersfoort"))
        #expect(export.raw.contains("De bezorger gooit de krant in de heg"))
        let audit = try f.store.auditContents().entries.compactMap(\.payload)
        #expect(audit.contains { $0.kind == "export" && $0.agent == "olga" && $0.contact == "K-2001" })
        #expect(f.send("GET", "/v1/contacts/K-404", as: "olga").status == 404)
    }

    @Test func erasureLeavesNothingOfThePersonInAnyFile() throws {
        let f = try ServiceFixture()
        let call = try callWithPersonalData(f)
        #expect(f.send("POST", "/v1/contacts/K-2001/erase", as: "olga", json: #"{"confirm": "K-2001"}"#).status == 409)
        _ = f.input(call, as: "jan", #"{"type": "event", "event": "hang-up"}"#)
        #expect(f.send("POST", "/v1/contacts/K-2001/erase", as: "olga", json: #"{"confirm": "K-2002"}"#).status == 422)
        let erased = f.send("POST", "/v1/contacts/K-2001/erase", as: "olga", json: #"{"confirm": "K-2001"}"#)
        #expect(erased.status == 200, "\(erased.raw)")
        #expect(erased.json["erased"] as? Bool == true)

        let personal = [
            "Els", "Verhuisd naar Amersfoort", "De bezorger gooit de krant in de heg", "612345679", "12345679",
        ]
        let walker = FileManager.default.enumerator(at: f.folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let bytes = FileManager.default.contents(atPath: url.path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            for needle in personal {
                #expect(!text.contains(needle), "\(url.lastPathComponent) still holds '\(needle)'")
            }
        }
        let report = AuditVerifier.verify(try f.store.auditContents(), key: f.key)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let audit = try f.store.auditContents().entries.compactMap(\.payload)
        #expect(audit.contains { $0.kind == "erasure" && $0.agent == "olga" })
    }
}
