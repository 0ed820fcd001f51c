import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine

let beforeCutoff = CalendarDate(year: 2026, month: 6, day: 30)
let cutoff = CalendarDate(year: 2026, month: 7, day: 1)

/// Verifies against `nl-telemarketing` (or `policy`) and returns the findings of one rule.
func findings(
    _ rule: String, in machine: Machine, policy: Policy = NLTelemarketing.policy, on date: CalendarDate = beforeCutoff
)
    -> [Diagnostic]
{
    Verifier.verify(machine, policy: policy, on: date).filter { $0.code == rule }
}

/// The path of a diagnostic as `state: choice` words, for compact assertions.
func words(_ d: Diagnostic?) -> [String] {
    d?.path?.steps.map { step in step.choice.map { "\(step.state): \($0)" } ?? step.state } ?? []
}
