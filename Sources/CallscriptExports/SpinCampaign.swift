import CallscriptCompliance
import CallscriptMachine
import Dispatch
import Foundation

/// Many machines judged by the verifier and by SPIN, two (or `lanes`) SPIN runs at a time:
/// the agreement test in CI and `callscript-bench --only spin`.
public enum SpinCampaign {
    /// One machine's result.
    public struct Outcome: Sendable {
        public var index: Int
        /// The comparison, or why SPIN gave no verdict.
        public var opinion: Result<SecondOpinion, SpinFailure>
        /// Seconds spent in SPIN, gcc and pan for this machine.
        public var seconds: Double
    }

    /// Judges `machine(i)` for `i` in `0..<count` under `policy` as of `date`. `machine` must be
    /// safe to call from several threads.
    public static func run(
        count: Int, lanes: Int = 2, policy: Policy, on date: CalendarDate,
        machine: @escaping @Sendable (Int) -> Machine?
    ) -> [Outcome] {
        let box = OutcomeBox(count: count)
        let width = max(1, lanes)
        DispatchQueue.concurrentPerform(iterations: width) { lane in
            for i in stride(from: lane, to: count, by: width) {
                guard let m = machine(i) else { continue }
                let diagnostics = Verifier.verify(m, policy: policy, on: date)
                let started = Date()
                let opinion = SecondOpinion.run(machine: m, policy: policy, diagnostics: diagnostics)
                box.set(i, Outcome(index: i, opinion: opinion, seconds: Date().timeIntervalSince(started)))
            }
        }
        return box.outcomes
    }
}

/// Outcomes written from several lanes; each slot once.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [SpinCampaign.Outcome?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ outcome: SpinCampaign.Outcome) {
        lock.lock()
        slots[i] = outcome
        lock.unlock()
    }

    var outcomes: [SpinCampaign.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
