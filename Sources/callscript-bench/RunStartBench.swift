import CallscriptCompliance
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// Where `run` start goes: `MachineLoader.load(path:)` taken apart into the steps it makes,
/// each timed in CPU time (the cores are shared) as the median of `runs`. The steps are
/// measured one by one from outside the loader, so their sum is close to, not exactly, the
/// loader's own time (`total`). `--run-start MACHINE` prints them for one machine file.
struct RunStartBench {
    var path: String
    var checkDate: CalendarDate
    var runs: Int

    /// Step name and CPU seconds, in the loader's order, then the loader's own total.
    func phases() throws -> [(String, Double)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read \(path)")
        }
        let cpu = { (body: () -> Void) in ScaleBench.cpu(runs, body) }
        var out: [(String, Double)] = []
        out.append(("read", cpu { consume(FileManager.default.contents(atPath: path)) }))
        out.append(("decode", cpu { consume(MachineDecoding.decode(data, file: "m.json")) }))
        let loading = cpu { consume(MachineDecoding.decodeForLoading(data, file: "m.json")) }
        out.append(("layout digest", max(0, loading - out[1].1)))
        guard case .success(let machine) = MachineDecoding.decode(data, file: "m.json") else {
            throw BenchError("\(path) does not decode")
        }
        out.append(("graph", cpu { consume(MachineGraph(machine)) }))
        out.append(("validate (graph included)", cpu { consume(MachineValidator.validated(machine, file: "m")) }))
        guard case .success(let graph) = MachineValidator.validated(machine, file: "m"),
            let policy = Policies.named(machine.script.policy)
        else { throw BenchError("\(path) does not validate") }
        out.append(("prove", cpu { consume(Verifier.prove(graph, policy: policy, on: checkDate)) }))
        out.append(("canonical digest (not on the fast path)", cpu { consume(CanonicalJSON.digest(machine)) }))
        out.append(
            ("total: MachineLoader.load(path:)", cpu { consume(try? MachineLoader.load(path: path, on: checkDate)) }))
        // The loading thread's own CPU time: the wall time on an idle machine when the other
        // core's work (layout digest, the run's lookups) is done before it is needed.
        out.append(
            (
                "total, loading thread's CPU time",
                ReferenceBench.cpu(runs) { consume(try? MachineLoader.load(path: path, on: checkDate)) }
            ))
        out.append(("total, wall time (the target)", wall()))
        return out
    }

    /// The loader's wall time alone, the median of `runs` (`--run-start-load`: for `perf record`).
    /// The machine is freed after the clock stops, as `run` keeps it for the whole call.
    func wall() -> Double {
        Measure.median(runs: runs, keeping: { try? MachineLoader.load(path: path, on: checkDate) })
    }

    /// The phases as lines, with MB/s of the file for each.
    func render() throws -> String {
        let bytes = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        return try phases().map { name, seconds in
            let rate = seconds > 0 ? String(format: "%8.0f MB/s", bytes / 1e6 / seconds) : "           -"
            return
                "\(name.padding(toLength: 42, withPad: " ", startingAt: 0)) \(String(format: "%7.3f s", seconds)) \(rate)"
        }.joined(separator: "\n") + "\n"
    }
}
