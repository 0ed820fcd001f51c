import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptExports
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// The C reference checker of `Benchmarks/reference/` finds what the verifier finds (the same
/// end states and path lengths, so the same verdicts) for NL-IDENTIFY-FIRST, NL-CONVENIENT and
/// NL-OPTOUT-AT-END, on generated scripts with and without planted violations, mutated machines
/// and a survey. Skipped when no C compiler is installed.
@Suite(.serialized) struct CReferenceTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 1)

    static func checker(in folder: URL) throws -> CReferenceChecker? {
        let reference = RepositoryPaths.root().appendingPathComponent("Benchmarks/reference")
        guard let built = CReferenceChecker.build(referenceFolder: reference, into: folder) else { return nil }
        return try built.get()
    }

    /// The verifier's and the reference's findings of the three rules on `machine`.
    static func compare(_ machine: Machine, _ checker: CReferenceChecker, in folder: URL, label: String) throws
        -> Set<String>
    {
        let graph = MachineGraph(machine)
        let file = folder.appendingPathComponent("machine.graph")
        try Data(GraphExport.bytes(graph)).write(to: file)
        let verdicts = try checker.check(graphFile: file.path).get()
        #expect(verdicts.map(\.rule) == CReferenceChecker.rules)
        var broken: Set<String> = []
        for verdict in verdicts {
            let rule = try #require(NLTelemarketing.policy.rules.first(where: { $0.id == verdict.rule }))
            let diagnostics = Verifier.verify(graph, policy: Policy(id: NLTelemarketing.id, rules: [rule]), on: date)
            let ours = CReferenceChecker.findings(diagnostics, rule: rule.id, graph: graph)
            #expect(ours.count == diagnostics.count, "\(label) \(rule.id): a finding without a path")
            #expect(ours == verdict.findings, "\(label) \(rule.id)")
            if !ours.isEmpty { broken.insert(rule.id) }
        }
        return broken
    }

    @Test func findingsAgreeOnGeneratedAndMutatedMachines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-cref-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let checker = try Self.checker(in: folder) else { return }
        var broken: Set<String> = []
        for i in 0..<60 {
            guard let machine = GeneratedMachines.machine(i) else { continue }
            broken.formUnion(try Self.compare(machine, checker, in: folder, label: "machine \(i)"))
        }
        // The campaign must exercise every rule's violations, or agreement says little.
        #expect(broken == Set(CReferenceChecker.rules), "\(broken.sorted())")
    }

    @Test func findingsAgreeOnLargerScriptsOfBothGenerators() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-cref-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let checker = try Self.checker(in: folder) else { return }
        let scripts: [(String, [String: String])] = [
            ("campaign", ScriptGenerator(steps: 300, seed: 7).generate()),
            ("campaign, planted", ScriptGenerator(steps: 300, seed: 7, violation: .optoutMissing).generate()),
            ("survey", SurveyGenerator(steps: 300, seed: 7).generate()),
        ]
        for (label, generated) in scripts {
            var files = generated
            let removed = files.removeValue(forKey: ScriptGenerator.mainFile)
            let main = try #require(removed, "\(label)")
            let result = Compiler.compile(source: main, path: ScriptGenerator.mainFile, files: files)
            let machine = try #require(result.machine, "\(label)")
            let broken = try Self.compare(machine, checker, in: folder, label: label)
            #expect(broken == (label.hasSuffix("planted") ? ["NL-OPTOUT-AT-END"] : []), "\(label)")
        }
    }

    /// A malformed graph is refused with a message, not a crash.
    @Test func aMalformedGraphIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-cref-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let checker = try Self.checker(in: folder) else { return }
        let file = folder.appendingPathComponent("bad.graph")
        try Data("callscript-graph 1 states 2 edges 1 handlers 0 start 0\nsay\nshout\n0 1\n".utf8).write(to: file)
        guard case .failure(let failure) = checker.check(graphFile: file.path) else {
            Issue.record("a graph with an unknown role was accepted")
            return
        }
        #expect(failure.description.contains("unknown role"))
    }
}
