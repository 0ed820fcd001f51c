import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import CallscriptTestSupport
import Foundation
import Testing

/// `callscript diff` on two versions of the energy campaign (Tests/.../DiffFixtures): version 4
/// rewords the purpose and the shared opt-out, shortens the complaint promise and adds a path
/// for small users that ends without the opt-out. Golden text, Markdown and JSON.
@Suite struct ComplianceDiffTests {
    static let fixtures = RepositoryPaths.root().appendingPathComponent("Tests/CallscriptReportsTests/DiffFixtures")
    static let day = CalendarDate(year: 2026, month: 11, day: 29)

    static func compile(_ relative: String) throws -> (CompileResult, Machine) {
        let result = Compiler.compile(
            path: fixtures.appendingPathComponent(relative).path, options: CompileOptions(checkDate: day))
        return (result, try #require(result.machine, "\(relative): \(result.diagnostics.map(\.message))"))
    }

    static func diff(_ old: String, _ new: String) throws -> ComplianceDiff {
        let (a, ma) = try compile(old)
        let (b, mb) = try compile(new)
        return ComplianceDiff(old: a, ma, label: old, new: b, mb, label: new)
    }

    static var winback: ComplianceDiff {
        get throws { try diff("winback-v3/winback.call", "winback-v4/winback.call") }
    }

    @Test func version4OfTheEnergyCampaign() throws {
        let d = try Self.winback
        #expect(d.regressions.map(\.id) == ["NL-OPTOUT-AT-END"])
        #expect(d.header.map { "\($0.field): \($0.old ?? "") -> \($0.new ?? "")" } == ["version: 3 -> 4"])
        #expect(d.statements.map(\.state) == ["opening.2", "afscheid.1"])
        #expect(d.statements.allSatisfy { $0.kind == .changed })
        #expect(d.endings.map(\.ending) == ["end"])
        #expect(d.endings.first?.added.count == 1 && d.endings.first?.removed.isEmpty == true)
        #expect(d.handlers.map(\.event) == ["complaint"])
        for (name, text) in [
            ("winback.diff.txt", DiffRendering.text(d)), ("winback.diff.md", DiffRendering.markdown(d)),
            ("winback.diff.json", String(decoding: try d.encoded(), as: UTF8.self) + "\n"),
        ] {
            if let problem = GoldenFile.check(text, against: Self.fixtures.appendingPathComponent("golden/\(name)")) {
                Issue.record(Comment(rawValue: problem))
            }
        }
        let schema = RepositoryPaths.docs.appendingPathComponent("schemas/diff.schema.json")
        let errors = try ExternalTool.schemaErrors(document: try d.encoded(), schema: schema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    @Test func theReverseDiffFixesTheRuleAndRemovesThePath() throws {
        let d = try Self.diff("winback-v4/winback.call", "winback-v3/winback.call")
        #expect(d.regressions.isEmpty)
        #expect(d.rules.map(\.id) == ["NL-OPTOUT-AT-END"] && d.rules.first?.new == .proven)
        #expect(d.endings.first?.removed.count == 1 && d.endings.first?.added.isEmpty == true)
        #expect(DiffRendering.text(d).hasSuffix("no rule went from proven to broken (6 changes to review)\n"))
    }

    @Test func aVersionAgainstItselfHasNoChanges() throws {
        let d = try Self.diff("winback-v3/winback.call", "winback-v3/winback.call")
        #expect(d.isEmpty)
        #expect(DiffRendering.text(d).hasSuffix("no compliance-relevant changes\n"))
    }

    /// Statements are matched by step and kind, not by number: a `say` inserted before the
    /// identify changes no reviewed statement, while removing the optout is reported.
    @Test func statementsAreMatchedByStepAndKind() throws {
        let (_, base) = try Self.compile("winback-v3/winback.call")
        var moved = base
        moved.states = moved.states.map { s in
            var s = s
            if s.id == "opening.2" { s.id = "opening.3" }
            return s
        }
        moved.states.removeAll { $0.role == .optout && $0.step == "terugbelafspraak" }
        let result = CompileResult(machine: moved, diagnostics: [], sources: [:])
        let original = CompileResult(machine: base, diagnostics: [], sources: [:])
        let d = ComplianceDiff(old: original, base, label: "a", new: result, moved, label: "b")
        #expect(d.statements.map(\.kind) == [.removed])
        #expect(d.statements.first?.statement == "optout" && d.statements.first?.step == "terugbelafspraak")
    }

    @Test func endingPathsFollowLoopsOnceAndStopAtTheLimit() throws {
        let (_, m) = try Self.compile("winback-v3/winback.call")
        let all = EndingPaths(m)
        #expect(!all.truncated)
        #expect(Set(all.byEnding.keys) == ["end", "callback at", "hangup", "transfer optout"])
        #expect(all.byEnding["hangup"] == ["on voicemail: hangup"])
        let few = EndingPaths(m, limit: 3)
        #expect(few.truncated && few.byEnding.values.map(\.count).reduce(0, +) == 3)
    }

    /// Docs/compliance.md shows this very diff, and the certificate screenshot it links exists.
    @Test func theComplianceDocShowsTheRealDiff() throws {
        let doc = try String(contentsOf: RepositoryPaths.docs.appendingPathComponent("compliance.md"), encoding: .utf8)
        #expect(
            doc.contains(
                "```\n$ callscript diff --on 2026-11-29 winback-v3/winback.call winback-v4/winback.call\n"
                    + DiffRendering.text(try Self.winback) + "```"))
        #expect(doc.contains("](images/certificate.png)"))
        #expect(
            FileManager.default.fileExists(
                atPath: RepositoryPaths.docs.appendingPathComponent("images/certificate.png").path))
    }
}

extension ComplianceDiffTests {
    /// Twenty yes/no questions in a row have 2^20 paths to the end: the listing stops at the
    /// limit, quickly, and says so.
    @Test func exponentiallyManyPathsAreCutOff() throws {
        var steps = ""
        for i in 0..<20 {
            steps += """
                step v\(i) {
                  ask "Vraag \(i)?" {
                    "Ja" -> v\(i + 1)
                    "Nee" -> v\(i + 1)
                  }
                }

                """
        }
        let source = """
            script "Veel paden" {
              company "Zonnig Energie B.V."
              caller-id "+31 20 555 0100"
              sector energy
              audience opt-in
            }
            start v0
            \(steps)step v20 {
              end
            }

            """
        let result = Compiler.compile(source: source, path: "veel.call", options: CompileOptions(verify: false))
        let machine = try #require(result.machine, "\(result.diagnostics.map(\.message))")
        let clock = ContinuousClock()
        let start = clock.now
        let paths = EndingPaths(machine, limit: 1000)
        #expect(paths.truncated)
        #expect(paths.byEnding["end"]?.count == 1000)
        #expect(clock.now - start < .seconds(10))
    }
}
