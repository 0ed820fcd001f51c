import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

/// Retention periods from `settings.json`, applied with the guarantees of erasure.
@Suite struct RetentionTests {
    let key = AuditKey(bytes: Array("sleutel-van-de-compliance-office".utf8))

    func days(_ n: Double) -> RuntimeClock { .fixed(Fixtures.mondayMorning.addingTimeInterval(n * 86_400)) }

    func problem(_ text: String) -> String? {
        do {
            _ = try RetentionSettings.parse(Array(text.utf8), file: "s")
            return nil
        } catch {
            if case .badSettings(_, let problem) = error { return problem.description }
            return "\(error)"
        }
    }

    @Test func periodsParseAndTheCustomerTermIsTheCeiling() throws {
        #expect(RetentionPeriod("90d") == RetentionPeriod(amount: 90, unit: .days))
        #expect(RetentionPeriod("3y") == .customerTerm)
        #expect(RetentionPeriod("36m").map { $0 <= .customerTerm } == true)
        #expect(RetentionPeriod("37m").map { $0 <= .customerTerm } == false)
        for bad in ["", "3", "y", "-1d", "0d", "3 jaar", "1.5y"] { #expect(RetentionPeriod(bad) == nil, "\(bad)") }
        let settings = try RetentionSettings.parse(Array(#"{"retention": {"sessions": "90d"}}"#.utf8), file: "s")
        #expect(settings.period(.sessions) == RetentionPeriod(amount: 90, unit: .days))
        #expect(settings.period(.audit) == .customerTerm)
        for (text, message) in [
            (#"{"retention": {"audit": "4y"}}"#, "'retention.audit' is 4y, longer than the 3-year customer term"),
            (#"{"retention": {"antwoorden": "1y"}}"#, "unknown record kind 'retention.antwoorden'"),
            (#"{"retention": {"audit": 3}}"#, "'retention.audit' is not a period"),
            (#"{"bewaren": {}}"#, "unknown setting 'bewaren'"),
            ("[1]", "not a JSON object"),
        ] {
            #expect(problem(text) == message)
        }
    }

    @Test func answersGoFirstThenTheWholeAuditContent() throws {
        let call = try RecordedCall(key: key)
        let answers = RetentionSettings(periods: [.answers: RetentionPeriod(amount: 1, unit: .days)])
        let first = try DataEraser.applyRetention(answers, data: call.data, key: key, agent: "Fatima", clock: days(2))
        let entries = try call.log.read().entries
        let markers = entries.filter { $0.payload?.redacted == true }.compactMap(\.payload?.kind)
        #expect(!markers.isEmpty && Set(markers).isSubset(of: ["answer", "capture", "capture-refused", "shown"]))
        #expect(markers.filter { $0 == "shown" }.count == 1)
        #expect(first.auditEntries == markers.count)
        #expect(!(try String(contentsOf: call.data.auditLog, encoding: .utf8)).contains("anna@voorbeeld.nl"))
        #expect(try AuditVerifier.verify(call.log, key: key).isIntact)
        // Three years and a day later everything about the call goes, sessions and consents too.
        let all = try DataEraser.applyRetention(
            RetentionSettings(), data: call.data, key: key, agent: "Fatima", clock: days(3 * 366))
        #expect(all.consents == 1 && all.sessions == 1)
        let content = try call.log.read().entries.compactMap(\.payload).filter {
            $0.kind != "checkpoint" && $0.kind != "erasure"
        }
        #expect(content.allSatisfy { $0.redacted == true })
        let report = try AuditVerifier.verify(call.log, key: key)
        #expect(report.isIntact, "\(report)")
        #expect(try ConsentRegister(path: call.data.consentRegister.path).records().isEmpty)
    }

    @Test func nothingYoungerThanItsPeriodIsTouched() throws {
        let call = try RecordedCall(key: key)
        let before = call.lines
        let report = try DataEraser.applyRetention(
            RetentionSettings(), data: call.data, key: key, agent: "Fatima", clock: days(30))
        #expect(report.auditEntries == 0 && report.consents == 0 && report.sessions == 0)
        #expect(Array(call.lines.prefix(before.count)) == before)
        #expect(call.lines.count == before.count + 2)
    }
}
