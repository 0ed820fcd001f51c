import CallscriptCompiler
import CallscriptIO
import CallscriptLanguageServer
import Foundation

/// The one script a command compiles: a file, or `-` for standard input (named for messages
/// and `use` by `--stdin-name`).
enum ScriptSource {
    /// The option every command that takes `-` accepts.
    static let stdinNameOption = OptionSpec.value(
        "--stdin-name", "PATH",
        help: "With `-`: the path to show in messages and to resolve `use` from (default: <stdin>).")

    /// What `-` is called in messages when `--stdin-name` is not given.
    static let defaultStdinName = "<stdin>"

    /// The path messages show for `path`: `--stdin-name` (or `<stdin>`) for `-`.
    static func displayPath(_ path: String, _ args: Arguments) -> String {
        path == "-" ? (args.value("--stdin-name") ?? defaultStdinName) : path
    }

    /// Compiles `path` (or standard input for `-`). Returns the result and the path as shown,
    /// or a message for exit status 2 (a missing file, a folder, unreadable input).
    static func compile(
        _ path: String, _ args: Arguments, options: CompileOptions, folderMessage: String
    ) -> Result<(CompileResult, String), UsageError> {
        guard path == "-" else {
            if let problem = ScriptArgument.problem(with: path, folderMessage: folderMessage) {
                return .failure(UsageError(message: problem))
            }
            return .success((Compiler.compile(path: path, options: options), path))
        }
        let shown = displayPath(path, args)
        let bytes: [UInt8]
        switch readStandardInput(limit: options.limits.maximumFileBytes) {
        case .success(let b): bytes = b
        case .failure(let e): return .failure(e)
        }
        // The text lies over the disk at the name it was given, so `use` finds the files beside it.
        let url = URL(fileURLWithPath: shown)
        let folder = url.deletingLastPathComponent()
        let sources = OverlaySources(
            folder: folder, documents: [url.standardizedFileURL.path: String(decoding: bytes, as: UTF8.self)])
        let typedFolder = (shown as NSString).deletingLastPathComponent
        let result = Compiler.compile(
            main: url.lastPathComponent, from: sources, folder: typedFolder, options: options)
        return .success((result, shown))
    }

    /// All of standard input, refusing more than `limit` bytes.
    static func readStandardInput(limit: Int) -> Result<[UInt8], UsageError> {
        var bytes: [UInt8] = []
        while true {
            let chunk: [UInt8]
            do { chunk = try StandardStream.read(from: StandardStream.input) } catch {
                return .failure(UsageError(message: "cannot read standard input: \(error.description)"))
            }
            if chunk.isEmpty { return .success(bytes) }
            bytes += chunk
            if bytes.count > limit {
                return .failure(
                    UsageError(message: "standard input is larger than \(limit) bytes, the largest script read"))
            }
        }
    }
}
