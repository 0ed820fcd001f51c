import CallscriptTestSupport
import Foundation
import Testing

/// Two (or more) runners writing the same data folder at once lose nothing: real processes,
/// not threads, so the file locks are tested as agents' machines use them.
@Suite struct RunnerConcurrencyTests {
    @Test func parallelRunnersKeepEveryObjectionConsentAndAuditEntry() throws {
        let w = try RunnerWorkspace()
        let count = 6
        var consents = ""
        for i in 0..<count {
            // Contacts K-2000... with numbers +3161234560i; each has opted in.
            try w.write(
                "c\(i).json",
                """
                {"id": "K-200\(i)", "phone": "+3161234560\(i)",
                 "fields": {"voornaam": "Klant \(i)", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 3100, "zonnepanelen": true}}
                """)
            consents += """
                {"agent":"import","company":"Belcentrum Randstad B.V.","person":"K-200\(i)","phone":"+3161234560\(i)","purpose":"telemarketing","script":"import","status":"given","time":"2026-01-05T09:00:00Z","validUntil":"2027-01-05","verifiedAt":"2026-01-05T09:00:00Z","verifiedBy":"sms"}

                """
        }
        try w.write("data/consents.jsonl", consents)
        // Even contacts object; odd contacts take the whole call and give e-mail consent.
        for i in 0..<count {
            try w.write(
                "a\(i).txt", i % 2 == 0 ? "continue\nevent objection\ncontinue\ncontinue\n" : RunnerWorkspace.fullCall)
        }
        let group = DispatchGroup()
        let results = ResultSlots(count)
        for i in 0..<count {
            group.enter()
            DispatchQueue.global().async {
                let args = w.runArguments(contact: "c\(i).json", ["--answers", "a\(i).txt"])
                results.set(i, (try? BuiltBinary.run(args, in: w.folder))?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(results.all == Array(repeating: 0, count: count))

        let objections = Set(w.read("data/objections.txt").split(separator: "\n").map(String.init))
        #expect(objections == Set((0..<count).filter { $0 % 2 == 0 }.map { "+3161234560\($0)" }))
        let given = w.read("data/consents.jsonl").split(separator: "\n").filter {
            $0.contains("e-mail over energieaanbiedingen")
        }
        #expect(given.count == count / 2)
        let verify = try w.callscript(["audit", "verify", "data/audit.jsonl"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        // Every call started and ended in the one shared, intact chain.
        let kinds = w.auditKinds()
        #expect(kinds.filter { $0 == "gate" }.count == count)
        #expect(kinds.filter { $0 == "start" }.count == count)
        #expect(kinds.filter { $0 == "outcome" }.count == count)
        #expect(kinds.filter { $0 == "consent-recorded" }.count == count / 2)
        #expect(kinds.filter { $0 == "objection-recorded" }.count == count / 2)
    }
}

/// Exit statuses collected from several threads.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int32]

    init(_ count: Int) { slots = Array(repeating: -2, count: count) }

    func set(_ i: Int, _ value: Int32) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var all: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
