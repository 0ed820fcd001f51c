import CallscriptRuntime
import Foundation

/// `erase --contact ID --store URL` and `erase --older-than [DURATION] --store URL`: the same
/// erasure and retention in a shared PostgreSQL store (its periods: the `retention` settings row).
extension EraseCommand {
    func eraseOnStore(
        _ contact: String?, _ period: RetentionPeriod?, _ url: String, _ args: Arguments, _ console: Console
    ) throws -> Int32 {
        let store = try StoreOption.open(url)
        let by = args.value("--by") ?? ProcessInfo.processInfo.environment["USER"] ?? "callscript erase"
        do throws(RuntimeError) {
            guard let key = try auditKey(args, option: "--audit-key", outside: nil, required: "erase") else {
                return ExitCode.usage
            }
            let report: ErasureReport
            let what: String
            if let contact {
                report = try store.erase(contact: contact, key: key, agent: by)
                what = "contact '\(contact)'"
            } else {
                var settings: RetentionSettings
                if let period { settings = .uniform(period) } else { settings = try store.retentionSettings() }
                report = try store.applyRetention(settings, key: key, agent: by)
                what = "records past their retention period"
            }
            console.out(
                """
                \(store.name): erased \(what): \(report.auditEntries) audit entr\(report.auditEntries == 1 ? "y" : "ies") (now sealed markers), \(report.sessions) session\(report.sessions == 1 ? "" : "s"), \(report.consents) consent\(report.consents == 1 ? "" : "s"), \(report.callbacks) callback\(report.callbacks == 1 ? "" : "s"); recorded as audit entry \(report.erasureEntry)

                """)
            return ExitCode.ok
        } catch { return console.report(error) }
    }
}
