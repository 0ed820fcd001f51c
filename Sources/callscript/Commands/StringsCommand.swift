import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptIO
import Foundation

/// `callscript strings extract SCRIPT --language LANG [-o FILE]`: the lines to translate, as PO.
struct StringsCommand: Command {
    let name = "strings"
    let summary = "Extract a script's spoken lines as a gettext PO file to translate."
    let usage = "callscript strings extract SCRIPT --language LANG [-o FILE]"
    let discussion = """
        Writes one entry per line the agent reads and per answer: msgctxt is the line's ID
        (opening.2, opening.3/1), msgid the script's text. Translations already in the
        script's LANG file (winback.en.po beside winback.call, or FILE) are kept; where the
        script's text changed since, they are kept and marked fuzzy. Save the result as
        <script>.<LANG>.po beside the script: `check` then verifies it and `compile` puts it
        into the machine. Without -o the file is printed on standard output.
        """
    let options: [OptionSpec] = [
        .value("--language", "LANG", help: "The language to translate into: en, fr, tr, nl-BE, ..."),
        .value("--output", short: "-o", "FILE", help: "Write the PO file here (e.g. winback.en.po)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard args.positionals.count == 2, args.positionals.first == "extract", let path = args.positionals.last else {
            throw UsageError(message: "usage: \(usage)")
        }
        guard let language = args.value("--language") else {
            throw UsageError(message: "strings extract needs --language, e.g. --language en")
        }
        guard TranslationFiles.isLanguageCode(language) else {
            throw UsageError(message: "'\(language)' is not a language code; write e.g. en, fr, tr or nl-BE")
        }
        if let problem = ScriptArgument.problem(with: path, folderMessage: "strings extract takes one script") {
            console.error(problem)
            return ExitCode.usage
        }
        var options = CompileOptions(verify: false, seal: false)
        options.translations = false
        let result = Compiler.compile(path: path, options: options)
        let shown = DisplayedResult(result, mainScript: path)
        console.err(TextRenderer(sources: shown.sources, colored: console.colorErr).render(shown.diagnostics))
        guard !result.hasErrors, let machine = result.machine else {
            console.err("strings extract failed: the script has errors\n")
            return ExitCode.failure
        }
        if machine.script.language == language {
            console.error("the script is written in '\(language)' already; pick another language")
            return ExitCode.usage
        }
        let output = args.value("--output")
        let beside = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
            TranslationFiles.path(main: (path as NSString).lastPathComponent, language: language))
        let existingPath = output.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil } ?? beside
        var existing: SourceFile?
        if case .success(let bytes) = InputFile.read(existingPath, limit: 4 << 20) {
            existing = SourceFile(path: existingPath, bytes: bytes)
        }
        let po = StringsCatalog.po(for: machine, language: language, existing: existing)
        guard let output else {
            console.out(po)
            return ExitCode.ok
        }
        do { try WrittenFiles.write(po, to: output) } catch { return console.report(error) }
        console.err("wrote \(output)\n")
        return ExitCode.ok
    }
}
