import CallscriptReference
import Foundation

/// `callscript-bench --only agreement`: the verifier against the brute-force reference on
/// machines compiled from many random scripts (the nightly-sized run of
/// `ScriptAgreementTests`). `CALLSCRIPT_AGREEMENT_SCRIPTS` sets how many (default 10,000),
/// `CALLSCRIPT_AGREEMENT_SEED` the first seed. Exit status 1 on any disagreement.
enum AgreementBench {
    static let defaultScripts = 10_000

    static func run(log: (String) -> Void) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let scripts =
            environment["CALLSCRIPT_AGREEMENT_SCRIPTS"].flatMap { Int($0) }.map { max(1, $0) } ?? defaultScripts
        let seed = environment["CALLSCRIPT_AGREEMENT_SEED"].flatMap { UInt64($0) } ?? 20_261_201
        log("agreement: \(scripts) random scripts from seed \(seed)")
        let clock = ContinuousClock()
        let start = clock.now
        let run = ScriptAgreement.run(scripts: scripts, seed: seed)
        let seconds = (clock.now - start) / .seconds(1)
        print(render(run, seconds: seconds), terminator: "")
        let ok = run.agreement.disagreements.isEmpty && run.unexpectedErrors.isEmpty
        return ok ? 0 : 1
    }

    static func render(_ run: ScriptAgreement, seconds: Double) -> String {
        var out = "verifier against the brute-force reference on compiled random scripts\n"
        out += "  scripts \(run.scripts), compiled \(run.compiled), \(String(format: "%.1f", seconds)) s\n"
        out += "  rule                          broken on   kept on\n"
        for rule in RuleAgreement.pathRules {
            let name = rule.id.padding(toLength: 30, withPad: " ", startingAt: 0)
            let broken = String(run.agreement.brokenOn[rule.id, default: 0]).leftPadded(9)
            let kept = String(run.agreement.keptOn[rule.id, default: 0]).leftPadded(9)
            out += "  \(name)\(broken) \(kept)\n"
        }
        let disagreements = run.agreement.disagreements
        let met = disagreements.isEmpty && run.unexpectedErrors.isEmpty && run.scripts >= defaultScripts
        out += "  disagreements \(disagreements.count), unexpected compile errors \(run.unexpectedErrors.count)"
        out += " (target: none on >= \(defaultScripts) scripts: \(met ? "met" : "not met"))\n"
        for line in (disagreements + run.unexpectedErrors).prefix(5) { out += "    \(line)\n" }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
