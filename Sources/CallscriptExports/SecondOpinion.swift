import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// `callscript check --second-opinion spin`: the verifier's verdict per path rule next to
/// SPIN's on the Promela export of the same machine.
public struct SecondOpinion: Sendable {
    /// One rule's two verdicts.
    public struct Row: Hashable, Sendable {
        public var rule: String
        /// `callscript check` found the rule broken.
        public var brokenByCheck: Bool
        /// SPIN found it broken; nil when the export does not model the rule.
        public var brokenBySpin: Bool?

        /// nil when SPIN was not asked (not modelled).
        public var agrees: Bool? { brokenBySpin.map { $0 == brokenByCheck } }
    }

    public var rows: [Row]
    /// States SPIN stored for the whole model.
    public var states: Int

    /// True when every modelled rule has the same verdict from both.
    public var agrees: Bool { rows.allSatisfy { $0.agrees ?? true } }

    /// Exports `machine`, runs SPIN on it and compares with `diagnostics` (what `check` reported
    /// for this machine; a rule is broken when some diagnostic carries its ID).
    public static func run(machine: Machine, policy: Policy, diagnostics: [Diagnostic]) -> Result<
        SecondOpinion, SpinFailure
    > {
        let model = PromelaExport.model(machine, policy: policy)
        return SpinRunner.check(model).map { compare(model: model, spin: $0, diagnostics: diagnostics) }
    }

    /// Machines judged in one model (one SPIN run, one compile): each with what `check`
    /// reported for it, all under `policy`. The opinions come back in the same order.
    public static func run(batch: [(machine: Machine, diagnostics: [Diagnostic])], policy: Policy) -> Result<
        [SecondOpinion], SpinFailure
    > {
        let model = PromelaExport.model(batch.map(\.machine), policy: policy)
        return SpinRunner.check(model).map { spin in
            batch.enumerated().map { i, item in
                compare(model: model, spin: spin, diagnostics: item.diagnostics, machine: i)
            }
        }
    }

    /// The rows for machine `machine` of a model SPIN has checked.
    public static func compare(model: PromelaModel, spin: SpinVerdicts, diagnostics: [Diagnostic], machine: Int = 0)
        -> SecondOpinion
    {
        let brokenByCheck = Set(diagnostics.map(\.code))
        let brokenBySpin = machine < spin.brokenPerMachine.count ? spin.brokenPerMachine[machine] : [:]
        var rows = model.modelled.map { id in
            Row(rule: id, brokenByCheck: brokenByCheck.contains(id), brokenBySpin: brokenBySpin[id] != nil)
        }
        rows += model.notModelled.map { Row(rule: $0, brokenByCheck: brokenByCheck.contains($0), brokenBySpin: nil) }
        return SecondOpinion(rows: rows, states: spin.states)
    }

    /// The report as text: one line per rule.
    public func render(script: String) -> String {
        var out = "second opinion (SPIN) on \(script): \(agrees ? "agrees" : "DISAGREES") (\(states) states)\n"
        let width = rows.map(\.rule.count).max() ?? 0
        for row in rows {
            let name = row.rule.padding(toLength: width, withPad: " ", startingAt: 0)
            let check = row.brokenByCheck ? "broken" : "holds"
            switch row.brokenBySpin {
            case nil: out += "  \(name)  check: \(check), spin: not modelled\n"
            case let spin?:
                let verdict = spin ? "broken" : "holds"
                out += "  \(name)  check: \(check), spin: \(verdict)\(row.agrees == true ? "" : "  <- disagree")\n"
            }
        }
        return out
    }
}
