import CallscriptCompiler
import CallscriptGenerator
import CallscriptMachine
import Testing

/// The second benchmark shape: compliant, deterministic, and shaped differently from the
/// campaign (wide questions whose answers join again, nested conditions over several fields).
@Suite struct SurveyGeneratorTests {
    func compile(_ generator: SurveyGenerator) -> CompileResult {
        var files = generator.generate()
        let main = files.removeValue(forKey: ScriptGenerator.mainFile) ?? ""
        return Compiler.compile(
            source: main, path: ScriptGenerator.mainFile, files: files,
            options: CompileOptions(checkDate: ScriptGeneratorTests.date))
    }

    @Test(arguments: [4, 40, 400])
    func compliantWithoutWarnings(_ steps: Int) throws {
        let result = compile(SurveyGenerator(steps: steps, seed: UInt64(steps)))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3).map { "\($0.code) \($0.message)" })")
        let machine = try #require(result.machine)
        #expect(machine.states.count >= steps)
        // Five-way questions and conditions over a capture and contact fields.
        #expect(machine.states.contains { $0.role == .ask && $0.transitions.count == 5 })
        #expect(machine.states.contains { s in s.transitions.contains { $0.condition.map { $0.depth >= 3 } ?? false } })
    }

    @Test func sameSeedSameScript() {
        #expect(SurveyGenerator(steps: 100, seed: 3).generate() == SurveyGenerator(steps: 100, seed: 3).generate())
        #expect(SurveyGenerator(steps: 100, seed: 3).generate() != SurveyGenerator(steps: 100, seed: 4).generate())
    }
}
