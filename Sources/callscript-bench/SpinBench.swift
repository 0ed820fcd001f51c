import CallscriptCompiler
import CallscriptCompliance
import CallscriptExports
import CallscriptGenerator
import CallscriptMachine
import Foundation

/// `--only spin [--scripts N]`: the SPIN second opinion on N generated scripts (two of three
/// mutated so every rule is broken somewhere), as the CI test does on 300. Prints agreement,
/// disagreements and the time per script; exit status 1 on any disagreement.
struct SpinBench {
    var scripts: Int
    var checkDate: CalendarDate
    var log: (String) -> Void

    /// Small generated scripts (2 to 9 steps), a planted violation now and then, and two of
    /// three changed by `MachineMutator`: the same recipe as the agreement test.
    static func machine(_ i: Int) -> Machine? {
        let violations: [ScriptGenerator.Violation?] = [nil, .optoutMissing, .pitchAfterNotConvenient]
        var files = ScriptGenerator(steps: 2 + i % 8, seed: UInt64(i + 1), violation: violations[i % 3]).generate()
        guard let main = files.removeValue(forKey: ScriptGenerator.mainFile),
            let machine = Compiler.compile(source: main, path: ScriptGenerator.mainFile, files: files).machine
        else { return nil }
        return i % 3 == 0 ? machine : MachineMutator(seed: UInt64(i)).mutate(machine, count: 1 + i % 4)
    }

    func run() -> Int32 {
        if case .failure(let missing) = SpinRunner.tools() {
            log("callscript-bench: \(missing.message); \(missing.help)")
            return 2
        }
        let lanes = max(1, ProcessInfo.processInfo.activeProcessorCount)
        log("SPIN second opinion on \(scripts) generated scripts, \(lanes) at a time")
        let started = Date()
        let outcomes = SpinCampaign.run(count: scripts, lanes: lanes, policy: NLTelemarketing.policy, on: checkDate) {
            Self.machine($0)
        }
        let wall = Date().timeIntervalSince(started)
        var agree = 0
        var failures = 0
        var broken: [String: Int] = [:]
        for outcome in outcomes {
            switch outcome.opinion {
            case .success(let opinion):
                if opinion.agrees {
                    agree += 1
                } else {
                    log(opinion.render(script: "generated script \(outcome.index)"))
                }
                for row in opinion.rows where row.brokenByCheck { broken[row.rule, default: 0] += 1 }
            case .failure(let failure):
                failures += 1
                log("generated script \(outcome.index): \(failure.message)")
            }
        }
        let perScript = outcomes.map(\.seconds).sorted()
        let median = perScript.isEmpty ? 0 : perScript[perScript.count / 2]
        print(
            "SPIN second opinion: \(agree) of \(outcomes.count) scripts agree on every rule, \(failures) without a verdict"
        )
        print(String(format: "wall %.1f s on %d lanes; SPIN+gcc+pan per script: median %.3f s", wall, lanes, median))
        print(
            "rules broken (by check): "
                + broken.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        return agree == outcomes.count && outcomes.count == scripts ? 0 : 1
    }
}
