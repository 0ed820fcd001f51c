import CallscriptDiagnostics
import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// A machine that carries translations: which language a call is read in, and what a runner
/// accepts from a file.
@Suite struct TranslationRuntimeTests {
    /// The hand-built winback machine with an English line for every spoken line and answer.
    static func translated() -> Machine {
        let machine = Fixtures.winback()
        var lines: [String: String] = [:]
        for line in SpokenLines.of(machine) {
            let names = Template(line.text).placeholders.map { "{\($0)}" }.joined(separator: " ")
            lines[line.id] = "EN \(line.id)" + (names.isEmpty ? "" : " " + names)
        }
        lines["intro.1"] = "Good afternoon {first_name}, this is {agent} from {company}, on behalf of {principal}."
        lines["intro.2/1"] = "Yes"
        return CanonicalJSON.sealed(
            machine.translated([Translation(language: "en", file: "winback.en.po", lines: lines)]))
    }

    private func contact(_ language: String?) -> Contact {
        var fields = Fixtures.anna.fields
        fields["language"] = language
        return Contact(id: "K-1001", phone: "+31612345678", fields: fields)
    }

    @Test(
        arguments: [
            ("en", "en"), ("EN", "en"), (" en-GB ", "en"), ("en_US", "en"),
            ("nl", nil), ("nl-BE", nil), ("fr", nil), ("", nil),
        ] as [(String, String?)])
    func theContactsLanguageWithTheScriptsAsFallback(_ requested: String, _ chosen: String?) throws {
        let context = try Fixtures.context(Self.translated(), contact: contact(requested))
        #expect(context.language == chosen)
    }

    @Test func noLanguageFieldReadsTheScript() throws {
        let context = try Fixtures.context(Self.translated(), contact: contact(nil))
        #expect(context.language == nil)
        let start = Stepper.start(context)
        guard case .line(_, _, let text) = Stepper.prompt(start.state, context) else {
            Issue.record("expected a line")
            return
        }
        #expect(text.hasPrefix("Goedemiddag Anna"))
    }

    @Test func linesAnswersAndEffectsAreTranslated() throws {
        let context = try Fixtures.context(Self.translated(), contact: contact("en"))
        let start = Stepper.start(context)
        let text = "Good afternoon Anna, this is Jan from Zonnig Energie B.V., on behalf of Groene Stroom Nederland."
        #expect(start.effects == [.shown(state: "intro.1", role: .identify, text: text)])
        // Past the purpose line (intro.purpose), translated like every line.
        let purpose = try Stepper.step(start.state, .continue, context)
        #expect(purpose.effects.contains(.shown(state: "intro.purpose", role: .disclose, text: "EN intro.purpose")))
        let next = try Stepper.step(purpose.state, .continue, context)
        guard case .question(_, _, let question, let answers) = Stepper.prompt(next.state, context) else {
            Issue.record("expected a question")
            return
        }
        #expect(question == "EN intro.2")
        #expect(answers.map(\.label) == ["Yes", "EN intro.2/2", "EN intro.2/3"])
        // The answer is resolved among the labels as shown.
        let answered = try Stepper.step(next.state, .answer(0), context)
        #expect(answered.state.phase == .showingLine(state: "offer.1"))
    }

    @Test func aTranslatedMachineRoundTripsThroughItsFile() throws {
        let machine = Self.translated()
        #expect(machine.formatVersion == 2)
        let data = Data(CanonicalJSON.pretty(machine))
        let loaded = try MachineLoader.load(data, file: "winback.machine.json", on: Fixtures.today)
        #expect(loaded.machine == machine)
        #expect(CanonicalJSON.digest(loaded.machine) == machine.digest)
        // The one writer agrees with Foundation's encoder on the new key, byte for byte.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try encoder.encode(machine) == Data(CanonicalJSON.bytes(machine)))
    }

    @Test func oldMachinesStillDecode() throws {
        let old = CanonicalJSON.sealed(Fixtures.winback())
        #expect(old.formatVersion == 1)
        let bytes = CanonicalJSON.bytes(old)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("translations"))
        let loaded = try MachineLoader.load(Data(bytes), file: "old.json", on: Fixtures.today)
        #expect(loaded.digest == old.digest)
        #expect(loaded.machine.translations == nil)
    }

    @Test func aNewerVersionIsRefused() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(CanonicalJSON.bytes(Self.translated()))) as? [String: Any])
        object["formatVersion"] = 3
        do {
            _ = try MachineLoader.load(
                try JSONSerialization.data(withJSONObject: object), file: "m.json", on: Fixtures.today)
            Issue.record("loaded a version 3 machine")
        } catch {
            #expect(String(describing: error).contains("CS0302"))
            #expect(String(describing: error).contains("reads versions 1 to 2"))
        }
    }

    @Test(arguments: ["missing", "placeholder", "extra", "version", "own"])
    func aTamperedTranslationIsRefused(_ damage: String) throws {
        var machine = Self.translated()
        var translation = try #require(machine.translations?.first)
        switch damage {
        case "missing": translation.lines["goodbye.2"] = nil
        case "placeholder": translation.lines["intro.1"] = "Good afternoon {email}."
        case "extra": translation.lines["goodbye.9"] = "Bye"
        case "version": machine.formatVersion = 1
        default: translation.language = "nl"
        }
        machine.translations = [translation]
        machine.script.language = "nl"
        let found = MachineValidator.validate(machine, file: "m.json")
        #expect(found.map(\.code).contains("CS0319"), "\(found.map(\.message))")
    }
}
