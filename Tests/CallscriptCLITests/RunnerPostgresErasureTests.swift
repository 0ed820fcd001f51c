import CallscriptPostgres
import CallscriptPostgresStore
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// The keyed audit trail, erasure and export on the PostgreSQL store, through the CLI as an
/// officer uses them: sealed calls verify with the key, an erased person leaves nothing in any
/// table (nor, once vacuumed, in the tables' files) but the objection, and others' data stays.
@Suite struct RunnerPostgresErasureTests {
    @Test func sealedCallsVerifyAndErasureLeavesNothingOfThePerson() throws {
        let w = try RunnerWorkspace()
        let (url, store) = try RunnerPostgresStoreTests.store(
            "erase", consents: [("K-1001", "+31612345678"), ("K-2002", "+31687654321")])
        try w.write(
            "piet.json",
            """
            {"id": "K-2002", "phone": "06-8765 4321",
             "fields": {"voornaam": "Piet", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 2800, "zonnepanelen": false}}
            """)
        #expect(try w.callscript(["audit", "keygen", "audit.key"]).status == 0)
        let key = ["--audit-key", "audit.key"]
        for (contact, answers) in [
            ("anna.json", RunnerWorkspace.fullCall),
            (
                "piet.json",
                RunnerWorkspace.fullCall.replacingOccurrences(of: "anna@voorbeeld.nl", with: "piet@voorbeeld.nl")
            ),
            ("anna.json", "continue\nevent objection\ncontinue\ncontinue\n"),
        ] {
            let call = try RunnerPostgresStoreTests.run(w, url, contact: contact, answers: answers, key)
            #expect(call.status == 0, "\(call.stdout)\(call.stderr)")
        }
        // Every call ended with a checkpoint; the keyed verification finds nothing unsealed.
        let kinds = try store.auditContents().entries.compactMap(\.payload?.kind)
        #expect(kinds.filter { $0 == "checkpoint" }.count == 3)
        let sealed = try w.callscript(["audit", "verify", "--store", url, "--key", "audit.key"])
        #expect(sealed.status == 0, "\(sealed.stdout)\(sealed.stderr)")
        let anchor = try w.callscript(["audit", "anchor", "--store", url, "--key", "audit.key"])
        #expect(anchor.status == 0, "\(anchor.stderr)")

        let export = try w.callscript(["export", "--contact", "K-1001", "--store", url])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("anna@voorbeeld.nl"))
        #expect(export.stdout.contains("\"objections\" : [\n    \"+31612345678\"\n  ]"), "\(export.stdout)")
        #expect(!export.stdout.contains("piet@voorbeeld.nl"))

        let erase = try w.callscript(["erase", "--contact", "K-1001", "--store", url, "--audit-key", "audit.key"])
        #expect(erase.status == 0, "\(erase.stdout)\(erase.stderr)")
        #expect(erase.stdout.contains("erased contact 'K-1001'"), "\(erase.stdout)")
        let after = try w.callscript([
            "audit", "verify", "--store", url, "--key", "audit.key", "--anchor", anchor.stdout,
        ])
        #expect(after.status == 0, "\(after.stdout)\(after.stderr)")

        // Nothing of Anna in any table but her number on the objection list.
        let admin = try PostgresConnection(url)
        for table in ["audit", "consents", "callbacks", "sessions", "settings", "audit_head"] {
            let text =
                try admin.execute("SELECT coalesce(string_agg(t::text, ' '), '') FROM \(table) t").rows.first?.first
                .flatMap { $0 } ?? ""
            for trace in ["Anna", "anna@voorbeeld.nl", "612345678"] {
                #expect(!text.contains(trace), "'\(trace)' is still in table \(table)")
            }
        }
        // Of her entries only the record that the erasure happened still names her.
        let named = try admin.execute(
            "SELECT payload::json->>'kind' FROM audit WHERE payload::json->>'contact' = 'K-1001'"
        ).rows
        #expect(named == [["erasure"]], "\(named)")
        #expect(try store.isObjected("06 1234 5678"), "the objection is kept to keep honouring it")
        let piet = try admin.execute("SELECT count(*) FROM audit WHERE payload LIKE '%piet@voorbeeld.nl%'")
        #expect(piet.rows != [["0"]], "another person's records stay")
        #expect(
            try store.hasConsent(
                person: "K-2002", phone: "0687654321", company: "Belcentrum Randstad B.V.", purpose: "telemarketing"))

        // Once vacuumed and checkpointed, the tables' files on disk hold no old row version of hers.
        try admin.execute("CHECKPOINT")
        let folder = try admin.execute("SHOW data_directory").rows.first?.first.flatMap { $0 } ?? ""
        guard FileManager.default.isReadableFile(atPath: folder) else { return }
        for table in ["audit", "consents", "callbacks", "sessions"] {
            let files = try admin.execute(
                """
                SELECT pg_relation_filepath(c.oid) FROM pg_class c
                WHERE c.oid = $1::regclass OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = $1::regclass)
                """, [table]
            ).rows.compactMap { $0.first ?? nil }
            for file in files {
                let bytes = FileManager.default.contents(atPath: folder + "/" + file) ?? Data()
                #expect(bytes.range(of: Data("anna@voorbeeld.nl".utf8)) == nil, "\(table) (\(file)) still holds it")
            }
        }
    }
}
