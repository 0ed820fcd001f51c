import CallscriptCompiler
import CallscriptDiagnostics
import Foundation
import Testing

/// Inputs over a documented limit give one clear error with its CS04xx code, before they can
/// cost much memory or time. Small limits keep the tests fast; one test checks that the
/// standard limits hold the documented values.
@Suite struct LimitTests {
    static let header = """
        script "Limieten" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        """

    func compile(_ source: String, files: [String: String] = [:], limits: ScriptLimits) -> CompileResult {
        Compiler.compile(
            source: source, files: files, options: CompileOptions(verify: false, seal: false, limits: limits))
    }

    func codes(_ result: CompileResult) -> [String] { result.diagnostics.filter { $0.severity == .error }.map(\.code) }

    @Test func standardLimitsAreTheDocumentedOnes() {
        let limits = ScriptLimits.standard
        #expect(limits.maximumFileBytes == 32 * 1024 * 1024)
        #expect(limits.maximumTotalBytes == 64 * 1024 * 1024)
        #expect(limits.maximumLineBytes == 16 * 1024)
        #expect(limits.maximumSteps == 250_000)
        #expect(limits.maximumStates == 1_000_000)
        #expect(limits.maximumAnswers == 50)
        #expect(limits.maximumBranches == 50)
        #expect(limits.maximumFiles == 10_000)
        #expect(ScriptLimits.maximumConditionDepth == 64)
        let ids = DiagnosticCode.allLimitCodes.map(\.id)
        #expect(ids == ["CS0400", "CS0401", "CS0402", "CS0403", "CS0404", "CS0405", "CS0406"])
    }

    @Test func fileOverTheLimitIsNotParsed() {
        var limits = ScriptLimits()
        limits.maximumFileBytes = 1_000
        let big = Self.header + "start a\n" + String(repeating: "# opvulling\n", count: 200) + "step a {\n  end\n}\n"
        let result = compile(big, limits: limits)
        #expect(codes(result) == ["CS0400"])
        #expect(result.diagnostics.first?.message.contains("more than the limit") == true)
        #expect(result.diagnostics.first?.help != nil)
        #expect(result.machine == nil)
    }

    @Test func usedFilesTogetherOverTheLimit() {
        var limits = ScriptLimits()
        limits.maximumTotalBytes = 2_000
        let shared = String(repeating: "# gedeeld\n", count: 250) + "step b {\n  end\n}\n"
        let main = Self.header + "use \"b.call\"\nstart a\nstep a {\n  -> b\n}\n"
        let result = compile(main, files: ["b.call": shared], limits: limits)
        #expect(codes(result).first == "CS0400")
        #expect(result.diagnostics.first?.range.file == "b.call")
    }

    @Test func bigFileOnDiskIsNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("groot.call")
        try Data((Self.header + String(repeating: "# x\n", count: 1_000)).utf8).write(to: path)
        var limits = ScriptLimits()
        limits.maximumFileBytes = 1_000
        #expect(
            DiskSources(folder: folder, maximumFileBytes: 1_000).read("groot.call", isMain: true)
                == .tooLarge(bytes: 4_000 + Self.header.utf8.count))
        let result = Compiler.compile(path: path.path, options: CompileOptions(verify: false, limits: limits))
        #expect(codes(result) == ["CS0400"])
    }

    @Test func longLineNamesItsLine() {
        let long = "  say \"" + String(repeating: "lang ", count: 4_000) + "\"\n"
        let result = compile(Self.header + "start a\nstep a {\n" + long + "  end\n}\n", limits: .standard)
        #expect(codes(result) == ["CS0401"])
        #expect(result.diagnostics.first?.range.start.line == 9)
        #expect(result.diagnostics.first?.message == "line 9 is longer than 16384 bytes")
    }

    @Test func wholeScriptOnOneLine() {
        let line = "step a { " + String(repeating: "say \"x\" ", count: 5_000) + "end }"
        let result = compile(Self.header + "start a\n" + line, limits: .standard)
        #expect(codes(result) == ["CS0401"])
    }

    @Test func tooManySteps() {
        var limits = ScriptLimits()
        limits.maximumSteps = 10
        let steps = (1...11).map { "step s\($0) {\n  -> s\($0 + 1)\n}\n" }.joined() + "step s12 {\n  end\n}\n"
        let result = compile(Self.header + "start s1\n" + steps, limits: limits)
        #expect(codes(result) == ["CS0402"])
        #expect(
            result.diagnostics.first { $0.code == "CS0402" }?.message
                == "the script has 12 steps, more than the limit of 10")
        let fine = compile(Self.header + "start s1\n" + steps, limits: .standard)
        #expect(codes(fine).isEmpty)
    }

    @Test func tooManyStatements() {
        var limits = ScriptLimits()
        limits.maximumStates = 5
        let body = String(repeating: "  say \"Regel.\"\n", count: 5) + "  end\n"
        let result = compile(Self.header + "start a\nstep a {\n\(body)}\n", limits: limits)
        #expect(codes(result) == ["CS0405"])
    }

    @Test func tooManyAnswersPointsAtTheFirstOneOver() {
        let answers = (1...51).map { "    \"Antwoord \($0)\" -> b\n" }.joined()
        let source = Self.header + "start a\nstep a {\n  ask \"Welke?\" {\n\(answers)  }\n}\nstep b {\n  end\n}\n"
        let result = compile(source, limits: .standard)
        #expect(codes(result) == ["CS0403"])
        // The header has 6 lines; 'start' is line 7, then 'step a {', 'ask ... {', answer 1 on line 10.
        #expect(result.diagnostics.first?.range.start.line == 10 + 50)
        let fifty = (1...50).map { "    \"Antwoord \($0)\" -> b\n" }.joined()
        #expect(
            codes(
                compile(
                    Self.header + "start a\nstep a {\n  ask \"Welke?\" {\n\(fifty)  }\n}\nstep b {\n  end\n}\n",
                    limits: .standard)
            ).isEmpty)
    }

    @Test func tooManyIfLines() {
        let lines = (1...51).map { "  if regio == \($0) -> b\n" }.joined()
        let source =
            Self.header + "contact regio: number\nstart a\nstep a {\n\(lines)  else -> b\n}\nstep b {\n  end\n}\n"
        #expect(codes(compile(source, limits: .standard)) == ["CS0404"])
    }

    @Test func tooManyFiles() {
        var limits = ScriptLimits()
        limits.maximumFiles = 3
        var files: [String: String] = [:]
        var uses = ""
        for i in 1...4 {
            files["f\(i).call"] = "step f\(i) {\n  end\n}\n"
            uses += "use \"f\(i).call\"\n"
        }
        let result = compile(Self.header + uses + "start f1\n", files: files, limits: limits)
        #expect(codes(result).contains("CS0406"))
        #expect(result.diagnostics.filter { $0.code == "CS0406" }.count == 2)
    }
}
