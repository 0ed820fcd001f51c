import CallscriptHTTP
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A raw TCP client on loopback, so the tests send exactly the bytes they mean (malformed ones
/// included) and see exactly what comes back.
struct RawClient {
    let fd: Int32

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = port.bigEndian
        a.sin_addr.s_addr = inet_addr("127.0.0.1")
        let r = withUnsafePointer(to: &a) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard r == 0 else { throw Failure(description: "connect failed: \(errno)") }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `count` responses have arrived (by Content-Length) or the server closes.
    func responses(_ count: Int) -> [(status: Int, body: String, close: Bool)] {
        var buffer: [UInt8] = []
        var out: [(Int, String, Bool)] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while out.count < count {
            if let parsed = Self.parseResponse(buffer) {
                out.append((parsed.status, parsed.body, parsed.close))
                buffer.removeFirst(parsed.consumed)
                continue
            }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            buffer.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// True when the server closed the connection (reads end of stream within 5 s).
    func isClosedByServer() -> Bool {
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, 0) == 0
    }

    func close() { Glibc.close(fd) }

    static func parseResponse(_ b: [UInt8]) -> (status: Int, body: String, close: Bool, consumed: Int)? {
        let text = String(decoding: b, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<headEnd.lowerBound]
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var length = 0
        var close = false
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts[0].lowercased() == "content-length" { length = Int(parts[1]) ?? 0 }
            if parts[0].lowercased() == "connection", parts[1].lowercased() == "close" { close = true }
        }
        let headBytes = head.utf8.count + 4
        guard b.count >= headBytes + length else { return nil }
        let body = String(decoding: b[headBytes..<(headBytes + length)], as: UTF8.self)
        return (status, body, close, headBytes + length)
    }
}

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
