import CallscriptCompiler
import CallscriptDiagnostics
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `use` and file reading on a real file system, in fresh temporary folders.
@Suite struct UseTests {
    let main =
        standardHeader + """
            use "shared/closing.call"
            start intro
            step intro {
              say "Goedemiddag."
              -> closing
            }
            """
    let closing = """
        step closing {
          say "Tot ziens."
          end
        }
        """

    private func compile(_ url: URL) -> CompileResult {
        Compiler.compile(path: url.path, options: CompileOptions(checkDate: testDate, verify: false))
    }

    private func errors(_ result: CompileResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map {
            "\($0.code) \($0.range.file):\($0.range.start.line) \($0.message)"
        }
    }

    @Test func relativeUseCompiles() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(main, to: dir.appendingPathComponent("campaign/main.call"))
        try write(closing, to: dir.appendingPathComponent("campaign/shared/closing.call"))
        let result = compile(dir.appendingPathComponent("campaign/main.call"))
        #expect(errors(result).isEmpty, "\(errors(result))")
        #expect(result.machine?.sources.map(\.path) == ["main.call", "shared/closing.call"])
        #expect(Set(result.sources.keys) == ["main.call", "shared/closing.call"])
    }

    @Test func dotDotEscapeIsRejected() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(
            main.replacingOccurrences(of: "shared/closing.call", with: "shared/../../closing.call"),
            to: dir.appendingPathComponent("campaign/main.call"))
        try write(closing, to: dir.appendingPathComponent("closing.call"))
        let result = compile(dir.appendingPathComponent("campaign/main.call"))
        #expect(
            result.diagnostics.contains {
                $0.code == "CS0104" && $0.range.file == "main.call" && $0.range.start.line == 7
            })
        #expect(result.machine == nil)
    }

    @Test func symlinkEscapeIsRejected() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(main, to: dir.appendingPathComponent("campaign/main.call"))
        try write(closing, to: dir.appendingPathComponent("outside/closing.call"))
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("campaign/shared"), withDestinationURL: dir.appendingPathComponent("outside")
        )
        let result = compile(dir.appendingPathComponent("campaign/main.call"))
        #expect(
            result.diagnostics.contains { $0.code == "CS0104" && $0.message.contains("symbolic link") },
            "\(errors(result))")
    }

    @Test func symlinkInsideFolderIsAllowed() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(main, to: dir.appendingPathComponent("campaign/main.call"))
        try write(closing, to: dir.appendingPathComponent("campaign/real/closing.call"))
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("campaign/shared"),
            withDestinationURL: dir.appendingPathComponent("campaign/real"))
        let result = compile(dir.appendingPathComponent("campaign/main.call"))
        #expect(errors(result).isEmpty, "\(errors(result))")
    }

    @Test func cycleIsReportedWithTheChain() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(main, to: dir.appendingPathComponent("main.call"))
        try write("use \"other.call\"\n" + closing, to: dir.appendingPathComponent("shared/closing.call"))
        try write("use \"../main.call\"\n", to: dir.appendingPathComponent("shared/other.call"))
        let result = compile(dir.appendingPathComponent("main.call"))
        let cycle = try #require(result.diagnostics.first { $0.code == "CS0105" }, "\(errors(result))")
        #expect(cycle.message == "use cycle: main.call -> shared/closing.call -> shared/other.call -> main.call")
        #expect(cycle.range.file == "shared/other.call")
    }

    @Test func missingUsedFileIsReportedAtTheUse() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(main, to: dir.appendingPathComponent("main.call"))
        let result = compile(dir.appendingPathComponent("main.call"))
        let missing = try #require(result.diagnostics.first { $0.code == "CS0100" })
        #expect(missing.range.file == "main.call")
        #expect(missing.range.start.line == 7)
        #expect(missing.range.start.column == 5)
    }

    @Test func headerInUsedFileIsReportedInThatFile() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(main, to: dir.appendingPathComponent("main.call"))
        try write(standardHeader + closing, to: dir.appendingPathComponent("shared/closing.call"))
        let result = compile(dir.appendingPathComponent("main.call"))
        let header = try #require(result.diagnostics.first { $0.code == "CS0106" })
        #expect(header.range.file == "shared/closing.call")
        #expect(header.related.first?.range.file == "main.call")
        #expect(errors(result).count == 1, "\(errors(result))")
    }

    @Test func mainScriptProblems() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(compile(dir.appendingPathComponent("missing.call")).diagnostics.map(\.code) == ["CS0100"])
        #expect(compile(dir).diagnostics.map(\.code) == ["CS0102"])
        try write("  \n\n", to: dir.appendingPathComponent("empty.call"))
        let empty = compile(dir.appendingPathComponent("empty.call"))
        #expect(empty.diagnostics.map(\.code) == ["CS0103"])
        #expect(empty.diagnostics.first?.range.file == "empty.call")
        #expect(empty.machine == nil)
    }

    @Test func pipeIsNotRead() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pipe = dir.appendingPathComponent("pipe.call")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        let result = compile(pipe)
        #expect(result.diagnostics.map(\.code) == ["CS0101"])
        // Through a link too: what the link leads to is what would be read.
        let link = dir.appendingPathComponent("link.call")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pipe)
        #expect(compile(link).diagnostics.map(\.code) == ["CS0101"])
        #expect(compile(link).diagnostics.first?.message.contains("not a regular file") == true)
    }

    @Test func relativeCommandLinePathKeepsTheFolderAsTyped() throws {
        let result = Compiler.compile(path: "no/such/folder/x.call")
        #expect(result.folder == "no/such/folder")
        #expect(result.diagnostics.first?.range.file == "x.call")
        #expect(result.userPath("x.call") == "no/such/folder/x.call")
    }
}

/// The same rules through the in-memory entry point the language server and fuzzers use.
@Suite struct InMemoryUseTests {
    @Test func inMemoryFilesAreUsedRelativeToTheIncludingFile() {
        let result = compileText(
            standardHeader + "use \"a/b.call\"\nstart intro\nstep intro { -> c }\n",
            files: ["a/b.call": "use \"../c.call\"\n", "c.call": "step c {\n  end\n}\n"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.machine?.sources.map(\.path) == ["main.call", "a/b.call", "c.call"])
    }

    @Test func diamondUseLoadsOnce() {
        let result = compileText(
            standardHeader + "use \"a.call\"\nuse \"b.call\"\nstart intro\nstep intro { -> c }\n",
            files: ["a.call": "use \"c.call\"\n", "b.call": "use \"c.call\"\n", "c.call": "step c {\n  end\n}\n"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.machine?.sources.count == 4)
    }

    @Test func selfUseIsACycle() {
        let result = compileText(standardHeader + "use \"main.call\"\nstart intro\nstep intro { end }\n")
        #expect(result.diagnostics.map(\.code) == ["CS0105"])
        #expect(result.diagnostics.first?.message == "use cycle: main.call -> main.call")
    }

    @Test func longChainOfUsesDoesNotRecurse() {
        var files: [String: String] = [:]
        let depth = 5_000
        for i in 0..<depth { files["f\(i).call"] = "use \"f\(i + 1).call\"\n" }
        files["f\(depth).call"] = "step last {\n  end\n}\n"
        let result = compileText(
            standardHeader + "use \"f0.call\"\nstart intro\nstep intro { -> last }\n", files: files)
        #expect(result.diagnostics.isEmpty)
        #expect(result.machine?.sources.count == depth + 2)
    }
}
