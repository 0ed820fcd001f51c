import CallscriptGenerator
import CallscriptIO
import CallscriptMachine
import Foundation

// `swift run -c release callscript-bench [--sizes 1000,10000,100000] [--runs 5] [--sessions 10000]
//  [--output FILE] [--quick]`: measures the pipeline, the runtime and the CLI, prints a table
// and writes every figure as JSON. Targets are reported, never asserted.

let usage = """
    usage: callscript-bench [--sizes N,N,...] [--runs N] [--sessions N] [--output FILE] [--quick]
      --sizes     steps of the generated scripts (default 1000,10000,100000)
      --runs      runs per measurement; the median is reported (default 5; 3 at 100,000 steps)
      --sessions  live sessions held in one process (default 10000)
      --output    where to write the JSON (default .build/callscript-bench.json)
      --quick     small sizes and few runs, to check that the benchmark itself works
      --only      compiler, runtime, records, serve or cli: measure only that part (step: the step function alone;
                  store: the record stores' gate checks and commits, with --store postgres://... for PostgreSQL;
                  scale: the targets of issue 15 on both generators: loading, run start, paths, check)
                  reference: the verifier against the C reference checker (Benchmarks/reference; part of scale);
                  growth: each phase of check and the verifier's graph at 10,000 and 100,000 steps;
                  spin: the SPIN second opinion on --scripts generated scripts (not part of the full run)
      --scripts N with --only spin: how many generated scripts (default 10,000)
      --callgrind with --only scale: also count check's instructions per source byte (valgrind; minutes)
      --store     with --only store or serve: a PostgreSQL database to measure too (a fresh schema; it is migrated)
      --generate N FOLDER  write the generated N-step script into FOLDER and stop (for profiling)
      --generate-survey N FOLDER  the same with the survey-shaped generator (SurveyGenerator)
      --run-start MACHINE  CPU time of each step of loading MACHINE for `run` and stop (for profiling)
      --run-start-load MACHINE  only load MACHINE --runs times and print the median wall time (for perf record)
      --objections N  objection numbers for the records figures (default 10,000,000; --only records)
      --consents N    consents for the records figures (default 1,000,000)
      --rows N        rows of the scrubbed call list (default 1,000,000)
      --agents N      concurrent agents for the serve figures (default 200; --only serve)
      --serve-calls N complete calls per agent (default 5)
    """

var sizes = [1_000, 10_000, 100_000]
var runs = 5
var sessions = 10_000
var output = ".build/callscript-bench.json"
var only: String?
var storeURL: String?
var phasesOf: (steps: Int, script: String, output: String)?
var recordSizes = (objections: 10_000_000, consents: 1_000_000, rows: 1_000_000)
var serveLoad = (agents: 200, calls: 5)
var callgrind = false
var spinScripts = 10_000
var runStartOf: String?
var runStartLoadOf: String?
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == Measure.measureChildFlag { Measure.measureChild(Array(arguments.dropFirst())) }
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else {
            try? StandardStream.write("callscript-bench: \(flag) needs a value\n\(usage)\n", to: StandardStream.error)
            exit(2)
        }
        return arguments.removeFirst()
    }
    switch flag {
    case "--sizes": sizes = value().split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
    case "--runs": runs = max(1, Int(value()) ?? runs)
    case "--sessions": sessions = max(2, Int(value()) ?? sessions)
    case "--output": output = value()
    case "--quick":
        (sizes, runs, sessions) = ([100, 1_000], 1, 200)
        recordSizes = (20_000, 5_000, 5_000)
        serveLoad = (20, 2)
    case "--objections": recordSizes.objections = max(1_000, Int(value()) ?? recordSizes.objections)
    case "--consents": recordSizes.consents = max(1_000, Int(value()) ?? recordSizes.consents)
    case "--rows": recordSizes.rows = max(100, Int(value()) ?? recordSizes.rows)
    case "--agents": serveLoad.agents = min(1000, max(1, Int(value()) ?? serveLoad.agents))
    case "--serve-calls": serveLoad.calls = min(100, max(1, Int(value()) ?? serveLoad.calls))
    case "--append-probe":
        // Internal: the strace child of the records figures.
        let root = value()
        do { try RecordsBench.appendProbe(root, count: Int(value()) ?? 20) } catch {
            log("callscript-bench: \(error)")
            exit(1)
        }
        exit(0)
    case "--only": only = value()
    case "--callgrind": callgrind = true
    case "--scripts": spinScripts = max(1, Int(value()) ?? spinScripts)
    case "--store": storeURL = value()
    case "--phases-of":
        // Internal: one size in a fresh process (see below), result as JSON into a file.
        phasesOf = (Int(value()) ?? 0, value(), value())
    case "--run-start": runStartOf = value()
    case "--run-start-load": runStartLoadOf = value()
    case "--generate", "--generate-survey":
        let steps = Int(value()) ?? 1_000
        let folder = URL(fileURLWithPath: value())
        let files =
            flag == "--generate"
            ? ScriptGenerator(steps: steps, seed: 42).generate() : SurveyGenerator(steps: steps, seed: 42).generate()
        do {
            print(try GeneratedFiles.write(files, into: folder))
        } catch {
            try? StandardStream.write("callscript-bench: \(error)\n", to: StandardStream.error)
            exit(2)
        }
        exit(0)
    case "-h", "--help":
        print(usage)
        exit(0)
    default:
        try? StandardStream.write("callscript-bench: unknown option '\(flag)'\n\(usage)\n", to: StandardStream.error)
        exit(2)
    }
}

func log(_ line: String) { try? StandardStream.write((line + "\n"), to: StandardStream.error) }

/// The `callscript` binary built next to this one (the package builds both).
func cliPath() -> String? {
    guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
    let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("callscript").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
}

/// The repository's small example, found from this file's place in the source tree or the
/// working directory.
func smallExample() -> String? {
    let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/krant/abonnement.call").path
    for path in [fromSource, "Examples/krant/abonnement.call"] where FileManager.default.fileExists(atPath: path) {
        return path
    }
    return nil
}

let checkDate = CalendarDate(year: 2026, month: 3, day: 3)
let scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callscript-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }

/// Runs one part of the benchmark alone: prints what it returns, removes the scratch folder
/// and exits (1 when it threw).
func runAlone(_ part: () throws -> String) -> Never {
    do {
        print(try part(), terminator: "")
        try? FileManager.default.removeItem(at: scratch)
        exit(0)
    } catch {
        log("callscript-bench: \(error)")
        exit(1)
    }
}

/// Target rows as the table every `--only` part prints.
func targetTable(_ rows: [TargetResult]) -> String {
    Report.table(
        ["target", "wanted", "measured", "met"],
        rows.map { [$0.name, $0.target, $0.measured, $0.met.map { $0 ? "yes" : "NO" } ?? "-"] }) + "\n"
}

if let job = phasesOf {
    runAlone {
        let compiler = CompilerBench(runs: runs, folder: scratch, cli: nil, checkDate: checkDate, log: log)
        let result = try compiler.run(steps: job.steps, mainPath: job.script, cliResult: nil)
        try JSONEncoder().encode(result).write(to: URL(fileURLWithPath: job.output))
        return ""
    }
}

if let runStartLoadOf {
    print(String(format: "%.3f s wall", RunStartBench(path: runStartLoadOf, checkDate: checkDate, runs: runs).wall()))
    exit(0)
}

if let runStartOf {
    runAlone { try RunStartBench(path: runStartOf, checkDate: checkDate, runs: runs).render() }
}

if only == "agreement" { exit(AgreementBench.run(log: log)) }
if only == "spin" {
    exit(SpinBench(scripts: spinScripts, checkDate: checkDate, log: log).run())
}

if only == "store" {
    let bench = StoreBench(folder: scratch, postgres: storeURL, log: log)
    runAlone { StoreBench.render(try bench.run(), writers: bench.writers) }
}

if only == "reference" {
    // The verifier against the C reference alone (also part of `--only scale`).
    runAlone {
        targetTable(
            try ReferenceBench(folder: scratch, checkDate: checkDate, runs: max(1, min(runs, 5)), log: log).run())
    }
}
if only == "growth" {
    // Per-phase growth from 10,000 to 100,000 steps alone (GrowthBench.swift).
    runAlone {
        try GrowthBench(folder: scratch, checkDate: checkDate, runs: max(3, min(runs, 5)), log: log).run() + "\n"
    }
}
if only == "scale" {
    let bench = ScaleBench(
        folder: scratch, cli: cliPath(), checkDate: checkDate, callgrind: callgrind, runs: max(1, min(runs, 3)),
        pathsTimeout: 60, log: log)
    runAlone { targetTable(try bench.run()) }
}

let cli = cliPath()
if cli == nil { log("note: no callscript binary next to the benchmark; CLI figures are skipped") }

var report = BenchReport(
    date: ISO8601DateFormatter().string(from: Date()), cores: ProcessInfo.processInfo.activeProcessorCount, runs: runs,
    sizes: [], runtime: nil, targets: [])
do {
    // Child processes and the runtime first, while this process is small: a child's peak
    // memory counts this process's at spawn, and the runtime measures memory per session.
    let compiler = CompilerBench(runs: runs, folder: scratch, cli: cli, checkDate: checkDate, log: log)
    var scripts: [(steps: Int, path: String, cli: (seconds: Double, peakBytes: Int)?)] = []
    if only == nil || only == "compiler" {
        log("callscript check as a process")
        for steps in sizes.sorted() {
            let path = try compiler.prepare(steps: steps)
            scripts.append((steps, path, try compiler.cliCheck(path, steps: steps)))
        }
    }
    if only == nil || only == "cli", let cli, let example = smallExample() {
        var walls: [Double] = []
        for _ in 0..<max(5, runs * 2) {
            if let child = Measure.spawn(cli, ["check", "--on", "\(checkDate)", example]), child.status == 0 {
                walls.append(child.seconds)
            }
        }
        if !walls.isEmpty {
            report.smallCheckSeconds = Measure.middle(walls)
            report.smallCheckScript = "Examples/krant/abonnement.call"
        }
    }
    if only == nil || only == "runtime" || only == "step" {
        log("runtime")
        report.runtime = try RuntimeBench(
            runs: runs, folder: scratch, checkDate: checkDate, sessions: sessions, stepOnly: only == "step", log: log
        ).run()
    }
    if only == nil || only == "records" {
        log("records (\(recordSizes.objections.formatted()) objections, \(recordSizes.consents.formatted()) consents)")
        let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        report.records = try RecordsBench(
            objections: recordSizes.objections, consents: recordSizes.consents, rows: recordSizes.rows,
            folder: scratch.appendingPathComponent("records"), checkDate: checkDate, log: log
        ).run(probe: me)
        try? FileManager.default.removeItem(at: scratch.appendingPathComponent("records"))
    }
    if only == nil || only == "serve", let example = smallExample() {
        log("serve (\(serveLoad.agents) agents, \(serveLoad.calls) calls each)")
        // Paced like a floor (an agent's quickest input every second), then flat out (saturation).
        // With --store, the same on PostgreSQL.
        var rows: [ServeResult] = []
        for postgres in [nil] + (storeURL.map { [$0] } ?? []) {
            for think in [1.0, 0] {
                rows.append(
                    try ServeBench(
                        agents: serveLoad.agents, calls: serveLoad.calls, think: think,
                        folder: scratch.appendingPathComponent("serve"), script: example, postgres: postgres, log: log
                    ).run())
            }
        }
        report.serve = rows
        try? FileManager.default.removeItem(at: scratch.appendingPathComponent("serve"))
    }
    if only == nil || only == "compiler" {
        log("compiler phases")
        // Each size in a fresh process, so no size inherits the heap of a larger one.
        guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            throw BenchError("cannot find this executable to run the sizes in fresh processes")
        }
        for script in scripts {
            let output = scratch.appendingPathComponent("phases-\(script.steps).json").path
            guard
                let child = Measure.spawn(
                    me, ["--runs", "\(runs)", "--phases-of", "\(script.steps)", script.path, output]),
                child.status == 0,
                var size = try? JSONDecoder().decode(
                    SizeResult.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
            else { throw BenchError("measuring the \(script.steps)-step script failed") }
            size.cliCheckSeconds = script.cli?.seconds
            size.cliCheckPeakBytes = script.cli?.peakBytes
            report.sizes.append(size)
        }
    }
} catch {
    log("callscript-bench: \(error)")
    exit(1)
}
report.targets = Report.targets(report)
print(Report.render(report))

let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
do {
    let url = URL(fileURLWithPath: output)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try encoder.encode(report).write(to: url)
    print("JSON: \(output)")
} catch {
    log("callscript-bench: cannot write \(output): \(error)")
    exit(2)
}
