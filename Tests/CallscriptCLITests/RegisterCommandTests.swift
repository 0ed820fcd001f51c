import CallscriptTestSupport
import Foundation
import Testing

/// `callscript register`: the processing register of a folder of campaigns, kept as golden
/// Markdown and JSON (re-record with CALLSCRIPT_RECORD=1 after a deliberate change).
@Suite struct RegisterCommandTests {
    static let folder = RepositoryPaths.root().appendingPathComponent("Tests/CallscriptCLITests/Golden/register")

    @Test(arguments: ["markdown", "json"])
    func goldenRegister(_ format: String) throws {
        let r = try BuiltBinary.run(["register", "campagnes", "--data", "data", "--format", format], in: Self.folder)
        #expect(r.status == 0, "\(r.stderr)")
        let name = format == "json" ? "register.json" : "register.md"
        if let difference = GoldenFile.check(r.stdout, against: Self.folder.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: difference))
        }
        // The capture without a purpose is warned about, with its own code.
        #expect(r.stderr.contains("capture 'aantal_loten' has no purpose [CS0179]"))
    }

    @Test func theJSONIsWhatTheRegisterSays() throws {
        let r = try BuiltBinary.run(["register", "campagnes", "--data", "data", "--format", "json"], in: Self.folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "callscript-register")
        #expect((object["retention"] as? [String: String])?["callbacks"] == "6m")
        let campaigns = try #require(object["campaigns"] as? [[String: Any]])
        let solar = try #require(campaigns.first { $0["campaign"] as? String == "Zonnepanelen schouw 2027" })
        let captures = try #require(solar["captures"] as? [[String: Any]])
        let moment = try #require(captures.first { $0["name"] as? String == "schouwmoment" })
        #expect(moment["purpose"] as? String == "de schouw op het afgesproken moment inplannen")
        let kept = (moment["storedIn"] as? [[String: Any]])?.compactMap { $0["kept"] as? String }
        #expect(kept == ["1y", "90d", "6m"])
        let lottery = try #require(campaigns.first { $0["campaign"] as? String == "Loterij verlenging 2027" })
        #expect(lottery["missingPurposes"] as? [String] == ["aantal_loten"])
        #expect(lottery["basis"] as? String == "customer relationship (12 months)")
    }

    @Test func withoutADataFolderTheDefaultsApply() throws {
        let r = try BuiltBinary.run(["register", "campagnes"], in: Self.folder)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Retention periods: the defaults"))
        #expect(r.stdout.contains("| answers | 3y |"))
    }

    @Test func everyExampleCaptureHasAPurpose() throws {
        let r = try BuiltBinary.run(
            ["register", "Examples", "--exclude", "Examples/noncompliant", "--format", "json"],
            in: RepositoryPaths.root())
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let campaigns = try #require(object["campaigns"] as? [[String: Any]])
        #expect(campaigns.count >= 5)
        // The Dutch policies require a purpose on every capture (CS0179).
        for campaign in campaigns where (campaign["policy"] as? String)?.hasPrefix("nl") == true {
            #expect(campaign["missingPurposes"] as? [String] == [], "\(campaign["file"] ?? "")")
        }
        let expats = campaigns.first { $0["file"] as? String == "Examples/expats-energie/overstap.call" }
        #expect(expats?["translations"] as? [String] == ["en"])
    }

    @Test func badInputIsAClearError() throws {
        let none = try BuiltBinary.run(["register"], in: Self.folder)
        #expect(none.status == 2)
        let badData = try BuiltBinary.run(["register", "campagnes", "--data", "campagnes/loterij"], in: Self.folder)
        #expect(badData.status == 0, "a folder without settings.json means the defaults")
        let missing = try BuiltBinary.run(["register", "nergens"], in: Self.folder)
        #expect(missing.status == 2)
    }
}
