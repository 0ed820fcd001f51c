import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import Testing

/// The synthetic scripts of the benchmark: compliant by default, each planted violation gives
/// exactly its rule, and the same seed always gives the same text.
@Suite struct ScriptGeneratorTests {
    static let date = CalendarDate(year: 2026, month: 3, day: 3)

    func compile(_ generator: ScriptGenerator) -> CompileResult {
        var files = generator.generate()
        let main = files.removeValue(forKey: ScriptGenerator.mainFile) ?? ""
        return Compiler.compile(
            source: main, path: ScriptGenerator.mainFile, files: files, options: CompileOptions(checkDate: Self.date))
    }

    @Test(arguments: [1, 2, 3, 10, 200])
    func compliantByDefault(_ steps: Int) throws {
        let result = compile(ScriptGenerator(steps: steps, seed: UInt64(steps)))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(3).map { "\($0.code) \($0.message)" })")
        #expect(result.diagnostics.isEmpty, "warnings: \(result.diagnostics.prefix(3).map(\.message))")
        let machine = try #require(result.machine)
        #expect(machine.states.count > steps)
    }

    @Test(arguments: ScriptGenerator.Violation.allCases)
    func plantedViolationGivesExactlyItsRule(_ violation: ScriptGenerator.Violation) throws {
        let result = compile(ScriptGenerator(steps: 300, seed: 5, violation: violation))
        let errors = Set(result.diagnostics.filter { $0.severity == .error }.map(\.code))
        let expected: String =
            switch violation {
            case .optoutMissing: "NL-OPTOUT-AT-END"
            case .pitchAfterNotConvenient: "NL-RESPECT-NOT-CONVENIENT"
            }
        #expect(errors == [expected], "\(result.diagnostics.map { "\($0.code) \($0.message)" })")
        // Planted deep inside: the finding points at a step near the end.
        let finding = try #require(result.diagnostics.first { $0.code == expected })
        #expect(finding.range.start.line > 1_000)
    }

    @Test func sameSeedSameScriptOtherSeedOtherScript() {
        let a = ScriptGenerator(steps: 100, seed: 7).generate()
        #expect(a == ScriptGenerator(steps: 100, seed: 7).generate())
        #expect(a != ScriptGenerator(steps: 100, seed: 8).generate())
        #expect(a.keys.sorted() == [ScriptGenerator.mainFile, ScriptGenerator.sharedFile].sorted())
    }

    @Test func sizeGrowsLinearlyWithSteps() {
        let small = ScriptGenerator(steps: 1_000).generate().values.map(\.utf8.count).reduce(0, +)
        let large = ScriptGenerator(steps: 10_000).generate().values.map(\.utf8.count).reduce(0, +)
        #expect(large > small * 9 && large < small * 11)
    }

    @Test func usesEveryKindOfStatement() throws {
        let text = try #require(ScriptGenerator(steps: 200).generate()[ScriptGenerator.mainFile])
        for word in ["pitch ", "say ", "capture ", "ask \"", "ask consent", "if ", "else ->", "use \"", "callback at"] {
            #expect(text.contains(word), "\(word)")
        }
    }
}
