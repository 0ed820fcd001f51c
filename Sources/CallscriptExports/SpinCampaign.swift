import CallscriptCompliance
import CallscriptDiagnostics
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
        /// Seconds spent in SPIN, gcc and pan for this machine (its share of its model's).
        public var seconds: Double
    }

    /// Judges `machine(i)` for `i` in `0..<count` under `policy` as of `date`, `batch` machines
    /// per model (SPIN's verifier is compiled once per model; compiling is most of the time).
    /// `machine` must be safe to call from several threads.
    public static func run(
        count: Int, lanes: Int = 2, batch: Int = 20, policy: Policy, on date: CalendarDate,
        machine: @escaping @Sendable (Int) -> Machine?
    ) -> [Outcome] {
        let box = OutcomeBox(count: count)
        let width = max(1, lanes)
        let size = max(1, batch)
        let batches = (count + size - 1) / size
        DispatchQueue.concurrentPerform(iterations: width) { lane in
            for b in stride(from: lane, to: batches, by: width) {
                var items: [(index: Int, machine: Machine, diagnostics: [Diagnostic])] = []
                for i in (b * size)..<min(count, (b + 1) * size) {
                    guard let m = machine(i) else { continue }
                    items.append((i, m, Verifier.verify(m, policy: policy, on: date)))
                }
                guard !items.isEmpty else { continue }
                let started = Date()
                let opinions = SecondOpinion.run(batch: items.map { ($0.machine, $0.diagnostics) }, policy: policy)
                let seconds = Date().timeIntervalSince(started) / Double(items.count)
                for (k, item) in items.enumerated() {
                    let opinion = opinions.map { $0[k] }
                    box.set(item.index, Outcome(index: item.index, opinion: opinion, seconds: seconds))
                }
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
