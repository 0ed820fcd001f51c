import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptExports
import CallscriptRuntime
import Foundation

/// `callscript export`, two forms: a script's machine for other engines
/// (`--format scxml|promela SCRIPT`), or a person's data (`--contact ID`, AVG art. 15).
struct ExportCommand: Command {
    let name = "export"
    let summary = "Export a script's machine as SCXML or Promela, or a person's data as JSON (AVG art. 15)."
    let usage = "callscript export --format scxml|promela [-o OUT] SCRIPT | export --contact ID --data DIR"
    let discussion = """
        Two forms. `export --format scxml SCRIPT` writes the compiled machine as a W3C SCXML
        1.0 state chart; `export --format promela SCRIPT` writes a Promela model with one
        assertion per path rule of the script's policy, for the SPIN model checker (see
        Docs/exports.md). A non-compliant script is exported too (exit status 1).
        `export --contact ID --data DIR` prints one JSON document with everything the data
        folder holds about a person: audit entries, saved sessions, consents, callbacks, their
        numbers and which are on the objection list (Docs/data-formats.md).
        Exit status: 0 ok, 1 the script has errors, 2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--format", "scxml|promela", help: "Export a script's machine in this format."),
        .value("--output", short: "-o", "OUT", help: "With --format: write to this file instead of standard output."),
        .value("--on", "YYYY-MM-DD", help: "With --format: check dated rules as of this day (default: today)."),
        .value("--contact", "ID", help: "Export this person's data."),
        .value("--data", "DIR", help: "With --contact: the data folder (default: ./callscript-data)."),
        .value("--store", "URL", help: StoreOption.help),
    ]

    static let twoForms =
        "export has two forms: `export --format scxml|promela SCRIPT` or `export --contact ID --data DIR`"

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        switch (args.value("--format"), args.value("--contact")) {
        case (.some, .some):
            throw UsageError(message: "--format and --contact cannot be combined; \(Self.twoForms)")
        case (.some, nil):
            return try exportMachine(args, console)
        case (nil, .some(let contact)):
            return try exportPerson(contact, args, console)
        case (nil, nil):
            throw UsageError(message: "export needs --format or --contact; \(Self.twoForms)")
        }
    }

    private func exportMachine(_ args: Arguments, _ console: Console) throws -> Int32 {
        let format = try args.choice("--format", in: ["scxml", "promela"], default: "scxml")
        for option in ["--data", "--store"] where args.value(option) != nil {
            throw UsageError(message: "\(option) belongs to `export --contact`; \(Self.twoForms)")
        }
        guard args.positionals.count == 1, let path = args.positionals.first else {
            throw UsageError(message: "export --format \(format) takes exactly one script")
        }
        if let problem = ScriptArgument.problem(with: path, folderMessage: "export exports one script") {
            console.error(problem)
            return ExitCode.usage
        }
        let result = Compiler.compile(path: path, options: try compileOptions(args))
        let shown = DisplayedResult(result, mainScript: path)
        console.err(TextRenderer(sources: shown.sources, colored: false).render(shown.diagnostics))
        guard let machine = result.machine else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            console.err("cannot export \(path): no state machine was produced (\(plural(errors, "error")))\n")
            return ExitCode.failure
        }
        let text: String
        if format == "promela" {
            let policyName = machine.script.policy.isEmpty ? Policies.defaultID : machine.script.policy
            guard let policy = Policies.named(policyName) else {
                console.err("cannot export \(path): unknown policy '\(policyName)'\n")
                return ExitCode.failure
            }
            let model = PromelaExport.model(machine, policy: policy)
            for id in model.notModelled { console.err("note: \(id) is not modelled in the Promela export\n") }
            text = model.text
        } else {
            text = SCXMLExport.document(machine)
        }
        if let out = args.value("--output") {
            do { try WrittenFiles.write(text, to: out) } catch { return console.report(error) }
            console.err("wrote \(out) (\(plural(machine.states.count, "state")))\n")
        } else {
            console.out(text)
        }
        return result.hasErrors ? ExitCode.failure : ExitCode.ok
    }

    private func exportPerson(_ contact: String, _ args: Arguments, _ console: Console) throws -> Int32 {
        guard !contact.isEmpty else { throw UsageError(message: "export needs --contact ID") }
        guard args.positionals.isEmpty else {
            throw UsageError(message: "export --contact takes no arguments; \(Self.twoForms)")
        }
        for option in ["--output", "--on"] where args.value(option) != nil {
            throw UsageError(message: "\(option) belongs to `export --format`; \(Self.twoForms)")
        }
        try StoreOption.checkExclusive(args)
        if let url = args.value("--store") {
            do {
                let export = try StoreOption.open(url).export(contact: contact)
                console.out(String(decoding: export.encoded(), as: UTF8.self))
                return ExitCode.ok
            } catch let error as RuntimeError { return console.report(error) }
        }
        let folder = URL(fileURLWithPath: args.value("--data") ?? "callscript-data")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            console.error("no such data folder: \(folder.path)")
            return ExitCode.usage
        }
        do {
            let export = try DataExport.gather(contact: contact, data: DataFolder(root: folder))
            console.out(String(decoding: export.encoded(), as: UTF8.self))
            return ExitCode.ok
        } catch { return console.report(error) }
    }
}
