import CallscriptRuntime
import Foundation

/// `callscript consent proof --contact ID [--data DIR | --store URL]`: the evidence of a
/// person's consents (the 5-working-day request of the Code Telemarketing 2024).
struct ConsentCommand: Command {
    let name = "consent"
    let summary = "Print the evidence of a person's consents (proof within 5 working days)."
    let usage = "callscript consent proof --contact ID [--data DIR | --store URL]"
    let discussion = """
        proof      for every consent record of the contact: the person, company, purpose and
                   subject, how and when it was verified, its term and source, who recorded it,
                   and whether the latest one allows a call today (the basis gate's rule).
        See Docs/data-formats.md. Exit status: 0 ok, 2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--contact", "ID", help: "The contact ID."),
        .value("--data", "DIR", help: "The data folder (default: ./callscript-data)."),
        .value("--store", "URL", help: StoreOption.help),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard let action = args.positionals.first else { throw UsageError(message: "consent needs an action: proof") }
        guard action == "proof" else {
            var message = "unknown consent action '\(action)'"
            if let near = closestMatch(to: action, in: ["proof"]) { message += "; did you mean '\(near)'?" }
            throw UsageError(message: message)
        }
        guard args.positionals.count == 1 else { throw UsageError(message: "consent proof takes no other arguments") }
        guard let contact = args.value("--contact"), !contact.isEmpty else {
            throw UsageError(message: "consent proof needs --contact ID")
        }
        try StoreOption.checkExclusive(args)
        do {
            let export: DataExport
            if let url = args.value("--store") {
                export = try StoreOption.open(url).export(contact: contact)
            } else {
                let folder = URL(fileURLWithPath: args.value("--data") ?? "callscript-data")
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
                else {
                    console.error("no such data folder: \(folder.path)")
                    return ExitCode.usage
                }
                export = try DataExport.gather(contact: contact, data: DataFolder(root: folder))
            }
            console.out(ConsentProof(export: export, now: Date()).text)
            return ExitCode.ok
        } catch let error as RuntimeError { return console.report(error) }
    }
}
