import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

/// The failing and fixed example of every rule (`callscript explain`, Docs/compliance.md),
/// compiled with the real compiler: the failing one breaks exactly its rule, with its
/// severity and nothing else; the fixed one compiles without a single diagnostic.
@Suite("documented examples")
struct PolicyExampleTests {
    static let late = CalendarDate(year: 2026, month: 11, day: 29)
    /// Every example is checked the day before the customer exception ends, on that day and later.
    static let dates = [beforeCutoff, cutoff, late]

    static var ruleIDs: [String] { Explain.entries.filter { $0.severity != nil }.map(\.id) }

    static func rule(_ id: String) throws -> Rule {
        try #require(Policies.all.flatMap(\.rules).first { $0.id == id })
    }

    static func compile(_ source: String, on date: CalendarDate) -> CompileResult {
        Compiler.compile(source: source, path: "voorbeeld.call", options: CompileOptions(checkDate: date))
    }

    static func describe(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0.range.start.line): \($0.severity.rawValue) \($0.code) \($0.message)" }.joined(
            separator: "\n")
    }

    @Test func everyRuleHasExamples() {
        #expect(Self.ruleIDs.count == 17)
        for id in Self.ruleIDs {
            let docs = Explain.entry(id)?.documentation
            #expect(docs?.failingExample != nil && docs?.fixedExample != nil, "\(id)")
        }
    }

    @Test(arguments: ruleIDs)
    func failingExampleBreaksExactlyItsRule(_ id: String) throws {
        let rule = try Self.rule(id)
        let source = try #require(rule.documentation.failingExample)
        for date in Self.dates {
            let result = Self.compile(source, on: date)
            let machine = try #require(result.machine, "\(id) on \(date): \(Self.describe(result.diagnostics))")
            if case .customerException(let from, _) = rule.check, date < from {
                #expect(result.diagnostics.isEmpty, "\(id) before \(from): \(Self.describe(result.diagnostics))")
                continue
            }
            #expect(!result.diagnostics.isEmpty, "\(id) on \(date): the failing example passes")
            let others = result.diagnostics.filter { $0.code != id || $0.severity != rule.severity }
            #expect(others.isEmpty, "\(id) on \(date) also reports:\n\(Self.describe(others))")
            for d in result.diagnostics where d.code == id {
                if rule.check.isPathCheck, d.path != nil {
                    #expect(
                        PathReplay.problem(d, on: machine) == nil, "\(id): \(PathReplay.problem(d, on: machine) ?? "")")
                }
            }
        }
    }

    @Test(arguments: ruleIDs)
    func fixedExamplePassesEveryRule(_ id: String) throws {
        let rule = try Self.rule(id)
        let source = try #require(rule.documentation.fixedExample)
        for date in Self.dates {
            let result = Self.compile(source, on: date)
            #expect(result.machine != nil)
            #expect(result.diagnostics.isEmpty, "\(id) on \(date): \(Self.describe(result.diagnostics))")
        }
    }
}
