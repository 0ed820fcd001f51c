import CallscriptTestSupport
import Foundation
import Testing

/// `callscript erase` and `callscript export` on a data folder written by real calls: after
/// erasure nothing of the person is left in any file but their number on the objection list.
@Suite struct EraseCommandTests {
    /// Anna's calls: the full call with e-mail and consent, a callback agreed, a complaint, an
    /// interrupted call, left-over temporary files, and last her objection; and Bram's call,
    /// which must survive her erasure. Every call ends sealed with the audit key.
    func annaAndBram() throws -> RunnerWorkspace {
        let w = try RunnerWorkspace()
        _ = try w.callscript(["audit", "keygen", "audit.key"])
        try w.write(
            "bram.json",
            """
            {"id": "K-2002", "phone": "+31687654321",
             "fields": {"voornaam": "Bram", "klant_tot": "2025-01-15", "jaarverbruik_kwh": 1800, "zonnepanelen": false}}
            """)
        try w.write(
            "data/consents.jsonl",
            w.read("data/consents.jsonl")
                + #"{"agent":"import","company":"Belcentrum Randstad B.V.","person":"K-2002","phone":"+31687654321","purpose":"telemarketing","script":"import","status":"given","time":"2026-01-05T09:00:00Z","validUntil":"2027-01-05","verifiedAt":"2026-01-05T09:00:00Z","verifiedBy":"sms"}"#
                + "\n")
        let key = ["--audit-key", "audit.key"]
        let calls = [
            RunnerWorkspace.fullCall,
            "continue\ncontinue\nanswer later\ncapture 2026-12-02T14:30\ncontinue\ncontinue\n",
            "continue\nevent complaint\ncapture Mijn klacht: u belt elke week op zondag\ncontinue\ncontinue\ncontinue\n",
            "continue\ncontinue\nanswer yes\ncontinue\ncontinue\ncapture hoog\ncapture anna.jansen@voorbeeld.nl\nsuspend\n",
        ]
        for answers in calls {
            let r = try w.run(answers: answers, key)
            #expect(r.status == 0, "\(answers)\n\(r.stdout)\n\(r.stderr)")
        }
        let bram = try w.run(answers: "continue\ncontinue\nanswer no\ncontinue\ncontinue\n", contact: "bram.json", key)
        #expect(bram.status == 0, "\(bram.stdout)\n\(bram.stderr)")
        let objection = try w.run(answers: "continue\nevent objection\ncontinue\ncontinue\n", key)
        #expect(objection.status == 0, "\(objection.stdout)\n\(objection.stderr)")
        let session = try #require(w.sessionFiles().first { w.read("data/sessions/\($0)").contains("anna.jansen") })
        // What a crash while saving leaves: a half-written session of a runner that is gone.
        let partial = w.read("data/sessions/\(session)")
        try w.write("data/sessions/\(session).tmp-999999", String(partial.prefix(partial.count * 2 / 3)))
        try w.write("data/consents.jsonl.tmp-999998", w.read("data/consents.jsonl"))
        // A lookup index beside the register holds keys of its records.
        try w.write("data/consents.idx", "index of +31612345678 K-1001")
        return w
    }

    /// Every spelling of Anna's data that must be gone.
    static let annasData = [
        "Anna", "anna@voorbeeld.nl", "anna.jansen@voorbeeld.nl", "612345678", "06 1234 5678", "0612345678",
        "Ja, dat mag", "Nu niet, later wel", "\"hoog\"", "2026-12-02T14:30", "14:30", "Mijn klacht", "zondag",
    ]

    /// Every regular file under the data folder, with its text.
    func files(_ w: RunnerWorkspace) -> [(String, String)] {
        let root = w.data.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var out: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = root + "/" + name
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            out.append((name, String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)))
        }
        return out
    }

    @Test func erasureLeavesNothingOfThePersonButTheObjection() throws {
        let w = try annaAndBram()
        let before = files(w)
        for needle in ["Anna", "anna@voorbeeld.nl", "anna.jansen@voorbeeld.nl", "Mijn klacht", "2026-12-02T14:30"] {
            #expect(before.contains { $0.1.contains(needle) }, "the calls should have written '\(needle)'")
        }
        let r = try w.callscript(["erase", "--contact", "K-1001", "--data", "data", "--audit-key", "audit.key"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("erased contact 'K-1001': "))
        #expect(r.stdout.contains("2 temporary files, 2 consents, 1 callback"))
        for (name, text) in files(w) {
            for needle in Self.annasData {
                if name == "objections.txt", needle == "612345678" { continue }
                #expect(!text.contains(needle), "\(name) still holds '\(needle)'")
            }
        }
        #expect(w.read("data/objections.txt").contains("+31612345678"))
        #expect(w.read("data/audit.jsonl").contains("Bram"))
        #expect(w.read("data/consents.jsonl").contains("K-2002"))
        #expect(w.auditKinds().suffix(2) == ["erasure", "checkpoint"])
        let verify = try w.callscript(["audit", "verify", "--key", "audit.key", "data/audit.jsonl"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("redacted verified; sealed by the key through entry"))
        // The objection is still honoured: a new call to Anna is refused.
        let again = try w.run(answers: RunnerWorkspace.fullCall, ["--audit-key", "audit.key"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("objection"))
    }

    @Test func aFileTheEraserDoesNotKnowIsNamed() throws {
        let w = try annaAndBram()
        try FileManager.default.createDirectory(
            at: w.data.appendingPathComponent("notities"), withIntermediateDirectories: true)
        try w.write("data/notities/K-1001.txt", "Anna wil alleen 's avonds gebeld worden")
        let r = try w.callscript(["erase", "--contact", "K-1001", "--data", "data", "--audit-key", "audit.key"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("notities/K-1001.txt: warning: not a record file the eraser knows; check it by hand"))
        #expect(!FileManager.default.fileExists(atPath: w.data.appendingPathComponent("consents.idx").path))
    }

    @Test func exportGivesThePersonsDataAsJSON() throws {
        let w = try annaAndBram()
        let r = try w.callscript(["export", "--contact", "K-1001", "--data", "data"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["contact"] as? String == "K-1001")
        #expect(json["objections"] as? [String] == ["+31612345678"])
        #expect((json["consents"] as? [Any])?.count == 2)
        #expect((json["callbacks"] as? [Any])?.count == 1)
        #expect((json["sessions"] as? [Any])?.isEmpty == false)
        #expect(r.stdout.contains("anna@voorbeeld.nl") && r.stdout.contains("Mijn klacht"))
        #expect(!r.stdout.contains("Bram") && !r.stdout.contains("\"salt\""))
        _ = try w.callscript(["erase", "--contact", "K-1001", "--data", "data", "--audit-key", "audit.key"])
        let after = try w.callscript(["export", "--contact", "K-1001", "--data", "data"])
        #expect(!after.stdout.contains("anna@voorbeeld.nl"))
        #expect(
            after.stdout.contains("\"audit\" : [\n\n  ]") || after.stdout.contains("\"audit\" : [ ]")
                || after.stdout.contains("\"audit\" : []"))
    }

    @Test func erasureNeedsTheKeyAndAVerifiedLog() throws {
        let w = try annaAndBram()
        let noKey = try w.callscript(["erase", "--contact", "K-1001", "--data", "data"])
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("erase needs the audit key"))
        var lines = w.read("data/audit.jsonl").split(separator: "\n").map(String.init)
        lines.remove(at: 3)
        try w.write("data/audit.jsonl", lines.joined(separator: "\n") + "\n")
        let before = files(w).map(\.1)
        let broken = try w.callscript(["erase", "--contact", "K-1001", "--data", "data", "--audit-key", "audit.key"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("audit log does not verify"))
        #expect(files(w).map(\.1) == before)
        #expect(try w.callscript(["erase", "--data", "data"]).status == 2)
        #expect(
            try w.callscript(["audit", "redact", "--contact", "K-1001", "data/audit.jsonl"]).stderr.contains(
                "replaced by `callscript erase --contact ID --data DIR`"))
    }

    @Test func retentionErasesWhatIsPastItsPeriod() throws {
        let w = try annaAndBram()
        // The import consents are from January; everything else was written just now.
        try w.write("data/settings.json", #"{"retention": {"consents": "30d", "answers": "3y"}}"#)
        let r = try w.callscript(["erase", "--older-than", "--data", "data", "--audit-key", "audit.key"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.contains(
                "0 audit entries (now sealed markers), 0 sessions, 2 temporary files, 2 consents, 0 callbacks"))
        #expect(!w.read("data/consents.jsonl").contains("\"import\""))
        #expect(w.read("data/consents.jsonl").contains("e-mail over energieaanbiedingen"))
        // A period on the command line must be a real one within the customer term.
        #expect(
            try w.callscript(["erase", "--older-than", "0d", "--data", "data", "--audit-key", "audit.key"]).status == 2)
        #expect(
            try w.callscript(["erase", "--older-than", "4y", "--data", "data", "--audit-key", "audit.key"]).status == 2)
        try w.write("data/settings.json", #"{"retention": {"audit": "5y"}}"#)
        let tooLong = try w.callscript(["erase", "--older-than", "--data", "data", "--audit-key", "audit.key"])
        #expect(tooLong.status == 2)
        #expect(tooLong.stderr.contains("'retention.audit' is 5y, longer than the 3-year customer term"))
        #expect(try w.callscript(["audit", "verify", "--key", "audit.key", "data/audit.jsonl"]).status == 0)
    }
}
