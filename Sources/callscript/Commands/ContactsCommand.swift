import CallscriptConsole
import CallscriptIO
import CallscriptMachine
import CallscriptRuntime
import Foundation

/// `callscript contacts scrub LIST.csv --campaign SCRIPT --data DIR`: a call list made callable.
struct ContactsCommand: Command {
    let name = "contacts"
    let summary = "Scrub a call list before dialling: duplicates, objections, no basis, unreadable rows."
    let usage =
        "callscript contacts scrub LIST.csv --campaign SCRIPT [--data DIR] [-o CALLABLE.csv] [--report REPORT.csv]"
    let discussion = """
        scrub reads a CSV call list (UTF-8 with or without BOM; ';', ',' or tab separated, as
        Excel writes it; columns id, phone, optional last_purchase and contract_end, and the
        contact fields the script uses), normalises every number to E.164 and removes
        duplicates, numbers on the objection list, contacts without a basis for the campaign
        (no consent or withdrawn for opt-in, outside the customer term) and rows that cannot be
        read. It writes the callable rows (default LIST.callable.csv) and one line per removed
        row with the reason (default LIST.removed.csv). See Docs/cli.md.
        Exit status: 0 the list was scrubbed, 1 the script does not compile or the records
        cannot be trusted (a bad line on the objection list), 2 usage or I/O error.
        """
    let options: [OptionSpec] = [
        .value("--campaign", "SCRIPT", help: "The campaign's .call script or compiled machine .json."),
        .value(
            "--data", "DIR", help: "The data folder with the objection list and consents (default: ./callscript-data)."),
        .value("--output", short: "-o", "FILE", help: "Where to write the callable rows (default: LIST.callable.csv)."),
        .value("--report", "FILE", help: "Where to write the removed rows and why (default: LIST.removed.csv)."),
        .value(
            "--today", "YYYY-MM-DD", help: "The day the list will be called, for the customer term (default: today)."),
    ]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        guard args.positionals.first == "scrub" else {
            throw UsageError(message: "contacts needs an action: scrub")
        }
        guard args.positionals.count == 2 else {
            throw UsageError(message: "contacts scrub takes exactly one CSV file")
        }
        let list = args.positionals[1]
        guard let campaign = args.value("--campaign") else { throw UsageError(message: "missing --campaign SCRIPT") }
        let policy = GatePolicy.netherlands
        var today = LocalDateTime(Date(), in: TimeZone(identifier: policy.timeZone) ?? .gmt).date
        if let text = args.value("--today") {
            guard let date = CalendarDate(text) else {
                throw UsageError(message: "invalid value '\(text)' for --today; expected YYYY-MM-DD, e.g. 2026-03-02")
            }
            today = date
        }
        let stem = list.hasSuffix(".csv") ? String(list.dropLast(4)) : list
        let output = args.value("--output") ?? stem + ".callable.csv"
        let reportPath = args.value("--report") ?? stem + ".removed.csv"
        guard output != list, reportPath != list, output != reportPath else {
            throw UsageError(message: "the list, the callable rows and the report need three different files")
        }
        let bytes: [UInt8]
        switch InputFile.read(list) {
        case .success(let read): bytes = read
        case .failure(let problem): return console.report(.inputUnreadable(path: list, problem: problem))
        }
        let loaded: LoadedMachine
        do { loaded = try CallSetup.loadMachine(campaign, on: today, colored: console.colorErr) } catch {
            console.report(error.diagnostics, sources: error.sources)
            return error.exitCode
        }
        let data = DataFolder(root: URL(fileURLWithPath: args.value("--data") ?? "callscript-data"))
        let result: ScrubResult
        do {
            let table = try CSVTable.parse(bytes, file: list)
            result = try CallListScrubber.scrub(
                table, file: list, machine: loaded.machine, data: data, policy: policy, today: today)
        } catch {
            console.report(error)
            console.error("nothing was written: no contact of \(list) may be called")
            return error.exitCode
        }
        for warning in result.warnings { console.err(warning + "\n") }
        var report: [UInt8] = result.callable.hadByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        let delimiter = result.callable.delimiter
        CSVTable.append(["line", "id", "phone", "rule", "reason"], delimiter: delimiter, to: &report)
        for row in result.removed {
            CSVTable.append(
                [String(row.line), row.id, row.phone, row.rule, row.reason], delimiter: delimiter, to: &report)
        }
        for (path, content) in [(output, result.callable.encoded()), (reportPath, report)] {
            do { try WrittenFiles.write(content, to: path) } catch { return console.report(error) }
            // Both files hold personal data: readable by the owner only.
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { chmod(path, 0o600) }
        }
        var counts: [String: Int] = [:]
        for row in result.removed { counts[row.rule, default: 0] += 1 }
        let breakdown = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        console.out(
            "\(list): \(result.callable.rows.count) callable, \(result.removed.count) removed\(breakdown.isEmpty ? "" : " (\(breakdown))")\n  callable: \(output)\n  removed:  \(reportPath)\n"
        )
        return ExitCode.ok
    }
}
