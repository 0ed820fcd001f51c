import CallscriptHTTP
import Testing

@Suite struct RequestParserTests {
    let parser = RequestParser()

    func parse(_ text: String) -> RequestParser.Result { parser.parse(Array(text.utf8)) }

    func status(_ text: String) -> Int? {
        if case .failed(let e) = parse(text) { return e.status }
        return nil
    }

    @Test func simpleGetWithQuery() throws {
        let text = "GET /v1/outcomes?after=12&x=a%20b+c HTTP/1.1\r\nHost: h\r\n\r\n"
        guard case .request(let r, let consumed) = parse(text) else {
            Issue.record("not parsed")
            return
        }
        #expect(r.method == "GET")
        #expect(r.path == "/v1/outcomes")
        #expect(r.queryValue("after") == "12")
        #expect(r.queryValue("x") == "a b c")
        #expect(r.keepsAlive)
        #expect(consumed == text.utf8.count)
    }

    @Test func bodyByContentLengthAndPipelining() {
        let two = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\nHost: h\r\n\r\n"
        guard case .request(let r, let consumed) = parse(two) else {
            Issue.record("not parsed")
            return
        }
        #expect(r.body == Array("hello".utf8))
        guard case .request(let next, _) = parser.parse(Array(Array(two.utf8)[consumed...])) else {
            Issue.record("second not parsed")
            return
        }
        #expect(next.path == "/b")
    }

    @Test func incompleteUntilTheBodyArrives() {
        #expect(parse("GET / HTTP/1.1\r\nHost: h\r\n") == .incomplete)
        #expect(parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc") == .incomplete)
    }

    @Test func chunkedBody() {
        let text =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nX-T: 1\r\n\r\n"
        guard case .request(let r, let consumed) = parse(text) else {
            Issue.record("not parsed")
            return
        }
        #expect(String(decoding: r.body, as: UTF8.self) == "Wikipedia")
        #expect(consumed == text.utf8.count)
        #expect(parse(String(text.dropLast(4))) == .incomplete)
    }

    @Test func bearerTokenAndConnectionClose() {
        guard
            case .request(let r, _) = parse(
                "GET / HTTP/1.1\r\nHost: h\r\nauthorization: Bearer  abc.def \r\nConnection: close\r\n\r\n")
        else {
            Issue.record("not parsed")
            return
        }
        #expect(r.bearerToken == "abc.def")
        #expect(!r.keepsAlive)
    }

    @Test(arguments: [
        ("GARBAGE\r\n\r\n", 400),
        ("GET /\r\nHost: h\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505),
        ("GET / HTTPS/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET /a%zz HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET /a%ff HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET /a%00 HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET /a#b HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\r\nX: a\u{1}b\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1e3\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 70000\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n", 400),
    ])
    func malformedRequestsGetAClear4xx(request: String, expected: Int) {
        #expect(status(request) == expected, "\(request.debugDescription)")
    }

    @Test func oversizedHeadersAre431EvenBeforeTheyEnd() {
        let big = "GET / HTTP/1.1\r\nHost: h\r\nX: " + String(repeating: "a", count: 17 * 1024)
        #expect(status(big) == 431)
        let many = "GET / HTTP/1.1\r\nHost: h\r\n" + String(repeating: "X: 1\r\n", count: 101) + "\r\n"
        #expect(status(many) == 431)
        let longTarget = "GET /" + String(repeating: "a", count: 9 * 1024) + " HTTP/1.1\r\nHost: h\r\n\r\n"
        #expect(status(longTarget) == 414)
    }

    @Test func chunkedBodyOverTheLimitIs413() {
        let limits = HTTPLimits(maxBodyBytes: 8)
        let text =
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n"
        guard case .failed(let e) = RequestParser(limits: limits).parse(Array(text.utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(e.status == 413)
    }

    /// Any prefix of a valid request is incomplete, never an error or a request.
    @Test func everyPrefixOfAValidRequestIsIncomplete() {
        let text = Array("POST /v1/calls HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\n{\"a\"".utf8)
        for n in 0..<text.count {
            #expect(parser.parse(Array(text[0..<n])) == .incomplete, "prefix of \(n) bytes")
        }
    }
}
