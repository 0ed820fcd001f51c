import CallscriptCompiler
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptLanguageServer

/// The server with the real compiler: what an editor sees while a designer types.
@Suite struct StandardServerTests {
    static let script = """
        script "Test" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }
        use "gedeeld/slot.call"
        start intro
        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          disclose purpose "Ik bel u over uw energiecontract."
          ask convenient "Komt het u nu gelegen?" {
            yes "Ja"  -> ofer
            no  "Nee" -> goodbye
          }
        }
        """
    static let shared = """
        step goodbye {
          optout "Mogen wij u in de toekomst nog bellen?"
          end
        }
        on objection {
          record objection
          transfer optout "Ik verbind u door."
        }
        on voicemail {
          hangup
        }
        """

    static func open(_ path: String, _ text: String) -> JSONValue {
        .object([
            "method": .string("textDocument/didOpen"),
            "params": .object(["textDocument": .object(["uri": .string(DocumentURI.uri(path)), "text": .string(text)])]
            ),
        ])
    }

    static func diagnostics(_ messages: [JSONValue], for path: String) -> [JSONValue] {
        for m in messages where m["params"]?["uri"] == .string(DocumentURI.uri(path)) {
            if case .array(let items)? = m["params"]?["diagnostics"] { return items }
        }
        return []
    }

    @Test func unsavedTextIsCheckedWithSharedFilesFromDisk() throws {
        let dir = try BuiltBinary.temporaryFolder()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("gedeeld"), withIntermediateDirectories: true)
        try Self.shared.write(to: dir.appendingPathComponent("gedeeld/slot.call"), atomically: true, encoding: .utf8)
        let main = dir.appendingPathComponent("test.call").path
        // The main script exists only in the editor.
        var server = LanguageServer.standard(
            options: CompileOptions(checkDate: CalendarDate(year: 2026, month: 11, day: 29)))
        _ = server.handle(ProtocolTests.request(0, "initialize"))
        let out = server.handle(Self.open(main, Self.script))
        let items = Self.diagnostics(out, for: main)
        let codes = items.compactMap { $0["code"]?.string }
        #expect(codes.contains("CS0140"), "unknown step 'ofer' expected, got \(codes)")
        let unknown = items.first { $0["code"] == .string("CS0140") }
        #expect(unknown?["range"]?["start"] == .object(["line": .number(12), "character": .number(17)]))

        // Fixing the typo in the editor clears the error without saving.
        let fixed = Self.script.replacingOccurrences(of: "-> ofer", with: "-> goodbye")
        let after = server.handle(
            .object([
                "method": .string("textDocument/didChange"),
                "params": .object([
                    "textDocument": .object(["uri": .string(DocumentURI.uri(main))]),
                    "contentChanges": .array([.object(["text": .string(fixed)])]),
                ]),
            ]))
        let remaining = Self.diagnostics(after, for: main).filter { $0["severity"] == .number(1) }
        #expect(remaining.isEmpty, "errors left: \(remaining)")
    }

    @Test func outlineFormattingAndDefinition() throws {
        let path = "/tmp/outline-test.call"
        var server = LanguageServer(checker: ProtocolTests.none)
        _ = server.handle(ProtocolTests.request(0, "initialize"))
        _ = server.handle(Self.open(path, Self.script))
        let uri = JSONValue.string(DocumentURI.uri(path))
        let symbols = server.handle(
            .object([
                "id": .number(1), "method": .string("textDocument/documentSymbol"),
                "params": .object(["textDocument": .object(["uri": uri])]),
            ]))
        guard case .array(let list)? = symbols.first?["result"] else {
            Issue.record("no symbols")
            return
        }
        #expect(list.compactMap { $0["name"]?.string } == ["Test", "intro"])

        let formatting = server.handle(
            .object([
                "id": .number(2), "method": .string("textDocument/formatting"),
                "params": .object(["textDocument": .object(["uri": uri])]),
            ]))
        guard case .array(let edits)? = formatting.first?["result"], let newText = edits.first?["newText"]?.string
        else {
            Issue.record("no formatting edit")
            return
        }
        #expect(newText.contains("\n\nstart intro\n\nstep intro {\n"))

        // `goodbye` on line 12 is declared in another file: no definition in this document;
        // `start intro` on line 7 jumps to `step intro`.
        let definition = server.handle(
            .object([
                "id": .number(3), "method": .string("textDocument/definition"),
                "params": .object([
                    "textDocument": .object(["uri": uri]),
                    "position": .object(["line": .number(7), "character": .number(8)]),
                ]),
            ]))
        #expect(
            definition.first?["result"]?["range"]?["start"] == .object(["line": .number(8), "character": .number(5)]))
    }

    @Test func unsavedFilesAreOverlaidRelativeToTheScriptsFolder() {
        #expect(OverlaySources.relative("/p/camp/winback.call", from: "/p/camp") == "winback.call")
        #expect(OverlaySources.relative("/p/camp/gedeeld/a.call", from: "/p/camp") == "gedeeld/a.call")
        // Above the folder, as a project root lets `use` reach.
        #expect(OverlaySources.relative("/p/gedeeld/a.call", from: "/p/camp") == "../gedeeld/a.call")
        let checked = CheckedScript(main: "/p/camp/w.call", root: "/p/camp", files: [:], diagnostics: [])
        #expect(checked.absolute("../gedeeld/a.call") == "/p/gedeeld/a.call")
        #expect(checked.absolute("gedeeld/a.call") == "/p/camp/gedeeld/a.call")
    }
}
