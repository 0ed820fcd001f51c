import CallscriptMachine
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptService

/// The desktop's event bar offers `source-question` (b) when the script has its handler and
/// `vulnerable` (k) always, and raising them through the API does what the terminal's keys do.
@Suite struct AgentEventsAPITests {
    @Test func theEventBarOffersTheHandlersTheScriptHas() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        let events = f.send("GET", "/v1/calls/\(call)", as: "jan").json["events"] as? [[String: Any]] ?? []
        // The krant campaign has `on source-question` and `on vulnerable`: every key, as in the terminal.
        #expect(
            events.map { $0["name"] as? String } == [
                "objection", "voicemail", "complaint", "source-question", "minor", "vulnerable", "hang-up",
            ])
        #expect(events.map { $0["key"] as? String } == ["o", "v", "c", "b", "m", "k", "h"])
        // The US solar script has neither handler: no b on its bar, but k, which is always there.
        let scripts = RepositoryPaths.examples.path
        let catalog = CampaignCatalog.load(
            scripts: [scripts + "/us-solar/solar-quote.call"], root: scripts,
            on: CalendarDate(year: 2026, month: 11, day: 16))
        let solar = try #require(catalog.campaigns["us-solar/solar-quote"])
        #expect(EventView.offered(by: solar.loaded).map(\.key) == ["o", "v", "c", "m", "k", "h"])
    }

    /// NL-DATA-SOURCE: the source in parts for the desktop to translate, the handler's lines on
    /// the screen, and the source the agent had on screen in the audit trail's event entry.
    @Test func theSourceQuestionStartsTheHandlerAndIsRecordedWithTheSource() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        let started = f.send("GET", "/v1/calls/\(call)", as: "jan").json
        let detail = try #require(started["sourceDetail"] as? [String: Any])
        #expect(detail["kind"] as? String == "customer-record")
        #expect(detail["relationDate"] as? String == "2026-06-01")
        #expect(detail["origin"] == nil)
        let r = f.input(call, as: "jan", #"{"type": "event", "event": "source-question"}"#)
        #expect(r.status == 200, "\(r.raw)")
        #expect(r.json.screen["step"] as? String == "on source-question")
        #expect((r.json.screen["text"] as? String)?.contains("abonnementenadministratie") == true)
        let entries = try f.store.auditContents().entries.compactMap(\.payload)
        let event = try #require(entries.first { $0.kind == "event" })
        #expect(event.event == "source-question")
        #expect(event.text == "customer record: last purchase or contract end 2026-06-01")
    }

    @Test func aVulnerablePersonGetsTheHandlersLinesAndNoOffer() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        _ = f.input(call, as: "jan", #"{"type": "continue"}"#)
        var r = f.input(call, as: "jan", #"{"type": "event", "event": "vulnerable"}"#)
        #expect(r.status == 200, "\(r.raw)")
        #expect(r.json.screen["step"] as? String == "on vulnerable")
        #expect((r.json.screen["text"] as? String)?.contains("Ik vraag u verder niets") == true)
        // Inside the handler only hang-up and objection still apply (RT0115).
        #expect(f.input(call, as: "jan", #"{"type": "event", "event": "source-question"}"#).status == 422)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        #expect(r.json["status"] as? String == "ended")
        #expect(r.json["events"] as? [Any] == nil || (r.json["events"] as? [Any])?.isEmpty == true)
        let entries = try f.store.auditContents().entries.compactMap(\.payload)
        #expect(entries.contains { $0.kind == "event" && $0.event == "vulnerable" && $0.handled == true })
        #expect(!entries.contains { $0.kind == "shown" && $0.role == Role.pitch.rawValue })
    }
}
