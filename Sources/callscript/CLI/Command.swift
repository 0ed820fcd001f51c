import CallscriptDiagnostics
import CallscriptIO
import CallscriptRuntime
import Foundation

/// Exit codes shared by every subcommand.
enum ExitCode {
    /// Clean, or warnings only.
    static let ok: Int32 = 0
    /// A script is invalid or non-compliant (or a test failed).
    static let failure: Int32 = 1
    /// Usage mistake or I/O error.
    static let usage: Int32 = 2
}

/// A `callscript` subcommand.
protocol Command: Sendable {
    /// `check`.
    var name: String { get }
    /// One line for the command list.
    var summary: String { get }
    /// `callscript check [options] PATH...`.
    var usage: String { get }
    /// A paragraph explaining the command, shown by `--help`.
    var discussion: String { get }
    var options: [OptionSpec] { get }
    /// Runs with parsed arguments; returns the exit code.
    func run(_ args: Arguments, _ console: Console) throws -> Int32
}

extension Command {
    /// The full `--help` text.
    var helpText: String {
        var out = "OVERVIEW: \(summary)\n\nUSAGE: \(usage)\n"
        if !discussion.isEmpty { out += "\n\(discussion)\n" }
        let all = options + [OptionSpec.flag("--help", short: "-h", help: "Show this help.")]
        out += "\nOPTIONS:\n"
        let rows = all.map { spec -> (String, String) in
            var left = spec.short.map { "\($0), " } ?? "    "
            left += spec.name
            if let v = spec.valueName { left += " \(v)" }
            return (left, spec.help)
        }
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        for (left, help) in rows {
            out += "  " + left + String(repeating: " ", count: max(1, width - left.count)) + help + "\n"
        }
        return out
    }
}

/// Where a command writes: stdout for results, stderr for messages. Colour is decided once.
/// A failed write (a full disk, a closed pipe) never crashes: the first failure of each stream
/// is kept, later writes to that stream are skipped, and `runMain` reports it with exit 2.
struct Console: Sendable {
    let colorOut: Bool
    let colorErr: Bool
    private let failures = StreamFailures()

    init(colorOut: Bool, colorErr: Bool) {
        self.colorOut = colorOut
        self.colorErr = colorErr
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    /// `FORCE_COLOR` (https://force-color.org) set and not empty colours even a pipe (CI logs),
    /// and overrides `NO_COLOR`; `FORCE_COLOR=0` turns colour off. `--color` overrides both.
    static func detect(mode: String = "auto") -> Console {
        let env = ProcessInfo.processInfo.environment
        let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
        let force = env["FORCE_COLOR"].flatMap { $0.isEmpty ? nil : $0 != "0" }
        switch mode {
        case "always": return Console(colorOut: true, colorErr: true)
        case "never": return Console(colorOut: false, colorErr: false)
        default:
            if let force { return Console(colorOut: force, colorErr: force) }
            let term = env["TERM"] ?? ""
            let ok = !noColor && term != "dumb"
            return Console(colorOut: ok && isatty(1) == 1, colorErr: ok && isatty(2) == 1)
        }
    }

    func out(_ text: String) { write(text, to: StandardStream.output) }
    func err(_ text: String) { write(text, to: StandardStream.error) }

    /// `callscript: error: ...` on stderr.
    func error(_ message: String) {
        let label = colorErr ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        err("callscript: \(label) \(message)\n")
    }

    /// Shows a runtime or I/O error as diagnostics on stderr and returns its exit status.
    /// Diagnostics without a file are prefixed `callscript:`, like the CLI's other messages.
    @discardableResult
    func report(_ error: RuntimeError) -> Int32 {
        report(error.diagnostics)
        return error.exitCode
    }

    /// Shows diagnostics (a runner's failure: compiler findings, then runtime errors) on stderr.
    func report(_ diagnostics: [Diagnostic], sources: [String: SourceFile] = [:]) {
        let renderer = TextRenderer(sources: sources, colored: colorErr)
        for d in diagnostics { err((d.range.file.isEmpty ? "callscript: " : "") + renderer.render(d)) }
    }

    /// The first stream that could not be written, as an error to report; nil when all went well.
    var writeFailure: RuntimeError? { failures.first }

    private func write(_ text: String, to fd: Int32) {
        guard !failures.failed(fd) else { return }
        do { try StandardStream.write(text, to: fd) } catch {
            failures.record(fd, error)
        }
    }
}

/// The write failures of one run, shared by the copies of a `Console`.
private final class StreamFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var byStream: [Int32: SystemError] = [:]
    private var order: [Int32] = []

    func failed(_ fd: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return byStream[fd] != nil
    }

    func record(_ fd: Int32, _ error: SystemError) {
        lock.lock()
        defer { lock.unlock() }
        if byStream[fd] == nil {
            byStream[fd] = error
            order.append(fd)
        }
    }

    var first: RuntimeError? {
        lock.lock()
        defer { lock.unlock() }
        guard let fd = order.first, let error = byStream[fd] else { return nil }
        return .outputStream(
            name: fd == StandardStream.output ? "standard output" : "standard error", reason: error.description)
    }
}
