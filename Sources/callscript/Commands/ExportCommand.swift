import CallscriptRuntime
import Foundation

/// `callscript export --contact ID --data DIR`: a person's data as JSON (AVG art. 15).
struct ExportCommand: Command {
    let name = "export"
    let summary = "Print everything the data folder holds about a person as JSON (AVG art. 15)."
    let usage = "callscript export --contact ID --data DIR"
    let discussion = """
        Prints one JSON document: the person's audit entries, saved sessions, consents,
        callbacks, their numbers and which of them are on the objection list. See
        Docs/data-formats.md. Exit status: 0 ok, 2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--contact", "ID", help: "The contact ID."),
        .value("--data", "DIR", help: "The data folder (default: ./callscript-data)."),
        .value("--store", "URL", help: StoreOption.help),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard let contact = args.value("--contact"), !contact.isEmpty else {
            throw UsageError(message: "export needs --contact ID")
        }
        guard args.positionals.isEmpty else { throw UsageError(message: "export takes no arguments") }
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
