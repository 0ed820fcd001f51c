import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import Foundation
import Testing

/// Translation files beside the script: extracted, checked line by line, carried in the machine.
@Suite struct TranslationTests {
    let script =
        standardHeader + """
            contact voornaam: text
            start intro
            step intro {
              say "Goedemiddag {voornaam}, u spreekt met {agent}."
              ask "Mag ik u iets vragen?" {
                "Ja" -> slot
                "Nee" -> slot
              }
            }
            step slot {
              say "Tot ziens, {voornaam}."
              end
            }
            """

    let english: [String: String] = [
        "intro.1": "Good afternoon {voornaam}, this is {agent}.",
        "intro.2": "May I ask you something?",
        "intro.2/1": "Yes",
        "intro.2/2": "No",
        "slot.1": "Goodbye, {voornaam}.",
    ]

    /// The extracted PO file with `translations` filled in.
    private func po(_ translations: [String: String], language: String = "en") throws -> String {
        let machine = try #require(compileText(script).machine)
        var out: [String] = []
        var context: String?
        for line in StringsCatalog.po(for: machine, language: language).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            if line.hasPrefix("msgctxt \"") { context = String(line.dropFirst(9).dropLast()) }
            if line == "msgstr \"\"", let id = context, let text = translations[id] {
                out.append("msgstr \"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"")
                context = nil
                continue
            }
            out.append(String(line))
        }
        return out.joined(separator: "\n")
    }

    private func compile(_ files: [String: String]) -> CompileResult { compileText(script, files: files) }

    private func errors(_ result: CompileResult) -> [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }

    @Test func aCompleteTranslationIsCarried() throws {
        let result = compile(["main.en.po": try po(english)])
        #expect(errors(result).isEmpty, "\(result.diagnostics.map(\.message))")
        let machine = try #require(result.machine)
        #expect(machine.formatVersion == 2)
        #expect(machine.translations?.map(\.language) == ["en"])
        #expect(machine.translation("en")?.lines == english)
        #expect(machine.sources.map(\.path) == ["main.call", "main.en.po"])
        #expect(result.sources["main.en.po"] != nil)
    }

    @Test func withoutTranslationsTheMachineIsVersionOne() throws {
        let machine = try #require(compileText(script).machine)
        #expect(machine.formatVersion == 1)
        #expect(machine.translations == nil)
        #expect(!String(decoding: CanonicalJSON.bytes(machine), as: UTF8.self).contains("translations"))
    }

    @Test func lineIDsFollowStateIDs() throws {
        let machine = try #require(compileText(script).machine)
        #expect(SpokenLines.of(machine).map(\.id) == ["intro.1", "intro.2", "intro.2/1", "intro.2/2", "slot.1"])
    }

    @Test func aMissingLinePointsIntoThePOFile() throws {
        var partial = english
        partial["slot.1"] = nil
        let text = try po(partial).replacingOccurrences(of: "msgctxt \"slot.1\"", with: "msgctxt \"slot.1\"")
        let result = compile(["main.en.po": text])
        let found = try #require(errors(result).first)
        #expect(found.code == "CS0261")
        #expect(found.message == "line 'slot.1' has no translation")
        #expect(found.range.file == "main.en.po")
        #expect(result.sources["main.en.po"]?.lineText(found.range.start.line) == "msgstr \"\"")
        #expect(found.related.first?.range.file == "main.call")
        #expect(result.machine == nil)
    }

    @Test func anEntryLeftOutIsMissingToo() throws {
        let text = try po(english)
        let cut = text.components(separatedBy: "\n\n").filter { !$0.contains("msgctxt \"intro.2/2\"") }.joined(
            separator: "\n\n")
        let found = errors(compile(["main.en.po": cut]))
        #expect(found.map(\.code) == ["CS0261"])
        #expect(found.first?.message == "line 'intro.2/2' is not translated into 'en'")
        #expect(found.first?.range.file == "main.en.po")
    }

    @Test(arguments: [
        ("Good afternoon, this is {agent}.", "lacks {voornaam}"),
        ("Good afternoon {naam}, this is {agent}.", "has {naam} instead of {voornaam}"),
        ("Good afternoon {voornaam} {voornaam}, this is {agent}.", "a different number of times"),
        ("Good afternoon {voornaam, this is {agent}.", "has a lone '{'"),
        ("Good afternoon {voornaam}, this is {agent} {company}.", "has {company}, which the script's text does not"),
    ])
    func placeholdersMustBeTheSame(_ translation: String, _ problem: String) throws {
        var changed = english
        changed["intro.1"] = translation
        let result = compile(["main.en.po": try po(changed)])
        let found = try #require(errors(result).first)
        #expect(found.code == "CS0262")
        #expect(found.message.contains(problem), "\(found.message)")
        #expect(result.sources["main.en.po"]?.lineText(found.range.start.line).hasPrefix("msgstr ") == true)
    }

    @Test func literalBracesAreNotPlaceholders() throws {
        var changed = english
        changed["intro.2"] = "May I ask you something {{briefly}}?"
        #expect(errors(compile(["main.en.po": try po(changed)])).isEmpty)
    }

    @Test func nothingExtra() throws {
        let text = try po(english) + "\nmsgctxt \"slot.2\"\nmsgid \"Doei\"\nmsgstr \"Bye\"\n"
        let found = try #require(errors(compile(["main.en.po": text])).first)
        #expect(found.code == "CS0263")
        #expect(found.message == "the script has no line 'slot.2'")
        #expect(found.help == "did you mean 'slot.1'? Otherwise remove the entry")
        let twice =
            try po(english) + "\nmsgctxt \"slot.1\"\nmsgid \"Tot ziens, {voornaam}.\"\nmsgstr \"Bye {voornaam}\"\n"
        #expect(errors(compile(["main.en.po": twice])).map(\.message) == ["line 'slot.1' is translated twice"])
    }

    @Test func aChangedScriptTextMakesTheTranslationOutdated() throws {
        let text = try po(english).replacingOccurrences(
            of: "msgid \"Tot ziens, {voornaam}.\"", with: "msgid \"Dag {voornaam}.\"")
        let found = try #require(errors(compile(["main.en.po": text])).first)
        #expect(found.code == "CS0264")
        #expect(found.notes == ["script: \"Tot ziens, {voornaam}.\"", "msgid:  \"Dag {voornaam}.\""])
    }

    @Test func aFuzzyEntryIsNotUsed() throws {
        let text = try po(english).replacingOccurrences(
            of: "msgctxt \"intro.2\"\n", with: "#, fuzzy\nmsgctxt \"intro.2\"\n")
        let found = try #require(errors(compile(["main.en.po": text])).first)
        #expect(found.code == "CS0261")
        #expect(found.message == "the translation of line 'intro.2' is marked fuzzy")
    }

    @Test func languagesAreChecked() throws {
        let own = errors(compile(["main.nl.po": try po(english, language: "nl")]))
        #expect(own.map(\.code) == ["CS0265"])
        #expect(own.first?.message == "'main.nl.po' translates the script into its own language 'nl'")
        let bad = errors(compile(["main.English.po": try po(english)]))
        #expect(bad.map(\.message) == ["'English' in 'main.English.po' is not a language code"])
        let header = errors(compile(["main.fr.po": try po(english)]))
        #expect(header.map(\.message) == ["the file is named for 'fr' but its header says Language: en"])
        // Files of other scripts in the folder are not this script's translations.
        #expect(errors(compile(["andere.en.po": "broken"])).isEmpty)
    }

    @Test func aBrokenPOFileSaysWhere() throws {
        let text = try po(english).replacingOccurrences(of: "msgid \"Mag ik", with: "msgid Mag ik")
        let found = try #require(errors(compile(["main.en.po": text])).first)
        #expect(found.code == "CS0260")
        #expect(found.message == "expected a text in double quotes")
        #expect(found.range.file == "main.en.po")
        #expect(found.range.start.line > 10)
        let plural = try po(english) + "\nmsgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"c\"\n"
        #expect(
            errors(compile(["main.en.po": plural])).map(\.message).contains("plural forms are not used in call scripts")
        )
    }

    @Test func multiLineStringsAndEscapesAreRead() throws {
        let text = try po(english).replacingOccurrences(
            of: "msgstr \"May I ask you something?\"", with: "msgstr \"\"\n\"May I ask \"\n\"you \\\"something\\\"?\"")
        let machine = try #require(compile(["main.en.po": text]).machine)
        #expect(machine.translation("en")?.lines["intro.2"] == "May I ask you \"something\"?")
    }

    @Test func stringsExtractCanSkipTranslations() throws {
        var options = CompileOptions(checkDate: testDate, verify: false)
        options.translations = false
        let result = Compiler.compile(source: script, files: ["main.en.po": "broken"], options: options)
        #expect(errors(result).isEmpty)
        #expect(result.machine?.translations == nil)
    }
}
