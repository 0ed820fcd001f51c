import Foundation

/// What SPIN said about a model: the rules some path breaks, with the depth (in model steps)
/// of the first violation pan's depth-first search met.
public struct SpinVerdicts: Hashable, Sendable {
    /// For each machine of the model: rule ID -> depth of the first violation pan found.
    public var brokenPerMachine: [[String: Int]]
    /// The broken rules of the model's first (for a one-machine model, its only) machine.
    public var broken: [String: Int] { brokenPerMachine.first ?? [:] }
    /// The rules the model checked.
    public var modelled: [String]
    /// States SPIN stored.
    public var states: Int
}

/// Why SPIN could not give a verdict.
public struct SpinFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var help: String

    public init(message: String, help: String) {
        self.message = message
        self.help = help
    }

    public var description: String { message }
}

/// Runs SPIN on a Promela model: `spin -a`, `gcc pan.c` (once per model, flags for a fast
/// build), then `./pan -c0`, in a temporary folder it removes afterwards.
public enum SpinRunner {
    /// The flags for `gcc`: safety properties only (assertions), no never claim, no
    /// optimisation (the models are small; compiling dominates). Depth-first: pan's
    /// breadth-first mode does not allow the `hidden` tables.
    public static let compilerFlags = ["-O0", "-w", "-DSAFETY", "-DNOCLAIM", "-DXUSAFE"]
    /// The flags for `pan`: go on after the first error (so every broken rule is found), a
    /// 2^20 hash table, no list of unreached statements; `-m` comes from the model.
    public static let panFlags = ["-c0", "-n", "-w20"]

    /// The path of `tool` on `PATH`, if it is installed.
    public static func find(_ tool: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String?
    {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The tools SPIN needs, or a failure that says which one is missing and how to install it.
    public static func tools() -> Result<(spin: String, cc: String), SpinFailure> {
        guard let spin = find("spin") else {
            return .failure(
                SpinFailure(
                    message: "spin is not installed (needed for --second-opinion spin)",
                    help: "install SPIN (Debian/Ubuntu: apt-get install spin) or put `spin` on PATH"))
        }
        let compiler = ProcessInfo.processInfo.environment["CC"].flatMap { find($0) ?? ($0.hasPrefix("/") ? $0 : nil) }
        guard let cc = compiler ?? find("gcc") ?? find("cc") ?? find("clang") else {
            return .failure(
                SpinFailure(
                    message: "no C compiler found (SPIN's verifier pan.c must be compiled)",
                    help: "install gcc (Debian/Ubuntu: apt-get install gcc), or set CC to a C compiler"))
        }
        return .success((spin, cc))
    }

    /// Checks `model`. Blocks until SPIN is done.
    public static func check(_ model: PromelaModel) -> Result<SpinVerdicts, SpinFailure> {
        let tools: (spin: String, cc: String)
        switch self.tools() {
        case .success(let t): tools = t
        case .failure(let f): return .failure(f)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-spin-\(UUID().uuidString)", isDirectory: true)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            return .failure(SpinFailure(message: "cannot create a folder for SPIN: \(error)", help: "check TMPDIR"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("model.pml")
        do { try Data(model.text.utf8).write(to: file) } catch {
            return .failure(SpinFailure(message: "cannot write the model: \(error)", help: "check TMPDIR"))
        }
        let steps: [(String, [String])] = [
            (tools.spin, ["-a", "model.pml"]),
            (tools.cc, compilerFlags + ["-o", "pan", "pan.c"]),
        ]
        for (tool, arguments) in steps {
            let (status, output) = run(tool, arguments, in: folder)
            guard status == 0 else {
                return .failure(
                    SpinFailure(
                        message:
                            "\(URL(fileURLWithPath: tool).lastPathComponent) failed on the exported model: \(output.suffix(600))",
                        help: "export the model with `callscript export --format promela` and run the step by hand"))
            }
        }
        let (status, output) = run(
            folder.appendingPathComponent("pan").path, panFlags + ["-m\(model.searchDepth)"], in: folder)
        return parse(output, status: status, model: model)
    }

    /// Reads pan's report: each `assertion violated RULE_holds (at depth D)` line is a broken rule.
    public static func parse(_ output: String, status: Int32, model: PromelaModel) -> Result<SpinVerdicts, SpinFailure>
    {
        guard output.contains("State-vector"), !output.contains("out of memory") else {
            return .failure(
                SpinFailure(
                    message: "pan did not finish (exit status \(status)): \(output.suffix(600))",
                    help: "run pan by hand (Docs/exports.md) and see what it says"))
        }
        var byName: [String: (machine: Int, rule: String)] = [:]
        for (m, names) in model.assertions.enumerated() {
            for (r, name) in names.enumerated() { byName[name] = (m, model.modelled[r]) }
        }
        var broken = [[String: Int]](repeating: [:], count: model.assertions.count)
        var states = 0
        for line in output.split(separator: "\n") {
            if line.contains("assertion violated") {
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(of: "violated"), i + 1 < words.count,
                    let found = byName[String(words[i + 1]).trimmingCharacters(in: CharacterSet(charactersIn: "()"))]
                else {
                    return .failure(
                        SpinFailure(message: "pan reported an assertion the model does not have: \(line)", help: ""))
                }
                let depth = words.firstIndex(of: "depth").flatMap { d in
                    d + 1 < words.count
                        ? Int(words[d + 1].trimmingCharacters(in: CharacterSet(charactersIn: ")"))) : nil
                }
                if broken[found.machine][found.rule] == nil { broken[found.machine][found.rule] = depth ?? 0 }
            } else if line.hasPrefix("pan:"),
                line.contains("invalid end state") || line.contains("max search depth too small")
            {
                return .failure(SpinFailure(message: "pan: \(line)", help: "this is a bug in the exported model"))
            } else if line.hasSuffix("states, stored"), let n = Int(line.split(separator: " ").first ?? "") {
                states = n
            }
        }
        return .success(SpinVerdicts(brokenPerMachine: broken, modelled: model.modelled, states: states))
    }

    /// Runs `tool` in `folder`; its exit status and its output and errors together.
    static func run(_ tool: String, _ arguments: [String], in folder: URL) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "cannot start \(tool): \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
