import CallscriptMachine
import CallscriptPostgresStore
import CallscriptRuntime
import Foundation
import Testing

/// The attempt counter of state call limits and the consent evidence, the same on the file
/// store and the PostgreSQL store.
@Suite struct AttemptAndEvidenceContractTests {
    @Test(arguments: StoreKind.allCases)
    func attemptsAreCountedPerNumberInTheWindow(kind: StoreKind) throws {
        let store = try kind.make("attempts_\(kind)")
        let times = ["2026-03-03T15:00:00Z", "2026-03-03T17:00:00Z", "2026-03-03T19:00:00Z"]
        for (n, time) in times.enumerated() {
            try store.commit(
                StepWrite(
                    session: "fl-\(n)",
                    records: [.attempt(CallAttempt(phone: "+1 305 555 0100", time: time, session: "fl-\(n)"))],
                    audit: [Sample.payload("start", session: "fl-\(n)")]))
        }
        func since(_ utc: String) throws -> Int {
            try store.attempts(phone: "+1 (305) 555-0100", since: try #require(ISO8601DateFormatter().date(from: utc)))
        }
        #expect(try since("2026-03-02T15:00:00Z") == 3)
        #expect(try since("2026-03-03T15:00:01Z") == 2)
        #expect(try since("2026-03-03T19:00:01Z") == 0)
        #expect(try store.attempts(phone: "+13055550101", since: Date(timeIntervalSince1970: 0)) == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func theLatestConsentKeepsItsEvidence(kind: StoreKind) throws {
        let store = try kind.make("evidence_\(kind)")
        var record = Sample.consent("K-1001", "06 1234 5678", .given)
        record.name = "Anna de Vries"
        record.verifiedBy = "sms"
        record.verifiedAt = "2026-01-05T09:03:00Z"
        record.validUntil = "2027-01-05"
        record.source = "webformulier zonnig.nl/aanbod"
        try store.commit(
            StepWrite(
                session: "c-1", records: [.consent(record)], audit: [Sample.payload("consent-recorded", session: "c-1")]
            ))
        let latest = try #require(
            try store.latestConsent(
                person: "K-9", phone: "+31612345678", company: Sample.company, purpose: "telemarketing"))
        #expect(latest.verifiedBy == "sms")
        #expect(latest.validUntil == "2027-01-05")
        #expect(latest.name == "Anna de Vries")
        #expect(latest.phone == "+31612345678")
    }

    @Test(arguments: StoreKind.allCases)
    func erasingThePersonRemovesTheAttemptsToTheirNumber(kind: StoreKind) throws {
        let store = try kind.make("attempt_erasure_\(kind)")
        var start = Sample.payload("start", session: "us-1", contact: "US-1002")
        start.phone = "+13055550186"
        try store.commit(
            StepWrite(
                session: "us-1",
                records: [.attempt(CallAttempt(phone: "+13055550186", time: "2026-03-03T15:00:00Z", session: "us-1"))],
                audit: [start]))
        let since = Date(timeIntervalSince1970: 0)
        #expect(try store.attempts(phone: "+13055550186", since: since) == 1)
        let report = try store.erase(contact: "US-1002", key: AuditKey.generate(), agent: "privacy", clock: .system)
        #expect(report.attempts == 1)
        #expect(try store.attempts(phone: "+13055550186", since: since) == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func retentionDropsAttemptsOlderThanThirtyDays(kind: StoreKind) throws {
        let store = try kind.make("attempt_retention_\(kind)")
        for (n, time) in ["2026-10-01T15:00:00Z", "2026-11-30T15:00:00Z"].enumerated() {
            try store.commit(
                StepWrite(
                    session: "r-\(n)",
                    records: [.attempt(CallAttempt(phone: "+14055550100", time: time, session: "r-\(n)"))],
                    audit: [Sample.payload("start", session: "r-\(n)")]))
        }
        let now = try #require(ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z"))
        let report: ErasureReport
        switch store {
        case let postgres as PostgresRecordStore:
            report = try postgres.applyRetention(
                RetentionSettings(), key: AuditKey.generate(), agent: "FG", clock: .fixed(now))
        case let file as FileRecordStore:
            report = try DataEraser.applyRetention(
                RetentionSettings(), data: file.folder, key: AuditKey.generate(), agent: "FG", clock: .fixed(now))
        default: throw CancellationError()
        }
        #expect(report.attempts == 1)
        #expect(try store.attempts(phone: "+14055550100", since: Date(timeIntervalSince1970: 0)) == 1)
    }
}
