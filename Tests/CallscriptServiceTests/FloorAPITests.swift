import CallscriptHTTP
import CallscriptRuntime
import CallscriptService
import Foundation
import Testing

@Suite struct FloorAPITests {
    @Test func everyAPIRequestNeedsAValidToken() throws {
        let f = try ServiceFixture()
        let none = f.send("GET", "/v1/campaigns", as: nil)
        #expect(none.status == 401)
        #expect(none.json.errorMessageContains("Bearer"))
        var fake = f
        fake.tokens["mallory"] = "cs_" + String(repeating: "0", count: 64)
        #expect(fake.send("GET", "/v1/campaigns", as: "mallory").status == 401)
        #expect(f.send("GET", "/v1/me", as: "jan").json["role"] as? String == "agent")
    }

    @Test func campaignsListTheProvenScriptWithItsContactFields() throws {
        let f = try ServiceFixture()
        let r = f.send("GET", "/v1/campaigns", as: "jan")
        let campaigns = r.json["campaigns"] as? [[String: Any]] ?? []
        #expect(campaigns.map { $0["id"] as? String } == ["krant/abonnement"])
        let fields = campaigns.first?["fields"] as? [[String: Any]] ?? []
        #expect(
            fields.map { $0["name"] as? String } == [
                "voornaam", "vorig_pakket", "bezorggebied", "last_purchase", "contract_end",
            ])
        #expect(fields.map { $0["type"] as? String } == ["text", "choice", "yesno", "date", "date"])
        #expect(fields.map { $0["basis"] as? Bool } == [nil, nil, nil, true, true])
        #expect(fields[1]["choices"] as? [String] == ["digitaal", "weekend", "compleet"])
        #expect((campaigns.first?["digest"] as? String)?.count == 64)
    }

    /// A whole call through the API: the line with values filled in, a question, captures with a
    /// refused value, to the end; the audit names the authenticated agent.
    @Test func aWholeCallFromStartToEnd() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        var r = f.send("GET", "/v1/calls/\(call)", as: "jan")
        #expect(r.json.screen["kind"] as? String == "line")
        // NL-DATA-SOURCE: the desktop shows where the customer record comes from.
        #expect(r.json["source"] as? String == "customer record: last purchase or contract end 2026-06-01")
        #expect(
            (r.json.screen["text"] as? String)?.hasPrefix("Goedemiddag Els, u spreekt met jan van Lezersservice")
                == true)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        #expect(r.json.screen["kind"] as? String == "question")
        #expect((r.json.screen["answers"] as? [[String: Any]])?.map { $0["number"] as? Int } == [1, 2, 3])
        #expect(r.json.screen["hint"] as? String != nil)
        #expect(f.input(call, as: "jan", #"{"type": "answer", "answer": 4}"#).status == 422)
        r = f.input(call, as: "jan", #"{"type": "answer", "answer": 1}"#)
        #expect(r.json.screen["kind"] as? String == "capture")
        r = f.input(call, as: "jan", #"{"type": "capture", "value": "Te duur"}"#)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        let capture = r.json.screen["capture"] as? [String: Any]
        #expect(capture?["type"] as? String == "choice")
        #expect(capture?["choices"] as? [String] == ["digitaal", "weekend", "compleet", "geen"])
        let refused = f.input(call, as: "jan", #"{"type": "capture", "value": "zondag"}"#)
        #expect(refused.status == 422)
        r = f.input(call, as: "jan", #"{"type": "capture", "value": "geen"}"#)
        #expect(r.json.screen["role"] as? String == "optout")
        #expect(r.json.screen["hint"] as? String != nil)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        r = f.input(call, as: "jan", #"{"type": "continue"}"#)
        #expect(r.json["status"] as? String == "ended")
        #expect((r.json["outcome"] as? [String: Any])?["kind"] as? String == "end")
        #expect(f.input(call, as: "jan", #"{"type": "continue"}"#).status == 422)

        let audit = try f.store.auditContents().entries.compactMap(\.payload)
        #expect(!audit.isEmpty)
        #expect(audit.allSatisfy { $0.agent == "jan" })
        #expect(audit.filter { $0.kind != "checkpoint" }.allSatisfy { $0.practice == true })
        #expect(audit.last?.kind == "checkpoint", "the call's end is sealed with the audit key")
        #expect(AuditVerifier.verify(try f.store.auditContents(), key: f.key).problems.isEmpty)
    }

    @Test func agentsSeeOnlyTheirOwnCallsSupervisorsSeeAll() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        #expect(f.send("GET", "/v1/calls/\(call)", as: "piet").status == 403)
        #expect(f.input(call, as: "piet", #"{"type": "continue"}"#).status == 403)
        #expect(f.send("GET", "/v1/calls/\(call)", as: "sanne").status == 200)
        #expect((f.send("GET", "/v1/calls", as: "piet").json["calls"] as? [Any])?.count == 0)
        #expect((f.send("GET", "/v1/calls", as: "sanne").json["calls"] as? [Any])?.count == 1)
        #expect(f.send("GET", "/v1/outcomes", as: "jan").status == 403)
        #expect(f.send("GET", "/v1/calls/c-0000000000000000", as: "jan").status == 404)
    }

    /// An objection taken by one agent refuses the same number, in another spelling, to every
    /// other agent at once.
    @Test func anObjectionStopsEveryOtherAgentAtOnce() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan", phone: "06-12345679")
        let r = f.input(call, as: "jan", #"{"type": "event", "event": "objection"}"#)
        #expect(r.status == 200)
        #expect(try f.store.isObjected("+31612345679"))
        let again = f.send(
            "POST", "/v1/calls", as: "piet", json: ServiceFixture.contact(id: "K-9", phone: "+31 (0)6 1234 5679"))
        #expect(again.status == 409)
        let gates = (again.json["error"] as? [String: Any])?["gates"] as? [[String: Any]] ?? []
        #expect(gates.contains { $0["rule"] as? String == "NL-GATE-OBJECTION" && $0["passed"] as? Bool == false })
    }

    @Test func suspendAndResumeRunTheGatesAgain() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        _ = f.input(call, as: "jan", #"{"type": "continue"}"#)
        let suspended = f.send("POST", "/v1/calls/\(call)/suspend", as: "jan")
        #expect(suspended.json["status"] as? String == "suspended")
        #expect(f.input(call, as: "jan", #"{"type": "continue"}"#).status == 409)
        let resumed = f.send("POST", "/v1/calls/\(call)/resume", as: "jan")
        #expect(resumed.status == 200, "\(resumed.raw)")
        #expect(resumed.json["resumed"] as? Bool == true)
        #expect(resumed.json.screen["state"] as? String == suspended.json.screen["state"] as? String)
        #expect(f.send("POST", "/v1/calls/\(call)/resume", as: "jan").status == 409)
    }

    @Test func theOutcomeFeedFollowsTheAuditTrailWithACursor() throws {
        let f = try ServiceFixture()
        let call = try f.start(as: "jan")
        _ = f.input(call, as: "jan", #"{"type": "event", "event": "objection"}"#)
        var r = f.send("GET", "/v1/outcomes", as: "sanne")
        #expect(r.status == 200)
        let lines = r.raw.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        #expect(lines.map { $0["kind"] as? String }.contains("objection"))
        #expect(lines.allSatisfy { $0["campaign"] as? String == "krant/abonnement" && $0["call"] as? String == call })
        let cursor = lines.last?["cursor"] as? String ?? ""
        r = f.send("GET", "/v1/outcomes?after=\(cursor)", as: "sanne")
        #expect(r.raw.isEmpty)
        #expect(f.send("GET", "/v1/outcomes?after=abc", as: "sanne").status == 400)
    }

    @Test func malformedBodiesAndUnknownPathsGetClearErrors() throws {
        let f = try ServiceFixture()
        #expect(f.send("POST", "/v1/calls", as: "jan", json: "{").status == 400)
        #expect(
            f.send(
                "POST", "/v1/calls", as: "jan",
                json: #"{"campaign": "nope", "contact": {"id": "K", "phone": "0612345678"}}"#
            ).status == 404)
        let badPhone = f.send("POST", "/v1/calls", as: "jan", json: ServiceFixture.contact(phone: "bel me"))
        #expect(badPhone.status == 422)
        #expect(f.send("GET", "/v1/nothing", as: "jan").status == 404)
        #expect(f.send("DELETE", "/v1/calls", as: "jan").status == 405)
        let call = try f.start(as: "jan")
        #expect(f.input(call, as: "jan", #"{"type": "dance"}"#).status == 400)
        #expect(f.input(call, as: "jan", #"{"type": "event", "event": "party"}"#).status == 400)
    }

    @Test func clientsOutsideTheAllowListAreRefused() throws {
        let f = try ServiceFixture()
        guard case .success(let office) = NetworkAllowList.parse("10.20.0.0/16") else {
            Issue.record("not parsed")
            return
        }
        let limited = RunnerService(
            floor: f.service.floor, users: f.service.users, allowList: NetworkAllowList([office]))
        let inside = ConnectionInfo(peerAddress: "10.20.3.4", peerBytes: [10, 20, 3, 4])
        let outside = ConnectionInfo(peerAddress: "10.21.0.1", peerBytes: [10, 21, 0, 1])
        let request = HTTPRequest(
            method: "GET", path: "/v1/me",
            headers: [.init(name: "Authorization", value: "Bearer \(f.tokens["jan"] ?? "")")])
        #expect(limited.handle(request, from: inside).status == 200)
        #expect(limited.handle(request, from: outside).status == 403)
    }
}

/// A service runs all day: an ended call must not keep its session lock (a file descriptor on
/// the file store, a database connection on PostgreSQL).
@Suite struct LongRunningFloorTests {
    static func openDescriptors() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count
    }

    @Test func endedCallsReleaseTheirLocks() throws {
        let f = try ServiceFixture()
        func oneCall(_ n: Int) throws {
            let call = try f.start(as: "jan", id: "K-\(n)", phone: String(format: "06 2%07d", n))
            for input in [#"{"type": "continue"}"#, #"{"type": "continue"}"#, #"{"type": "answer", "answer": 3}"#] {
                _ = f.input(call, as: "jan", input)
            }
            _ = f.input(call, as: "jan", #"{"type": "continue"}"#)
            let end = f.input(call, as: "jan", #"{"type": "continue"}"#)
            guard end.json["status"] as? String == "ended" else {
                throw ServiceFixture.Failure(description: "call \(n) did not end: \(end.raw)")
            }
        }
        try oneCall(0)
        let before = Self.openDescriptors()
        for n in 1...40 { try oneCall(n) }
        // Other suites run in parallel and open files too: a leak would add at least 40.
        #expect(Self.openDescriptors() - before < 20)
    }
}

/// Several services on one store: a call taken over after its service stopped.
@Suite struct TakeOverTests {
    @Test func anotherServiceResumesASuspendedCallWithItsContact() throws {
        let a = try ServiceFixture()
        let call = try a.start(as: "jan")
        _ = a.input(call, as: "jan", #"{"type": "continue"}"#)
        let b = ServiceFixture(sharing: a)
        let contact =
            #"{"contact": {"id": "K-2001", "phone": "06 12345679", "last_purchase": "2026-06-01", "fields": {"voornaam": "Els", "vorig_pakket": "weekend", "bezorggebied": "ja"}}}"#
        // While A holds the call, nobody else may take it.
        #expect(b.send("POST", "/v1/calls/\(call)/resume", as: "jan", json: contact).status == 409)
        let suspended = a.send("POST", "/v1/calls/\(call)/suspend", as: "jan")
        #expect(b.send("POST", "/v1/calls/\(call)/resume", as: "jan").status == 404)
        #expect(b.send("POST", "/v1/calls/\(call)/resume", as: "piet", json: contact).status == 409)
        let taken = b.send("POST", "/v1/calls/\(call)/resume", as: "jan", json: contact)
        #expect(taken.status == 200, "\(taken.raw)")
        #expect(taken.json["resumed"] as? Bool == true)
        #expect(taken.json.screen["state"] as? String == suspended.json.screen["state"] as? String)
        #expect(b.input(call, as: "jan", #"{"type": "continue"}"#).status == 200)
        // The call is still running, so its entries are not sealed yet; the chain itself is whole.
        #expect(AuditVerifier.verify(try b.store.auditContents()).problems.isEmpty)
    }
}

extension Dictionary where Key == String, Value == Any {
    func errorMessageContains(_ text: String) -> Bool { errorMessage.contains(text) }
}
