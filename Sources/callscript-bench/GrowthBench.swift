import CallscriptCompiler
import CallscriptGenerator
import CallscriptMachine
import Foundation

/// Issue 15, "every phase grows at most 11x from 10,000 to 100,000 steps", on its own and
/// quickly (`--only growth`): the driver's phases as `check` runs them (no seal) and the
/// verifier's graph (`MachineGraph` from the machine, as the compiler and the loader build it),
/// at 10,000 and 100,000 steps of both generators, each the median of `runs` runs: the
/// driver's own timings of each phase, wall time, the process's CPU time (every thread: the
/// verifier proves its rules on several) and the compiling thread's, and the graph's CPU time.
struct GrowthBench {
    var folder: URL
    var checkDate: CalendarDate
    var runs: Int
    var log: (String) -> Void

    /// One row per phase and shape: the time at both sizes and their ratio.
    func run() throws -> String {
        var rows: [[String]] = []
        for shape in ScaleBench.Shape.allCases {
            var times: [[String: Double]] = []
            for steps in [10_000, 100_000] {
                log("growth: \(shape.rawValue), \(steps.formatted()) steps")
                let dir = folder.appendingPathComponent("growth-\(shape.rawValue)-\(steps)")
                let path = try GeneratedFiles.write(shape.files(steps), into: dir)
                times.append(try measure(path))
            }
            for phase in times[1].keys.sorted() {
                guard let small = times[0][phase], let big = times[1][phase] else { continue }
                rows.append([
                    shape.rawValue, phase, Report.time(small), Report.time(big),
                    String(format: "%.1fx", big / max(small, 1e-9)),
                ])
            }
        }
        return Report.table(["script", "phase", "10,000 steps", "100,000 steps", "x(100k/10k)"], rows)
    }

    /// Median phase times of `check` (no seal) and the CPU time of building the graph.
    private func measure(_ path: String) throws -> [String: Double] {
        var options = CompileOptions(checkDate: checkDate)
        options.seal = false
        var samples: [String: [Double]] = [:]
        var machine: Machine?
        var edges: MachineEdges?
        for _ in 0..<runs {
            let result = Compiler.compile(path: path, options: options)
            for t in result.timings {
                samples[t.phase, default: []].append(Measure.seconds(t.duration))
                samples["\(t.phase) (CPU)", default: []].append(Measure.seconds(t.processCPU))
                samples["\(t.phase) (compiling thread's CPU)", default: []].append(Measure.seconds(t.cpu))
            }
            machine = result.machine
            edges = result.edges
        }
        guard let machine else { throw BenchError("\(path) does not compile") }
        var out = samples.mapValues(Measure.middle)
        out["verify: build the graph (CPU)"] = ReferenceBench.cpu(max(5, runs)) { consume(MachineGraph(machine)) }
        // What `check` builds: the graph from the lowering's edges (the row above is a loaded file's).
        if let edges {
            out["verify: graph from lowering's edges (CPU)"] = ReferenceBench.cpu(max(ReferenceBench.growthRuns, runs))
            {
                consume(MachineGraph(machine, edges: edges))
            }
        }
        return out
    }
}
