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
struct Console: Sendable {
    let colorOut: Bool
    let colorErr: Bool

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static func detect(mode: String = "auto") -> Console {
        let env = ProcessInfo.processInfo.environment
        let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
        switch mode {
        case "always": return Console(colorOut: true, colorErr: true)
        case "never": return Console(colorOut: false, colorErr: false)
        default:
            let term = env["TERM"] ?? ""
            let ok = !noColor && term != "dumb"
            return Console(colorOut: ok && isatty(1) == 1, colorErr: ok && isatty(2) == 1)
        }
    }

    func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// `callscript: error: ...` on stderr.
    func error(_ message: String) {
        let label = colorErr ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        err("callscript: \(label) \(message)\n")
    }
}
