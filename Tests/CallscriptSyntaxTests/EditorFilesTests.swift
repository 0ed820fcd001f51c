import CallscriptTestSupport
import Foundation
import Testing

/// The `.calltest` grammar and the editor folders in `Editors/` are usable as shipped.
@Suite struct EditorFilesTests {
    static var editors: URL { RepositoryPaths.root().appendingPathComponent("Editors") }

    func calltestGrammar() throws -> TextMateGrammar {
        try TextMateGrammar(
            data: Data(contentsOf: RepositoryPaths.grammar.appendingPathComponent("calltest.tmLanguage.json")))
    }

    @Test func calltestGrammarIsValid() throws {
        let grammar = try calltestGrammar()
        #expect(grammar.scopeName == "source.calltest")
        #expect(grammar.regexCount >= 10)
        #expect(grammar.problems.isEmpty, "\(grammar.problems)")
    }

    @Test func calltestGrammarScopesExampleLines() throws {
        let grammar = try calltestGrammar()
        let test = grammar.tokenize(#"test "ja: aanbod per e-mail" # de gewone weg"#)
        #expect(test.contains { $0.text == "test" && $0.scope.hasPrefix("keyword.control.test") })
        #expect(test.contains { $0.text == #""ja: aanbod per e-mail""# && $0.scope.hasPrefix("string.quoted.double") })
        #expect(test.contains { $0.text == "# de gewone weg" && $0.scope.hasPrefix("comment.line") })
        for line in [#"  checkpoint "na het aanbod""#, #"  from "na het aanbod""#] {
            let word = line.split(separator: " ")[0]
            #expect(grammar.tokenize(line).contains { $0.text == word && $0.scope.hasPrefix("keyword.control.test") })
        }
        let setting = grammar.tokenize(#"now "2026-09-14T10:00""#)
        #expect(setting.contains { $0.text == "now" && $0.scope.hasPrefix("keyword.other.setting") })
        let expect = grammar.tokenize("  expect no line aanbod_zonnepanelen.1")
        #expect(expect.contains { $0.text == "expect" && $0.scope.hasPrefix("keyword.control.expect") })
        #expect(expect.contains { $0.text == "no" && $0.scope.hasPrefix("keyword.operator.logical") })
        #expect(expect.contains { $0.text == "line" && $0.scope.hasPrefix("support.function.expectation") })
        #expect(
            expect.contains { $0.text == "aanbod_zonnepanelen.1" && $0.scope.hasPrefix("entity.name.function.state") })
        let capture = grammar.tokenize("  capture jaarverbruik_kwh = 2500")
        #expect(capture.contains { $0.text == "capture" && $0.scope.hasPrefix("keyword.other.action") })
        #expect(capture.contains { $0.text == "=" && $0.scope.hasPrefix("keyword.operator") })
        #expect(capture.contains { $0.text == "2500" && $0.scope.hasPrefix("constant.numeric") })
        let outcome = grammar.tokenize("  expect outcome callback 2026-09-16T19:30")
        #expect(outcome.contains { $0.text == "2026-09-16T19:30" && $0.scope.hasPrefix("constant.numeric.datetime") })
    }

    @Test func everyExampleTestLineStartsWithAHighlightedWord() throws {
        let grammar = try calltestGrammar()
        for file in RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "calltest") {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
                let first = String(trimmed.prefix { $0 != " " })
                let tokens = grammar.tokenize(String(line))
                #expect(
                    tokens.contains { $0.text == first && $0.scope.hasPrefix("keyword") },
                    "\(file.lastPathComponent): '\(first)' in '\(trimmed)' is not highlighted")
            }
        }
    }

    @Test func theVSCodeExtensionShipsTheGrammarsAsTheyAre() throws {
        let folder = Self.editors.appendingPathComponent("vscode")
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("package.json")))
                as? [String: Any])
        let contributes = try #require(manifest["contributes"] as? [String: Any])
        let languages = try #require(contributes["languages"] as? [[String: Any]])
        #expect(languages.compactMap { $0["extensions"] as? [String] }.flatMap { $0 } == [".call", ".calltest"])
        for language in languages {
            let configuration = try #require(language["configuration"] as? String)
            let data = try Data(contentsOf: folder.appendingPathComponent(configuration))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect((object["comments"] as? [String: Any])?["lineComment"] as? String == "#")
        }
        let grammars = try #require(contributes["grammars"] as? [[String: Any]])
        #expect(grammars.count == 2)
        for grammar in grammars {
            let path = try #require(grammar["path"] as? String)
            let shipped = try Data(contentsOf: folder.appendingPathComponent(path))
            // One home: the extension's copy must equal the grammar in Grammar/.
            let source = try Data(
                contentsOf: RepositoryPaths.grammar.appendingPathComponent((path as NSString).lastPathComponent))
            #expect(shipped == source, "\(path) differs from Grammar/; copy it again")
            let parsed = try TextMateGrammar(data: shipped)
            #expect(parsed.scopeName == grammar["scopeName"] as? String)
        }
        let settings = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("settings.json")))
                as? [String: Any])
        #expect(settings["glspc.server.command"] as? String == "callscript")
        #expect(settings["glspc.server.commandArguments"] as? [String] == ["lsp"])
        #expect(settings["glspc.server.languageId"] as? [String] == ["callscript"])
    }

    @Test func theHelixConfigNamesTheServer() throws {
        let text = try String(
            contentsOf: Self.editors.appendingPathComponent("helix/languages.toml"), encoding: .utf8)
        #expect(text.contains("[language-server.callscript]\ncommand = \"callscript\"\nargs = [\"lsp\"]"))
        #expect(text.contains("file-types = [\"call\"]"))
        #expect(text.contains("language-servers = [\"callscript\"]"))
    }
}
