import CallscriptDiagnostics
import Testing

@testable import CallscriptSyntax

/// Independent mistakes far apart give exactly one diagnostic each, never a cascade.
@Suite struct RecoveryTests {
    struct Mutation: Sendable, CustomStringConvertible {
        var line: Int
        var find: String
        var replace: String
        var code: String
        /// Where the diagnostic belongs when not on the edited line (a missing `}` is reported
        /// at the end of the line before it).
        var reportedLine: Int?
        var description: String { "line \(line): '\(find)' -> '\(replace)'" }
    }

    static let pairs: [[Mutation]] = [
        // A missing quote on line 3 and a misspelt keyword on line 52.
        [
            Mutation(line: 3, find: "B.V.\"", replace: "B.V.", code: "CS0001"),
            Mutation(line: 52, find: "say", replace: "sya", code: "CS0030"),
        ],
        [
            Mutation(line: 3, find: "B.V.\"", replace: "B.V.", code: "CS0001"),
            Mutation(line: 40, find: "-> goodbye", replace: "goodbye", code: "CS0023"),
        ],
        [
            Mutation(line: 52, find: "say", replace: "Say", code: "CS0021"),
            Mutation(line: 58, find: "bellen.\"", replace: "bellen.", code: "CS0001"),
        ],
        [
            Mutation(line: 8, find: "opt-in", replace: "iedereen", code: "CS0034"),
            Mutation(line: 36, find: "step", replace: "stap", code: "CS0031"),
        ],
        [
            Mutation(line: 14, find: "choice(", replace: "choise(", code: "CS0033"),
            Mutation(line: 32, find: "==", replace: "=", code: "CS0022"),
        ],
        [
            Mutation(line: 21, find: "identify", replace: "identfy", code: "CS0030"),
            Mutation(line: 33, find: "else", replace: "", code: "CS0026"),
        ],
        [
            Mutation(line: 2, find: "{", replace: "", code: "CS0020"),
            Mutation(line: 47, find: "callback at", replace: "callback", code: "CS0020"),
        ],
        [
            Mutation(line: 20, find: "intro", replace: "", code: "CS0020"),
            Mutation(line: 62, find: "{", replace: "", code: "CS0020"),
        ],
        [
            Mutation(line: 34, find: "}", replace: "", code: "CS0032", reportedLine: 33),
            Mutation(line: 69, find: "-> goodbye", replace: "-> end", code: "CS0036"),
        ],
    ]

    @Test(arguments: pairs)
    func twoMistakesGiveTwoDiagnostics(mutations: [Mutation]) throws {
        let original = try Fixtures.load("valid/winback.call").text
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for mutation in mutations {
            let line = lines[mutation.line - 1]
            try #require(line.contains(mutation.find), "line \(mutation.line) is '\(line)'")
            lines[mutation.line - 1] = line.replacing(mutation.find, with: mutation.replace, maxReplacements: 1)
        }
        let result = Parser.parse(SourceFile(path: "winback.call", text: lines.joined(separator: "\n")))
        let found = result.diagnostics.map { "\($0.range.start.line) \($0.code)" }
        #expect(
            found == mutations.map { "\($0.reportedLine ?? $0.line) \($0.code)" },
            "\(result.diagnostics.map(\.message))")
        #expect(result.file.items.count >= 14, "the rest of the file is still in the tree")
    }

    @Test func treeIsReturnedDespiteErrors() {
        let source = SourceFile(path: "t.call", text: "step a {\n  sya \"x\"\n  end\n}\nstep b {\n  -> a\n}\n")
        let result = Parser.parse(source)
        #expect(result.diagnostics.count == 1)
        let names = result.file.items.compactMap { if case .step(let s) = $0 { s.name.text } else { nil } }
        #expect(names == ["a", "b"])
    }

    @Test func everyPrefixOfAScriptParsesWithoutCrashing() throws {
        let bytes = try Fixtures.load("valid/all-forms.call").bytes
        for length in 0...bytes.count {
            let result = Parser.parse(SourceFile(path: "t.call", bytes: Array(bytes[0..<length])))
            #expect(
                result.diagnostics.count < 10, "prefix of \(length) bytes gave \(result.diagnostics.count) diagnostics")
        }
    }

    @Test func deletingAnyOneTokenGivesFewDiagnostics() throws {
        let source = try Fixtures.load("valid/all-forms.call")
        let tokens = Lexer.tokenize(source).tokens.dropLast()
        for token in tokens {
            let bytes = Array(source.bytes[0..<token.span.start]) + Array(source.bytes[token.span.end...])
            let diagnostics = Parser.parse(SourceFile(path: "t.call", bytes: bytes)).diagnostics
            let deleted = String(decoding: source.bytes[token.span.start..<token.span.end], as: UTF8.self)
            #expect(
                diagnostics.count <= 2,
                "deleting '\(deleted)' at line \(source.location(ofOffset: token.span.start).line) gave \(diagnostics.map { "\($0.range.start.line): \($0.message)" })"
            )
        }
    }
}
