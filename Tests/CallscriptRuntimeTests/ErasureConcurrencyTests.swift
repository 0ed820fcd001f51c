import Dispatch
import Foundation
import Testing

@testable import CallscriptRuntime

/// Erasure rewrites a record file by rename while runners append to it: an appender that
/// opened the old file must notice and append to the new one, or its record is lost.
@Suite struct ErasureConcurrencyTests {
    func consent(_ person: String, _ n: Int) -> ConsentRecord {
        ConsentRecord(
            person: person, phone: "+3161234\(String(format: "%04d", n))", company: "Belcentrum Randstad B.V.",
            purpose: "telemarketing", time: "2026-11-30T09:00:00Z", script: "import", agent: "Jan", verifiedBy: "sms",
            verifiedAt: "2026-11-30T09:00:00Z")
    }

    /// Without the reopen a run with twice as many appends and rewrites kept 232 of 400.
    @Test func appendsDuringRewritesAreKept() throws {
        let data = Fixtures.dataFolder()
        try data.prepare()
        let register = ConsentRegister(path: data.consentRegister.path)
        for n in 0..<30 {
            try register.append(consent("K-1001", n))
            try register.append(consent("K-2002", n))
        }
        let group = DispatchGroup()
        let failures = Failures()
        DispatchQueue.global().async(group: group) {
            for n in 0..<250 {
                do { try register.append(consent("K-3003", n)) } catch { failures.add("\(error)") }
            }
        }
        DispatchQueue.global().async(group: group) {
            for n in 0..<100 {
                do {
                    try register.append(consent("K-1001", 100 + n))
                    try register.remove { $0.person == "K-1001" }
                } catch { failures.add("\(error)") }
            }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(failures.all.isEmpty, "\(failures.all)")
        let records = try register.records()
        #expect(records.filter { $0.person == "K-3003" }.count == 250)
        #expect(records.filter { $0.person == "K-2002" }.count == 30)
        #expect(records.filter { $0.person == "K-1001" }.isEmpty)
    }
}
