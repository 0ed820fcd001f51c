import CallscriptPostgresStore
import CallscriptTestSupport
import Foundation
import Testing

/// Two `callscript serve` processes, as two machines of one floor, on one PostgreSQL store:
/// an objection taken through A refuses the same number's next start through B at once, and
/// both services' entries form one chain.
@Suite(.serialized) struct ServePostgresStoreTests {
    /// One request on a fresh connection; returns the status and the body.
    static func request(_ port: UInt16, _ method: String, _ path: String, token: String, body: String = "")
        throws -> (status: Int, body: String)
    {
        let client = try RawClient(port: port)
        defer { client.close() }
        client.send(
            "\(method) \(path) HTTP/1.1\r\nHost: floor\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        )
        let response = client.responses(1).first
        return (response?.status ?? 0, response?.body ?? "")
    }

    static func agent(_ data: URL) throws -> String {
        let add = try BuiltBinary.run(["users", "add", "jan", "--role", "agent", "--data", data.path])
        #expect(add.status == 0, "\(add.stderr)")
        return add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func anObjectionThroughOneServiceRefusesTheNextStartThroughTheOther() throws {
        let (url, store) = try RunnerPostgresStoreTests.store("serve_two", consents: [("K-1001", "+31612345678")])
        let (dataA, dataB) = (try ServeCommandTests.folder(), try ServeCommandTests.folder())
        let (tokenA, tokenB) = (try Self.agent(dataA), try Self.agent(dataB))
        let practice = ["Examples", "--store", url, "--practice", "--now", "2026-11-16T10:00"]
        let a = try ServeCommandTests.serve(practice, data: dataA)
        defer { _ = a.stop() }
        let b = try ServeCommandTests.serve(practice, data: dataB)
        defer { _ = b.stop() }
        let start = """
            {"campaign": "energie-optin/winback",
             "contact": {"id": "K-1001", "phone": "06 1234 5678",
                         "fields": {"voornaam": "Anna", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 3100, "zonnepanelen": true}}}
            """
        let started = try Self.request(a.port, "POST", "/v1/calls", token: tokenA, body: start)
        #expect(started.status == 201, "\(started.body)")
        let call = try #require(
            (try JSONSerialization.jsonObject(with: Data(started.body.utf8)) as? [String: Any])?["id"] as? String)
        let objection = try Self.request(
            a.port, "POST", "/v1/calls/\(call)/input", token: tokenA, body: #"{"type": "event", "event": "objection"}"#)
        #expect(objection.status == 200, "\(objection.body)")
        #expect(try store.isObjected("+31612345678"))

        let refused = try Self.request(b.port, "POST", "/v1/calls", token: tokenB, body: start)
        #expect(refused.status == 409, "\(refused.body)")
        #expect(refused.body.contains("NL-GATE-OBJECTION"), "\(refused.body)")
        let verify = try BuiltBinary.run(["audit", "verify", "--store", url])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let gates = try store.auditContents().entries.compactMap(\.payload).filter { $0.kind == "gate" }
        #expect(gates.map(\.allowed) == [true, false])
    }

    @Test func aCallOfAKilledServiceIsTakenOverThroughTheOther() throws {
        let (url, store) = try RunnerPostgresStoreTests.store("serve_kill", consents: [("K-1001", "+31612345678")])
        let (dataA, dataB) = (try ServeCommandTests.folder(), try ServeCommandTests.folder())
        let (tokenA, tokenB) = (try Self.agent(dataA), try Self.agent(dataB))
        let practice = ["Examples", "--store", url, "--practice", "--now", "2026-11-16T10:00"]
        let a = try ServeCommandTests.serve(practice, data: dataA)
        let b = try ServeCommandTests.serve(practice, data: dataB)
        defer { _ = b.stop() }
        let contact = """
            {"id": "K-1001", "phone": "06 1234 5678",
             "fields": {"voornaam": "Anna", "klant_tot": "2025-03-01", "jaarverbruik_kwh": 3100, "zonnepanelen": true}}
            """
        let started = try Self.request(
            a.port, "POST", "/v1/calls", token: tokenA,
            body: #"{"campaign": "energie-optin/winback", "contact": "# + contact + "}")
        #expect(started.status == 201, "\(started.body)")
        let call = try #require(
            (try JSONSerialization.jsonObject(with: Data(started.body.utf8)) as? [String: Any])?["id"] as? String)
        let step = try Self.request(
            a.port, "POST", "/v1/calls/\(call)/input", token: tokenA, body: #"{"type": "continue"}"#)
        #expect(step.status == 200, "\(step.body)")
        // While A holds the call, B may not take it over.
        let busy = try Self.request(
            b.port, "POST", "/v1/calls/\(call)/resume", token: tokenB, body: #"{"contact": "# + contact + "}")
        #expect(busy.status == 409, "\(busy.body)")
        #expect(busy.body.contains("held by another runner"), "\(busy.body)")
        // Machine A dies mid-call; its connection, and with it the session lock, goes.
        kill(a.process.processIdentifier, SIGKILL)
        a.process.waitUntilExit()
        var resumed = (status: 0, body: "")
        for _ in 0..<40 {
            resumed = try Self.request(
                b.port, "POST", "/v1/calls/\(call)/resume", token: tokenB, body: #"{"contact": "# + contact + "}")
            if resumed.status != 409 { break }
            usleep(100_000)
        }
        #expect(resumed.status == 200, "\(resumed.body)")
        #expect(
            resumed.body.contains("\"resumed\":true") || resumed.body.contains("\"resumed\" : true"), "\(resumed.body)")
        let next = try Self.request(
            b.port, "POST", "/v1/calls/\(call)/input", token: tokenB, body: #"{"type": "continue"}"#)
        #expect(next.status == 200, "\(next.body)")
        let verify = try BuiltBinary.run(["audit", "verify", "--store", url])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(try store.auditContents().entries.compactMap(\.payload?.kind).contains("resume"))
    }
}
