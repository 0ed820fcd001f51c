import CallscriptHTTP
import CallscriptTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.serialized) struct HTTPServerTests {
    func echoServer(_ limits: HTTPLimits = HTTPLimits()) throws -> HTTPServer {
        let server = try HTTPServer(port: 0, limits: limits) { request, info in
            HTTPResponse(
                status: 200, contentType: "text/plain",
                body: Array("\(request.method) \(request.path) \(request.body.count) from \(info.peerAddress)".utf8))
        }
        server.start()
        return server
    }

    @Test func bindsLoopbackByDefault() throws {
        let server = try echoServer()
        defer { server.stop() }
        #expect(server.host == "127.0.0.1")
        #expect(server.port > 0)
    }

    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        let server = try echoServer()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        defer { client.close() }
        client.send("GET /a HTTP/1.1\r\nHost: t\r\n\r\nPOST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc")
        client.send("GET /c HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        let r = client.responses(3)
        #expect(r.map(\.status) == [200, 200, 200])
        #expect(r.map(\.body) == ["GET /a 0 from 127.0.0.1", "POST /b 3 from 127.0.0.1", "GET /c 0 from 127.0.0.1"])
        #expect(r.map(\.close) == [false, false, true])
        #expect(client.isClosedByServer())
    }

    @Test func malformedRequestGets400AndTheConnectionCloses() throws {
        let server = try echoServer()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        defer { client.close() }
        client.send("GET / HTTP/1.1\r\nHost: t\r\nBad Header\r\n\r\n")
        let r = client.responses(1)
        #expect(r.first?.status == 400)
        #expect(r.first?.body.contains("colon") == true)
        #expect(client.isClosedByServer())
    }

    @Test func aSlowClientIsCutOffWith408() throws {
        let server = try echoServer(HTTPLimits(requestTimeout: 0.3, idleTimeout: 5))
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        defer { client.close() }
        client.send("GET / HTTP/1.1\r\nHo")
        let started = Date()
        let r = client.responses(1)
        #expect(r.first?.status == 408)
        #expect(Date().timeIntervalSince(started) < 3)
    }

    @Test func anIdleConnectionIsClosedSilently() throws {
        let server = try echoServer(HTTPLimits(requestTimeout: 5, idleTimeout: 0.3))
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        defer { client.close() }
        #expect(client.isClosedByServer())
    }

    @Test func connectionsOverTheCapGet503() throws {
        let server = try echoServer(HTTPLimits(maxConnections: 2, idleTimeout: 5))
        defer { server.stop() }
        let a = try RawClient(port: server.port)
        let b = try RawClient(port: server.port)
        defer {
            a.close()
            b.close()
        }
        // Make sure both are admitted before the third arrives.
        a.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        b.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(a.responses(1).first?.status == 200)
        #expect(b.responses(1).first?.status == 200)
        let c = try RawClient(port: server.port)
        defer { c.close() }
        #expect(c.responses(1).first?.status == 503)
    }

    @Test func aClientThatVanishesMidResponseDoesNotHurtTheServer() throws {
        let big = [UInt8](repeating: 0x61, count: 4 << 20)
        let server = try HTTPServer(port: 0) { _, _ in HTTPResponse(status: 200, contentType: "text/plain", body: big) }
        server.start()
        defer { server.stop() }
        for _ in 0..<5 {
            let client = try RawClient(port: server.port)
            client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
            client.close()
        }
        let client = try RawClient(port: server.port)
        defer { client.close() }
        client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(client.responses(1).first?.body.count == big.count)
    }

    @Test func aNonAddressHostIsAClearError() {
        #expect(throws: HTTPServerError.self) {
            try HTTPServer(host: "localhost", port: 0) { _, _ in HTTPResponse(status: 200) }
        }
    }
}
