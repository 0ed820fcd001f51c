import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// Examples/noncompliant: one realistic script per static rule, named after the rule. Each
/// compiles to a machine and reports its rule and nothing else, exactly where its `#~`
/// comments say; every counterexample replays on the compiled machine.
@Suite("non-compliant examples")
struct NoncompliantExampleTests {
    static let folder = RepositoryPaths.examples.appendingPathComponent("noncompliant")
    /// After 1 July 2026, so NL-CUSTOMER-EXCEPTION applies.
    static let date = CalendarDate(year: 2026, month: 11, day: 29)

    static var scripts: [URL] { RepositoryPaths.files(in: folder, withExtension: "call") }

    static func ruleID(_ url: URL) -> String { url.deletingPathExtension().lastPathComponent }

    @Test func thereIsOneScriptPerStaticRule() {
        let rules = Policies.all.flatMap(\.ownRules).map(\.id)
        #expect(Self.scripts.map(Self.ruleID).sorted() == rules.sorted())
    }

    @Test(arguments: scripts)
    func scriptBreaksExactlyTheRuleInItsName(_ url: URL) throws {
        let id = Self.ruleID(url)
        let rule = try #require(Policies.all.flatMap(\.rules).first { $0.id == id }, "no rule named \(id)")
        let result = Compiler.compile(path: url.path, options: CompileOptions(checkDate: Self.date))
        let machine = try #require(result.machine, "\(url.lastPathComponent) does not compile")
        let found = result.diagnostics.filter { $0.code == id }
        #expect(!found.isEmpty, "\(url.lastPathComponent) does not break \(id)")
        #expect(found.allSatisfy { $0.severity == rule.severity })
        let others = result.diagnostics.filter { $0.code != id }
        #expect(others.isEmpty, "\(url.lastPathComponent) also reports \(others.map { "\($0.code) \($0.message)" })")

        // The `#~` comments say where, so the scripts double as readable expectations.
        let source = try #require(result.sources[url.lastPathComponent])
        let (expected, problems) = ExpectedDiagnostics.parse(source)
        #expect(problems.isEmpty, "\(problems)")
        #expect(
            !expected.isEmpty,
            "\(url.lastPathComponent) has no '#~ \(rule.severity.rawValue.uppercased()) \(id)' comment")
        let mismatches = ExpectedDiagnostics.check(source, against: result.diagnostics)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")

        for d in found where rule.check.isPathCheck && d.path != nil {
            let problem = PathReplay.problem(d, on: machine)
            #expect(problem == nil, "\(url.lastPathComponent): \(problem ?? ""): \(d.path?.summary ?? "")")
        }
    }

    /// Every path rule's finding (all but a missing handler) carries a counterexample, so the
    /// replay above is not skipped for lack of a path.
    @Test func everyPathFindingHasAPath() throws {
        var replayed = 0
        for url in Self.scripts {
            let id = Self.ruleID(url)
            guard let rule = Policies.all.flatMap(\.rules).first(where: { $0.id == id }), rule.check.isPathCheck,
                !["NL-COMPLAINT", "NL-DATA-SOURCE", "NL-ENERGY-RECORDING"].contains(id)
            else { continue }
            let result = Compiler.compile(path: url.path, options: CompileOptions(checkDate: Self.date))
            for d in result.diagnostics where d.code == id {
                #expect(d.path != nil, "\(id) has no path")
                replayed += 1
            }
        }
        #expect(replayed >= 10)
    }

    @Test func customerExceptionScriptPassesBeforeTheCutoff() throws {
        let url = Self.folder.appendingPathComponent("NL-CUSTOMER-EXCEPTION.call")
        let before = Compiler.compile(path: url.path, options: CompileOptions(checkDate: beforeCutoff))
        #expect(before.diagnostics.isEmpty)
        let on = Compiler.compile(path: url.path, options: CompileOptions(checkDate: cutoff))
        #expect(on.diagnostics.map(\.code) == ["NL-CUSTOMER-EXCEPTION"])
    }
}
