import CallscriptTestSupport
import Foundation

/// A workspace for `callscript run`: Anna's contact file and a data folder holding her opt-in
/// consent, next to the real example scripts.
struct RunnerWorkspace {
    let folder: URL

    static var winback: String { RepositoryPaths.examples.appendingPathComponent("energie-optin/winback.call").path }
    static var krant: String { RepositoryPaths.examples.appendingPathComponent("krant/abonnement.call").path }

    /// Monday 30 November 2026, 10:00 in Amsterdam: inside calling hours.
    static let monday = "2026-11-30T10:00"

    /// Identify, disclose, convenient yes, two pitches, interest, e-mail, consent yes, goodbye.
    static let fullCall = """
        # Anna wants the offer by e-mail
        continue
        continue
        answer yes
        continue
        continue
        capture hoog
        capture anna@voorbeeld.nl
        continue
        answer "Ja, dat mag"
        continue
        continue
        """

    init() throws {
        folder = try BuiltBinary.temporaryFolder()
        try write(
            "anna.json",
            """
            {"id": "K-1001", "phone": "06 1234 5678",
             "fields": {"voornaam": "Anna", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 3100, "zonnepanelen": true}}
            """)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        // The calls run at a fixed, simulated time, which only a practice folder accepts.
        try write("data/practice", "callscript practice data folder\n")
        try write(
            "data/consents.jsonl",
            """
            {"agent":"import","company":"Belcentrum Randstad B.V.","person":"K-1001","phone":"+31612345678","purpose":"telemarketing","script":"import","status":"given","time":"2026-01-05T09:00:00Z","validUntil":"2027-01-05","verifiedAt":"2026-01-05T09:00:00Z","verifiedBy":"sms"}

            """)
    }

    var data: URL { folder.appendingPathComponent("data") }
    var auditLog: URL { data.appendingPathComponent("audit.jsonl") }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func read(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// The arguments of a run of `script` for Anna by agent Jan at `now`.
    func runArguments(
        _ script: String = winback, contact: String = "anna.json", now: String = monday, _ extra: [String] = []
    ) -> [String] {
        ["run", script, "--contact", contact, "--agent", "Jan", "--data", "data", "--practice", "--now", now] + extra
    }

    /// Runs a call from an answers text.
    func run(
        answers: String, script: String = winback, contact: String = "anna.json", now: String = monday,
        _ extra: [String] = []
    )
        throws -> ProcessOutput
    {
        let name = "answers-\(UUID().uuidString.prefix(8)).txt"
        try write(name, answers)
        return try BuiltBinary.run(
            runArguments(script, contact: contact, now: now, ["--answers", name] + extra), in: folder)
    }

    func callscript(_ args: [String]) throws -> ProcessOutput { try BuiltBinary.run(args, in: folder) }

    /// The kinds of the audit entries, in order.
    func auditKinds() -> [String] {
        read("data/audit.jsonl").split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "\"kind\":\"") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    func sessionFiles() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("sessions").path)) ?? []
    }
}
