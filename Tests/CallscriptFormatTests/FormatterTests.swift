import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptFormat
import CallscriptMachine
import CallscriptSyntax
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript fmt`: one canonical layout, every comment kept, idempotent, meaning unchanged.
@Suite struct FormatterTests {
    static let fixtures = RepositoryPaths.root().appendingPathComponent("Tests/CallscriptFormatTests/FormatFixtures")

    /// Every script we have that parses: examples, compiler fixtures and syntax fixtures.
    static var parseableScripts: [URL] {
        let roots = [
            RepositoryPaths.examples,
            RepositoryPaths.root().appendingPathComponent("Tests/CallscriptCompilerTests/Fixtures"),
            RepositoryPaths.root().appendingPathComponent("Tests/CallscriptSyntaxTests/Fixtures/valid"),
            fixtures,
        ]
        return roots.flatMap { RepositoryPaths.files(in: $0, withExtension: "call") }.filter { url in
            guard let data = FileManager.default.contents(atPath: url.path) else { return false }
            let parsed = Parser.parse(SourceFile(path: url.lastPathComponent, bytes: Array(data)))
            return !parsed.diagnostics.contains { $0.severity == .error }
        }
    }

    static func format(_ url: URL) throws -> String {
        let data = try Data(contentsOf: url)
        switch Formatter.format(SourceFile(path: url.lastPathComponent, bytes: Array(data))) {
        case .success(let text): return text
        case .failure(let failure):
            throw FormatFailure(message: failure.diagnostics.map(\.message).joined(separator: "; "))
        }
    }

    struct FormatFailure: Error { var message: String }

    @Test func messyScriptGetsTheCanonicalLayout() throws {
        let formatted = try Self.format(Self.fixtures.appendingPathComponent("messy.call"))
        if let difference = GoldenFile.check(
            formatted, against: Self.fixtures.appendingPathComponent("messy.formatted.call"))
        {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func thereAreEnoughScriptsToFormat() {
        #expect(Self.parseableScripts.count >= 10)
    }

    @Test(arguments: parseableScripts)
    func formattingIsIdempotentAndKeepsComments(_ url: URL) throws {
        let once = try Self.format(url)
        let onceFile = SourceFile(path: url.lastPathComponent, text: once)
        guard case .success(let twice) = Formatter.format(onceFile) else {
            Issue.record("formatted output of \(url.lastPathComponent) does not parse")
            return
        }
        #expect(twice == once, "formatting \(url.lastPathComponent) twice changed it")
        let original = Parser.parse(SourceFile(path: "a", bytes: Array(try Data(contentsOf: url)))).file.comments
        let kept = Parser.parse(onceFile).file.comments
        #expect(
            kept.map { $0.text.trimmingCharacters(in: .whitespaces) }
                == original.map { $0.text.trimmingCharacters(in: .whitespaces) },
            "comments of \(url.lastPathComponent) changed")
    }

    @Test(
        arguments: RepositoryPaths.files(in: RepositoryPaths.examples, withExtension: "call").filter {
            !$0.path.contains("/gedeeld/") && !$0.path.contains("/shared/")
        })
    func formattingNeverChangesTheCompiledMachine(_ main: URL) throws {
        // Format every file of the script's project (or folder) in a copy, then compile both.
        let folder = main.deletingLastPathComponent()
        let root = ProjectRoot.find(from: folder).root
        let top = root?.folder ?? folder
        let copy = try BuiltBinary.temporaryFolder().appendingPathComponent(top.lastPathComponent)
        try FileManager.default.copyItem(at: top, to: copy)
        for file in RepositoryPaths.files(in: copy, withExtension: "call") {
            try Data(try Self.format(file).utf8).write(to: file)
        }
        let options = CompileOptions(checkDate: CalendarDate(year: 2026, month: 11, day: 29))
        let before = Compiler.compile(path: main.path, options: options)
        let inCopy = root?.relativePath(of: main) ?? main.lastPathComponent
        let after = Compiler.compile(path: copy.appendingPathComponent(inCopy).path, options: options)
        let a = try #require(before.machine)
        let b = try #require(after.machine)
        #expect(Self.meaning(a) == Self.meaning(b))
        #expect(before.diagnostics.map(\.code) == after.diagnostics.map(\.code))
    }

    /// The machine without source positions and digests: what the script means.
    static func meaning(_ machine: Machine) -> Machine {
        var m = machine
        let nowhere = SourceRange.wholeFile("")
        m.states = m.states.map { s in
            var s = s
            s.source = nowhere
            return s
        }
        m.handlers = m.handlers.map { h in
            var h = h
            h.source = nowhere
            return h
        }
        m.script.locations = [:]
        m.sources = []
        m.digest = ""
        return m
    }

    @Test func refusesToFormatAFileWithSyntaxErrors() {
        let file = SourceFile(path: "kapot.call", text: "step a {\n  say \"niet af\n  end\n}\n")
        guard case .failure(let failure) = Formatter.format(file) else {
            Issue.record("formatted a file with a syntax error")
            return
        }
        #expect(failure.diagnostics.contains { $0.code == "CS0001" })
    }
}
