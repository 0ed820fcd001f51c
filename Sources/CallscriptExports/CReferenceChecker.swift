import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// The C reference checker of `Benchmarks/reference/` (NL-IDENTIFY-FIRST, NL-CONVENIENT and
/// NL-OPTOUT-AT-END on a `GraphExport` file): built with `cc -O2`, run as a process, its report
/// read back. The bench times it against the verifier; a test compares their verdicts.
public struct CReferenceChecker: Sendable {
    /// The rules the reference checks, in its order.
    public static let rules = ["NL-IDENTIFY-FIRST", "NL-CONVENIENT", "NL-OPTOUT-AT-END"]
    /// The compiler flags: the ones `Benchmarks/reference/README.md` gives.
    public static let compilerFlags = ["-O2", "-std=c99"]

    /// One violation: the machine state the path ends at and the path's length in states, as in
    /// the verifier's counterexample (`path.steps.last` and `path.steps.count`).
    public struct Finding: Hashable, Sendable, CustomStringConvertible {
        public var state: Int
        public var length: Int

        public init(state: Int, length: Int) {
            self.state = state
            self.length = length
        }

        public var description: String { "state \(state) after \(length) steps" }
    }

    /// What the reference said about one rule, and the median time of its search.
    public struct Verdict: Hashable, Sendable {
        public var rule: String
        public var findings: [Finding]
        public var seconds: Double
    }

    /// Why the reference could not run.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The built program.
    public let executable: String

    /// Builds `checker.c` from `referenceFolder` into `buildFolder`; nil when no C compiler
    /// is installed (callers skip), a failure when it does not build.
    public static func build(referenceFolder: URL, into buildFolder: URL) -> Result<CReferenceChecker, Failure>? {
        let compiler = ProcessInfo.processInfo.environment["CC"].flatMap { SpinRunner.find($0) }
        guard let cc = compiler ?? SpinRunner.find("cc") ?? SpinRunner.find("gcc") ?? SpinRunner.find("clang") else {
            return nil
        }
        let output = buildFolder.appendingPathComponent("callscript-reference-checker").path
        let source = referenceFolder.appendingPathComponent("checker.c").path
        do { try FileManager.default.createDirectory(at: buildFolder, withIntermediateDirectories: true) } catch {
            return .failure(Failure(description: "cannot create \(buildFolder.path): \(error)"))
        }
        let (status, log) = SpinRunner.run(cc, compilerFlags + ["-o", output, source], in: buildFolder)
        guard status == 0 else { return .failure(Failure(description: "cc failed on checker.c: \(log.suffix(600))")) }
        return .success(CReferenceChecker(executable: output))
    }

    /// Runs the reference on a graph file, each rule's search `repeat` times.
    public func check(graphFile: String, repeat count: Int = 1) -> Result<[Verdict], Failure> {
        let folder = URL(fileURLWithPath: graphFile).deletingLastPathComponent()
        let (status, output) = SpinRunner.run(executable, [graphFile, "--repeat", "\(count)"], in: folder)
        guard status == 0 else { return .failure(Failure(description: "the reference failed: \(output.suffix(600))")) }
        var verdicts: [Verdict] = []
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            if words.first == "rule", words.count == 5, let seconds = Double(words[4]) {
                verdicts.append(Verdict(rule: words[1], findings: [], seconds: seconds))
            } else if words.first == "finding", words.count == 4, let state = Int(words[1]), let length = Int(words[3]),
                !verdicts.isEmpty
            {
                verdicts[verdicts.count - 1].findings.append(Finding(state: state, length: length))
            }
        }
        guard verdicts.map(\.rule) == Self.rules else {
            return .failure(Failure(description: "unexpected report from the reference: \(output.prefix(600))"))
        }
        return .success(verdicts)
    }

    /// The verifier's findings of one rule in the reference's terms, in the verifier's order.
    public static func findings(_ diagnostics: [Diagnostic], rule: String, graph: MachineGraph) -> [Finding] {
        diagnostics.filter { $0.code == rule }.compactMap { d in
            guard let path = d.path, let last = path.steps.last, let q = graph.index.index(of: last.state) else {
                return nil
            }
            return Finding(state: q, length: path.steps.count)
        }
    }
}
