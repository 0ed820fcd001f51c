import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptExports
import CallscriptGenerator
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

/// SPIN on the Promela export gives every rule the verdict `callscript check` gives it.
/// SPIN and gcc must be installed (`.ci/run` installs Debian's `spin`); a missing tool fails.
@Suite(.serialized) struct PromelaSpinTests {
    static let date = CalendarDate(year: 2026, month: 12, day: 1)

    static func policy(of machine: Machine) throws -> Policy {
        try #require(Policies.named(machine.script.policy.isEmpty ? Policies.defaultID : machine.script.policy))
    }

    @Test func spinAndGccAreInstalled() {
        if case .failure(let missing) = SpinRunner.tools() { Issue.record("\(missing.message); \(missing.help)") }
    }

    /// The rules of the kinds the table encodes are modelled; any other path rule is listed
    /// as not modelled, and no path rule is left out.
    @Test func everyPathRuleIsModelledOrListedAsNotModelled() {
        let modelledKinds = [
            "NL-IDENTIFY-FIRST", "NL-CONVENIENT", "NL-RESPECT-NOT-CONVENIENT", "NL-OPTOUT-AT-END", "NL-OBJECTION",
            "NL-VOICEMAIL", "NL-COMPLAINT", "NL-MINOR", "US-TSR-DISCLOSE-SELLER", "US-TSR-DISCLOSE-PURPOSE",
            "US-TSR-DISCLOSE-GOODS", "NL-OPTOUT-ANSWER", "NL-ENERGY-SALE-INFO", "NL-ENERGY-WRITTEN",
            "NL-ENERGY-RECORDING", "US-TSR-DISCLOSE-PRIZE",
        ]
        var seen: Set<String> = []
        for policy in Policies.all {
            let model = PromelaExport.model(Machine.empty, policy: policy)
            let pathRules = policy.rules.filter(\.check.isPathCheck).map(\.id)
            #expect(Set(model.modelled + model.notModelled) == Set(pathRules), "\(policy.id)")
            #expect(Set(model.modelled).isDisjoint(with: model.notModelled))
            for id in modelledKinds where pathRules.contains(id) {
                #expect(model.modelled.contains(id), "\(id)")
                seen.insert(id)
            }
        }
        #expect(seen == Set(modelledKinds))
    }

    /// SPIN gives a second opinion on every path rule the product ships: none is "not modelled".
    @Test func noShippedPathRuleIsNotModelled() {
        for policy in Policies.all {
            let model = PromelaExport.model(Machine.empty, policy: policy)
            #expect(model.notModelled.isEmpty, "\(policy.id): \(model.notModelled)")
            #expect(!model.text.contains("not modelled:"), "\(policy.id)")
        }
    }

    @Test func aRuleOfAnUnknownKindIsNotModelledRatherThanGuessed() {
        var policy = NLTelemarketing.policy
        policy.rules = [
            Rule(
                id: "X-HEADER", severity: .error, check: .customerTerm(maxMonths: 3),
                documentation: NLTelemarketing.minor.documentation)
        ]
        let model = PromelaExport.model(Machine.empty, policy: policy)
        #expect(model.modelled == [] && model.notPathRules == ["X-HEADER"])
        var topics: [String] = []
        #expect(PromelaRuleTable.encoding(of: .customerTerm(maxMonths: 3), topics: &topics) == nil)
    }

    /// Every example and every non-compliant example: the same verdict per rule from SPIN as from
    /// `check`, each non-compliant example's own rule (its file name) broken by both when it is
    /// modelled, and no rule broken in a compliant example. All examples of a policy go into one
    /// model (one compile of pan), which also shows that a breach in one machine is never
    /// charged to another; `check --second-opinion` (one model per script) has its CLI test.
    @Test func examplesGetTheSameVerdictFromSpin() throws {
        var byPolicy: [String: [(script: URL, machine: Machine, diagnostics: [Diagnostic])]] = [:]
        for script in ExampleMachines.scripts {
            let result = Compiler.compile(path: script.path, options: CompileOptions(checkDate: Self.date))
            let machine = try #require(result.machine, "\(script.lastPathComponent)")
            byPolicy[try Self.policy(of: machine).id, default: []].append((script, machine, result.diagnostics))
        }
        #expect(byPolicy.count >= 2)
        #expect(byPolicy.values.reduce(0) { $0 + $1.count } == ExampleMachines.scripts.count)
        var ownRulesChecked = 0
        for (id, batch) in byPolicy {
            let policy = try #require(Policies.named(id))
            let opinions = try SecondOpinion.run(batch: batch.map { ($0.machine, $0.diagnostics) }, policy: policy)
                .get()
            #expect(opinions.count == batch.count)
            for (opinion, item) in zip(opinions, batch) {
                let name = item.script.lastPathComponent
                #expect(opinion.agrees, "\(opinion.render(script: name))")
                let own = item.script.deletingPathExtension().lastPathComponent
                if item.script.path.contains("/noncompliant/") {
                    if let row = opinion.rows.first(where: { $0.rule == own && $0.brokenBySpin != nil }) {
                        #expect(row.brokenByCheck && row.brokenBySpin == true, "\(own)")
                        ownRulesChecked += 1
                    }
                } else {
                    #expect(opinion.rows.allSatisfy { !$0.brokenByCheck && $0.brokenBySpin != true }, "\(name)")
                }
            }
        }
        // One non-compliant example per modelled path rule with an example of that name.
        let examplesOfPathRules = ExampleMachines.scripts.filter { script in
            script.path.contains("/noncompliant/")
                && Policies.all.contains { policy in
                    policy.rules.contains {
                        $0.check.isPathCheck && $0.id == script.deletingPathExtension().lastPathComponent
                    }
                }
        }
        #expect(ownRulesChecked == examplesOfPathRules.count)
        #expect(ownRulesChecked >= 15)
    }

    /// 300 generated scripts, two thirds of them mutated so that every rule is broken somewhere:
    /// SPIN agrees with the verifier on every rule of every one. Prints the time it took.
    @Test func threeHundredGeneratedScriptsGetTheSameVerdicts() throws {
        let count = 300
        let policy = NLTelemarketing.policy
        let started = Date()
        let outcomes = SpinCampaign.run(count: count, policy: policy, on: Self.date) { i in
            GeneratedMachines.machine(i)
        }
        let seconds = Date().timeIntervalSince(started)
        print("SPIN agreement: \(outcomes.count) generated scripts in \(String(format: "%.1f", seconds)) s")
        #expect(outcomes.count == count)
        var brokenRules: Set<String> = []
        var heldRules: Set<String> = []
        for outcome in outcomes {
            switch outcome.opinion {
            case .failure(let failure): Issue.record("script \(outcome.index): \(failure.message)")
            case .success(let opinion):
                #expect(
                    opinion.agrees, "script \(outcome.index): \(opinion.render(script: "generated \(outcome.index)"))")
                for row in opinion.rows where row.brokenBySpin != nil {
                    if row.brokenByCheck { brokenRules.insert(row.rule) } else { heldRules.insert(row.rule) }
                }
            }
        }
        // The campaign means something only if every path rule was broken and kept somewhere.
        let pathRules = Set(PromelaExport.model(Machine.empty, policy: policy).modelled)
        #expect(brokenRules == pathRules, "never broken: \(pathRules.subtracting(brokenRules).sorted())")
        #expect(heldRules == pathRules)
    }

    /// The energy policy on 60 generated, mutated scripts (mutations can give a `disclose` the
    /// energy topics): SPIN agrees with the verifier on every rule. Generated scripts have no
    /// `ask sale`, so only NL-ENERGY-RECORDING (no `recording` header) is broken among the
    /// energy rules; the examples cover the other two.
    @Test func generatedScriptsGetTheSameVerdictsUnderTheEnergyPolicy() throws {
        let outcomes = SpinCampaign.run(count: 60, policy: NLEnergy.policy, on: Self.date) { i in
            GeneratedMachines.machine(i)
        }
        #expect(outcomes.count == 60)
        var brokenRules: Set<String> = []
        for outcome in outcomes {
            switch outcome.opinion {
            case .failure(let failure): Issue.record("script \(outcome.index): \(failure.message)")
            case .success(let opinion):
                #expect(
                    opinion.agrees, "script \(outcome.index): \(opinion.render(script: "generated \(outcome.index)"))")
                for row in opinion.rows where row.brokenBySpin == true { brokenRules.insert(row.rule) }
            }
        }
        #expect(brokenRules.isSuperset(of: ["NL-ENERGY-RECORDING", "NL-OPTOUT-ANSWER"]), "\(brokenRules.sorted())")
    }
}

/// Generated scripts for agreement campaigns: small (2 to 9 steps), a planted violation now and
/// then, and two of three mutated.
enum GeneratedMachines {
    static func machine(_ i: Int) -> Machine? {
        let violations: [ScriptGenerator.Violation?] = [nil, .optoutMissing, .pitchAfterNotConvenient]
        let generator = ScriptGenerator(steps: 2 + i % 8, seed: UInt64(i + 1), violation: violations[i % 3])
        var files = generator.generate()
        guard let main = files.removeValue(forKey: ScriptGenerator.mainFile) else { return nil }
        let result = Compiler.compile(source: main, path: ScriptGenerator.mainFile, files: files)
        guard let machine = result.machine else { return nil }
        return i % 3 == 0 ? machine : MachineMutator(seed: UInt64(i)).mutate(machine, count: 1 + i % 4)
    }
}

extension Machine {
    static let empty = Machine(
        compiler: "test",
        script: ScriptInfo(
            name: "leeg", company: "X", principal: nil, callerID: "+31205550199", policy: "", sector: "energy",
            audience: .optIn),
        fields: [], start: "", handlers: [], states: [], sources: [])
}
