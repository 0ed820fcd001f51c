import CallscriptMachine
import CallscriptRuntime
import CallscriptService
import CallscriptTestSupport
import Foundation
import Testing

/// The floor reads a call in the contact's language: the desktop shows the screen it gets and
/// sets the page's `lang` from the call's `language`.
@Suite struct TranslatedCallTests {
    static let campaign = "expats-energie/overstap"

    private func floor() throws -> CallFloor {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-service-\(UUID().uuidString)")
        let scripts = RepositoryPaths.examples.path
        let catalog = CampaignCatalog.load(
            scripts: [scripts + "/expats-energie/overstap.call"], root: scripts,
            on: CalendarDate(year: 2026, month: 11, day: 16))
        guard catalog.campaigns[Self.campaign] != nil else {
            throw ServiceFixture.Failure(description: "the expats campaign is not served: \(catalog.refused)")
        }
        let store = FileRecordStore(DataFolder(root: folder))
        try store.markAsPractice()
        _ = try store.prepare()
        let consent = """
            {"agent":"webformulier","company":"Belcentrum Randstad B.V.","name":"Olivia Hughes","person":"K-3001","phone":"+31612345678","purpose":"telemarketing","script":"","source":"webformulier groenwijk.example/en","status":"given","subject":"energy offers from Groenwijk Energie","time":"2026-10-02T09:15:02Z","validUntil":"2027-10-02","verifiedAt":"2026-10-02T09:19:02Z","verifiedBy":"e-mail (confirmation link)"}

            """
        try Data(consent.utf8).write(to: folder.appendingPathComponent("consents.jsonl"))
        return CallFloor(catalog: catalog, store: store, clock: .practice(at: ServiceFixture.monday10))
    }

    private func contact(_ language: String?) -> Contact {
        var fields = ["voornaam": "Olivia", "woonplaats": "Amstelveen"]
        fields["language"] = language
        return Contact(id: "K-3001", phone: "+31612345678", fields: fields)
    }

    @Test func anEnglishContactGetsTheEnglishScreen() throws {
        let call = try floor().start(campaign: Self.campaign, contact: contact("en"), agent: "jan")
        #expect(call.language == "en")
        #expect(call.screen.text?.hasPrefix("Good afternoon Olivia, this is jan from Belcentrum Randstad B.V.") == true)
    }

    @Test func otherContactsGetTheScriptsLanguage() throws {
        let f = try floor()
        let dutch = try f.start(campaign: Self.campaign, contact: contact(nil), agent: "jan")
        #expect(dutch.language == "nl")
        #expect(dutch.screen.text?.hasPrefix("Goedemiddag Olivia") == true)
    }

    @Test func anUntranslatedLanguageFallsBack() throws {
        let call = try floor().start(campaign: Self.campaign, contact: contact("tr"), agent: "jan")
        #expect(call.language == "nl")
        #expect(call.screen.text?.hasPrefix("Goedemiddag Olivia") == true)
    }
}
