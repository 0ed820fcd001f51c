import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine
import CallscriptRuntime
import CallscriptSyntax
import Foundation

/// One timed phase at one script size.
struct PhaseResult: Codable {
    var phase: String
    /// Median wall time.
    var seconds: Double
    /// Script bytes per second (input text of the whole pipeline, for every phase).
    var megabytesPerSecond: Double
    /// Machine states per second.
    var statesPerSecond: Double
}

/// Every compiler-side figure for one generated script.
struct SizeResult: Codable {
    var steps: Int
    /// Bytes of script text (main script and the shared file).
    var bytes: Int
    var states: Int
    /// Bytes of the machine JSON that `callscript compile` writes.
    var machineJSONBytes: Int
    var phases: [PhaseResult]
    /// `callscript check` of the script as a child process: wall time including start-up.
    var cliCheckSeconds: Double?
    /// The child's peak resident memory.
    var cliCheckPeakBytes: Int?

    func seconds(_ phase: String) -> Double? { phases.first { $0.phase == phase }?.seconds }
}

/// Times every phase of the pipeline on generated scripts of growing size.
struct CompilerBench {
    var runs: Int
    var folder: URL
    var cli: String?
    var checkDate: CalendarDate
    var log: (String) -> Void

    /// Writes the generated script for `steps`; returns the main script's path.
    func prepare(steps: Int) throws -> String {
        let scriptFolder = folder.appendingPathComponent("script-\(steps)")
        return try GeneratedFiles.write(ScriptGenerator(steps: steps, seed: 42).generate(), into: scriptFolder)
    }

    /// `callscript check` as a child process: median wall time and the highest peak memory.
    /// Run while this process is small: a child's peak memory counts its parent's at spawn.
    func cliCheck(_ mainPath: String, steps: Int) throws -> (seconds: Double, peakBytes: Int)? {
        guard let cli else { return nil }
        var walls: [Double] = []
        var peak = 0
        for _ in 0..<(steps >= 100_000 ? max(3, runs - 2) : runs) {
            guard let child = Measure.spawn(cli, ["check", "--on", "\(checkDate)", mainPath]) else { return nil }
            guard child.status == 0 else {
                throw BenchError("callscript check \(mainPath) exited with \(child.status)")
            }
            walls.append(child.seconds)
            peak = max(peak, child.peakBytes)
        }
        return (Measure.middle(walls), peak)
    }

    func run(steps: Int, mainPath: String, cliResult: (seconds: Double, peakBytes: Int)?) throws -> SizeResult {
        let scriptFolder = URL(fileURLWithPath: mainPath).deletingLastPathComponent()
        let disk = DiskSources(folder: scriptFolder)
        guard case .bytes(let mainBytes) = disk.read(ScriptGenerator.mainFile, isMain: true),
            case .bytes(let sharedBytes) = disk.read(ScriptGenerator.sharedFile, isMain: false)
        else { throw BenchError("cannot read the generated script in \(scriptFolder.path)") }
        let bytes = mainBytes.count + sharedBytes.count
        let runs = steps >= 100_000 ? max(3, self.runs - 2) : self.runs
        log("  \(steps) steps: \(bytes) bytes, \(runs) runs")

        var phases: [(String, Double)] = []
        phases.append(
            (
                "read",
                Measure.median(runs: runs) {
                    if case .bytes(let b) = disk.read(ScriptGenerator.mainFile, isMain: true) {
                        consume(SourceFile(path: "m", bytes: b))
                    }
                }
            ))
        let source = SourceFile(path: ScriptGenerator.mainFile, bytes: mainBytes)
        // Streaming, as the parser pulls tokens: no token array.
        phases.append(
            (
                "lex",
                Measure.median(runs: runs) {
                    var lexer = Lexer(source: source)
                    var count = 0
                    while lexer.next().kind != .endOfFile { count += 1 }
                    consume(count)
                }
            ))
        phases.append(("lex+parse", Measure.median(runs: runs, keeping: { Parser.parse(source) })))

        // The whole pipeline as the CLI runs it, with the driver's own phase timings.
        var options = CompileOptions(checkDate: checkDate)
        var perPhase: [String: [Double]] = [:]
        var totals: [Double] = []
        var result = Compiler.compile(path: mainPath, options: options)
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let start = clock.now
            result = Compiler.compile(path: mainPath, options: options)
            totals.append(Measure.seconds(clock.now - start))
            for t in result.timings { perPhase[t.phase, default: []].append(Measure.seconds(t.duration)) }
        }
        guard let machine = result.machine, !result.hasErrors else {
            throw BenchError(
                "the generated \(steps)-step script does not compile: \(result.diagnostics.prefix(3).map(\.message))")
        }
        for phase in ["load", "check", "flow", "lower", "seal", "verify"] {
            if let samples = perPhase[phase] {
                phases.append(
                    (phase == "load" ? "compile: load (read+parse)" : "compile: \(phase)", Measure.middle(samples)))
            }
        }
        phases.append(("compile: total (seal+verify)", Measure.middle(totals)))
        options.seal = false
        phases.append(
            (
                "compile: total as check",
                Measure.median(runs: runs, keeping: { Compiler.compile(path: mainPath, options: options) })
            ))

        let policy = NLTelemarketing.policy
        // One graph for every rule, as the compiler and the loader build it once per machine.
        phases.append(("verify: build the graph", Measure.median(runs: runs, keeping: { MachineGraph(machine) })))
        let graph = MachineGraph(machine)
        for rule in policy.rules {
            let single = Policy(id: policy.id, rules: [rule])
            phases.append(
                (
                    "verify \(rule.id)",
                    Measure.median(runs: runs) { consume(Verifier.verify(graph, policy: single, on: checkDate)) }
                ))
        }
        phases.append(
            (
                "verify all rules",
                Measure.median(runs: runs) { consume(Verifier.verify(machine, policy: policy, on: checkDate)) }
            ))

        let json = Data(CanonicalJSON.pretty(machine))
        phases.append(("encode JSON (pretty)", Measure.median(runs: runs) { consume(CanonicalJSON.pretty(machine)) }))
        phases.append(("encode JSON (canonical)", Measure.median(runs: runs) { consume(CanonicalJSON.bytes(machine)) }))
        phases.append(
            ("decode JSON", Measure.median(runs: runs) { consume(MachineDecoding.decode(json, file: "m.json")) }))
        phases.append(
            (
                "validate machine",
                Measure.median(runs: runs) { consume(MachineValidator.validate(machine, file: "m.json")) }
            ))
        phases.append(
            (
                "load: decode+validate+digest+verify",
                Measure.median(runs: runs) {
                    consume(try? MachineLoader.load(json, file: "m.json", on: checkDate))
                }
            ))
        guard (try? MachineLoader.load(json, file: "m.json", on: checkDate)) != nil else {
            throw BenchError("the runtime refuses the compiled \(steps)-step machine")
        }

        let states = machine.states.count
        var size = SizeResult(
            steps: steps, bytes: bytes, states: states, machineJSONBytes: json.count,
            phases: phases.map { name, seconds in
                PhaseResult(
                    phase: name, seconds: seconds, megabytesPerSecond: seconds > 0 ? Double(bytes) / 1e6 / seconds : 0,
                    statesPerSecond: seconds > 0 ? Double(states) / seconds : 0)
            })
        size.cliCheckSeconds = cliResult?.seconds
        size.cliCheckPeakBytes = cliResult?.peakBytes
        return size
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
