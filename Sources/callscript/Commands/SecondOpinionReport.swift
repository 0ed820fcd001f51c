import CallscriptCompiler
import CallscriptCompliance
import CallscriptExports
import Dispatch
import Foundation

/// `check --second-opinion spin`: SPIN on the Promela export of every checked machine, two at a
/// time (each run compiles a C program), reported after the normal output, in input order.
enum SecondOpinionReport {
    /// 0 when SPIN agrees on every script, 1 when it disagrees on one, 2 when it cannot run.
    static func run(
        _ checked: Zip2Sequence<[String], [CompileResult]>, toStandardError: Bool, _ console: Console
    ) -> Int32 {
        if case .failure(let missing) = SpinRunner.tools() {
            console.error("\(missing.message); \(missing.help)")
            return ExitCode.usage
        }
        let jobs = checked.compactMap { path, result -> (String, CompileResult)? in
            result.machine == nil ? nil : (path, result)
        }
        let box = OpinionBox(count: jobs.count)
        let width = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: width) { lane in
            for i in stride(from: lane, to: jobs.count, by: width) {
                box.set(i, opinion(jobs[i].1))
            }
        }
        var status = ExitCode.ok
        for ((path, _), outcome) in zip(jobs, box.results) {
            switch outcome {
            case .success(let opinion):
                let text = opinion.render(script: path)
                if toStandardError { console.err(text) } else { console.out(text) }
                if !opinion.agrees { status = ExitCode.failure }
            case .failure(let failure):
                console.error("second opinion on \(path): \(failure.message)")
                return ExitCode.usage
            case nil:
                return ExitCode.usage
            }
        }
        return status
    }

    private static func opinion(_ result: CompileResult) -> Result<SecondOpinion, SpinFailure> {
        guard let machine = result.machine else {
            return .failure(SpinFailure(message: "no machine", help: ""))
        }
        let name = machine.script.policy.isEmpty ? Policies.defaultID : machine.script.policy
        guard let policy = Policies.named(name) else {
            return .failure(SpinFailure(message: "unknown policy '\(name)'", help: "see `callscript explain`"))
        }
        // A warning allowed with a reason is still a breach the proof found: SPIN must find it too.
        let findings = result.diagnostics + result.silenced.map(\.finding)
        return SecondOpinion.run(machine: machine, policy: policy, diagnostics: findings)
    }
}

/// Results written from two lanes; each slot once.
private final class OpinionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<SecondOpinion, SpinFailure>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<SecondOpinion, SpinFailure>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    var results: [Result<SecondOpinion, SpinFailure>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
