import CallscriptCompiler
import CallscriptLanguageServer

/// `callscript lsp`: the language server for editors, over standard input and output.
struct LspCommand: Command {
    let name = "lsp"
    let summary = "Run the language server (LSP over stdio) for editors."
    let usage = "callscript lsp [--on YYYY-MM-DD]"
    let discussion = """
        Editors start this command and talk to it over standard input and output. It reports
        the same diagnostics as `check` while you type (including compliance findings with
        their conversation paths), in the file they are in and on the `use` line of the
        script; hover, completion, definition, references and rename across `use`d files,
        quick fixes, formatting, the outline and semantic tokens. See Docs/editors.md.
        """
    let options: [OptionSpec] = [
        .value("--on", "YYYY-MM-DD", help: "Check dated rules as of this day (default: today).")
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        StdioServer.run(.standard(options: try compileOptions(args)))
    }
}
