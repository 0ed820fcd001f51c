import CallscriptTestSupport
import Foundation
import Testing

/// `callscript strings extract` and a call read in the contact's language, end to end.
@Suite struct TranslationCommandTests {
    static var expats: String { RepositoryPaths.examples.appendingPathComponent("expats-energie/overstap.call").path }

    /// Debian's `msgfmt --check` accepts what `strings extract` writes, new or updated.
    @Test func extractWritesAPOFileThatMsgfmtAccepts() throws {
        let w = try RunnerWorkspace()
        let r = try w.callscript([
            "strings", "extract", RunnerWorkspace.winback, "--language", "en", "-o", "winback.en.po",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let po = w.read("winback.en.po")
        #expect(po.contains("msgctxt \"opening.1\"\nmsgid \"Goedemiddag {voornaam}, u spreekt met {agent}"))
        #expect(po.contains("msgctxt \"opening.5/2\"\nmsgid \"Nu niet, later wel\"\nmsgstr \"\""))
        #expect(po.contains("#: ../gedeeld/afsluiting.call:"))
        let check = try ExternalTool.run(
            "msgfmt", ["--check", "-o", "/dev/null", w.folder.appendingPathComponent("winback.en.po").path],
            installHint: "install Debian's gettext (`apt-get install gettext`)")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty, "msgfmt warned: \(check.stderr)")
        // The example's own, filled-in translation passes too.
        let example = try ExternalTool.run(
            "msgfmt",
            [
                "--check", "-o", "/dev/null",
                RepositoryPaths.examples.appendingPathComponent("expats-energie/overstap.en.po").path,
            ],
            installHint: "install Debian's gettext (`apt-get install gettext`)")
        #expect(example.status == 0 && example.stderr.isEmpty, "\(example.stderr)")
    }

    @Test func extractKeepsTranslationsAndMarksChangedTextsFuzzy() throws {
        let w = try RunnerWorkspace()
        let original = try String(
            contentsOf: RepositoryPaths.examples.appendingPathComponent("expats-energie/overstap.en.po"),
            encoding: .utf8)
        // As if the script's text of opening.3 had changed since the translation.
        try w.write(
            "oud.en.po",
            original.replacingOccurrences(
                of: "msgid \"Komt het u nu gelegen? Het duurt een paar minuten.\"", with: "msgid \"Komt het nu uit?\""))
        let r = try w.callscript(["strings", "extract", Self.expats, "--language", "en", "-o", "oud.en.po"])
        #expect(r.status == 0, "\(r.stderr)")
        let po = w.read("oud.en.po")
        #expect(po.contains("Last-Translator: Emma de Vries"))
        #expect(po.contains("msgctxt \"opening.1\"\nmsgid \"Goedemiddag {voornaam}"))
        #expect(po.contains("msgstr \"Good afternoon {voornaam}, this is {agent} from {company}."))
        #expect(
            po.contains(
                "#, fuzzy\nmsgctxt \"opening.3\"\nmsgid \"Komt het u nu gelegen? Het duurt een paar minuten.\"\nmsgstr \"Is this a good moment?"
            ))
        #expect(po.components(separatedBy: "#, fuzzy").count == 2)
    }

    @Test func extractRefusesUsageMistakes() throws {
        let w = try RunnerWorkspace()
        let noLanguage = try w.callscript(["strings", "extract", Self.expats])
        #expect(noLanguage.status == 2 && noLanguage.stderr.contains("--language"))
        let badCode = try w.callscript(["strings", "extract", Self.expats, "--language", "English"])
        #expect(badCode.status == 2 && badCode.stderr.contains("not a language code"))
        let own = try w.callscript(["strings", "extract", Self.expats, "--language", "nl"])
        #expect(own.status == 2 && own.stderr.contains("written in 'nl' already"))
    }

    @Test func theTerminalReadsTheCallInTheContactsLanguage() throws {
        let w = try RunnerWorkspace()
        try w.write(
            "olivia.json",
            """
            {"id": "K-1001", "phone": "06 1234 5678",
             "fields": {"voornaam": "Olivia", "woonplaats": "Amstelveen", "language": "en"}}
            """)
        // The last answer says yes to the opt-out question of the shared closing.
        let answers = "continue\ncontinue\nanswer yes\ncontinue\ncontinue\nanswer 2\nanswer 1\ncontinue\n"
        let r = try w.run(answers: answers, script: Self.expats, contact: "olivia.json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Good afternoon Olivia, this is Jan from Belcentrum Randstad B.V."))
        #expect(r.stdout.contains("New customers in Amstelveen pay no switching costs"))
        #expect(r.stdout.contains("No, thank you"))
        #expect(!r.stdout.contains("Goedemiddag"))
        // The audit trail keeps what was shown, in the language it was read in.
        #expect(w.read("data/audit.jsonl").contains("Good afternoon Olivia"))
        // Without the field, the same script reads in Dutch.
        try w.write(
            "olivia-nl.json",
            """
            {"id": "K-1001", "phone": "06 1234 5678", "fields": {"voornaam": "Olivia", "woonplaats": "Amstelveen"}}
            """)
        let dutch = try w.run(answers: answers, script: Self.expats, contact: "olivia-nl.json")
        #expect(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.contains("Goedemiddag Olivia, u spreekt met Jan"))
    }

    @Test func aCompiledMachineCarriesEveryLanguage() throws {
        let w = try RunnerWorkspace()
        let compiled = try w.callscript(["compile", Self.expats, "-o", "overstap.json"])
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let json = w.read("overstap.json")
        #expect(json.contains("\"formatVersion\" : 2"))
        #expect(json.contains("\"language\" : \"en\""))
        #expect(json.contains("\"path\" : \"overstap.en.po\""))
        try w.write(
            "olivia.json",
            """
            {"id": "K-1001", "phone": "06 1234 5678",
             "fields": {"voornaam": "Olivia", "woonplaats": "Amstelveen", "language": "EN"}}
            """)
        let r = try w.run(
            answers: "continue\ncontinue\nanswer no\nanswer 1\ncontinue\n", script: "overstap.json",
            contact: "olivia.json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("May we call you again in the future?"))
    }
}
