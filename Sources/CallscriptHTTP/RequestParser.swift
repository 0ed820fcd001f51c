import Foundation

/// Why a request was refused before it reached a handler: the status to answer and one
/// sentence for the client. The connection is always closed after such a response, because
/// after malformed framing the next request's start cannot be trusted.
public struct HTTPError: Error, Sendable, Hashable {
    public var status: Int
    public var message: String

    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// Parses HTTP/1.1 requests (RFC 9112) from the bytes received so far. Pure: the server feeds
/// it its buffer, so every malformed input is unit-tested and fuzzed without sockets.
public struct RequestParser: Sendable {
    public enum Result: Sendable, Hashable {
        /// More bytes are needed (nothing is consumed).
        case incomplete
        /// A whole request, and how many bytes of the buffer it used.
        case request(HTTPRequest, consumed: Int)
        case failed(HTTPError)
    }

    public var limits: HTTPLimits

    public init(limits: HTTPLimits = HTTPLimits()) { self.limits = limits }

    public func parse(_ buffer: [UInt8]) -> Result {
        // Clients may send empty lines between requests (RFC 9112 section 2.2).
        var start = 0
        while start + 1 < buffer.count, buffer[start] == 0x0D, buffer[start + 1] == 0x0A { start += 2 }
        while start < buffer.count, buffer[start] == 0x0A { start += 1 }
        guard let headEnd = Self.endOfHead(buffer, from: start) else {
            if buffer.count - start > limits.maxHeaderBytes {
                return .failed(HTTPError(431, "the request line and headers exceed \(limits.maxHeaderBytes) bytes"))
            }
            return .incomplete
        }
        if headEnd.contentStart - start > limits.maxHeaderBytes {
            return .failed(HTTPError(431, "the request line and headers exceed \(limits.maxHeaderBytes) bytes"))
        }
        let head: RequestHead
        switch RequestHead.parse(buffer[start..<headEnd.headEnd], limits: limits) {
        case .success(let h): head = h
        case .failure(let e): return .failed(e)
        }
        let bodyStart = headEnd.contentStart
        switch bodyFraming(head) {
        case .failure(let e): return .failed(e)
        case .success(.empty):
            return .request(head.request(body: []), consumed: bodyStart)
        case .success(.length(let length)):
            guard buffer.count - bodyStart >= length else { return .incomplete }
            let body = Array(buffer[bodyStart..<(bodyStart + length)])
            return .request(head.request(body: body), consumed: bodyStart + length)
        case .success(.chunked):
            switch ChunkedBody.decode(buffer, from: bodyStart, limit: limits.maxBodyBytes) {
            case .incomplete: return .incomplete
            case .failed(let e): return .failed(e)
            case .done(let body, let end): return .request(head.request(body: body), consumed: end)
            }
        }
    }

    enum Framing: Hashable {
        case empty
        case length(Int)
        case chunked
    }

    private func bodyFraming(_ head: RequestHead) -> Swift.Result<Framing, HTTPError> {
        let encodings = head.values("Transfer-Encoding")
        let lengths = head.values("Content-Length")
        if !encodings.isEmpty {
            // Both together is how requests are smuggled past proxies (RFC 9112 section 6.1).
            if !lengths.isEmpty {
                return .failure(HTTPError(400, "send Content-Length or Transfer-Encoding, not both"))
            }
            let codings = encodings.flatMap { $0.split(separator: ",") }.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard codings == ["chunked"] else {
                return .failure(HTTPError(501, "only the chunked transfer coding is supported"))
            }
            return .success(.chunked)
        }
        guard !lengths.isEmpty else { return .success(.empty) }
        let distinct = Set(lengths.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) })
        guard distinct.count == 1, let text = distinct.first, !text.isEmpty, text.count <= 18,
            text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let length = Int(text)
        else {
            return .failure(HTTPError(400, "Content-Length must be one decimal number"))
        }
        guard length <= limits.maxBodyBytes else {
            return .failure(HTTPError(413, "the body exceeds \(limits.maxBodyBytes) bytes"))
        }
        return .success(length == 0 ? .empty : .length(length))
    }

    /// Where the header section ends (`CRLF CRLF`, or bare `LF LF`, which RFC 9112 lets a
    /// server accept): the last header byte and the first body byte.
    static func endOfHead(_ b: [UInt8], from start: Int) -> (headEnd: Int, contentStart: Int)? {
        var i = start
        while i < b.count {
            if b[i] == 0x0A {
                if i + 1 < b.count, b[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < b.count, b[i + 1] == 0x0D, b[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }
}
