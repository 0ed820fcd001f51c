/// The request line and header fields of one request, checked against RFC 9112's grammar.
struct RequestHead: Sendable {
    var method: String
    var path: String
    var query: [HTTPRequest.QueryItem]
    var version: String
    var headers: [HTTPRequest.Header]

    func values(_ name: String) -> [String] {
        let wanted = name.lowercased()
        return headers.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    func request(body: [UInt8]) -> HTTPRequest {
        HTTPRequest(method: method, path: path, query: query, version: version, headers: headers, body: body)
    }

    /// `head` is everything before the empty line that ends the header section.
    static func parse(_ head: ArraySlice<UInt8>, limits: HTTPLimits) -> Result<RequestHead, HTTPError> {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = head.startIndex
        for i in head.indices where head[i] == 0x0A {
            var end = i
            if end > lineStart, head[end - 1] == 0x0D { end -= 1 }
            lines.append(head[lineStart..<end])
            lineStart = i + 1
        }
        if lineStart < head.endIndex {
            var end = head.endIndex
            if head[end - 1] == 0x0D { end -= 1 }
            lines.append(head[lineStart..<end])
        }
        guard let requestLine = lines.first else { return .failure(HTTPError(400, "empty request")) }
        if lines.count - 1 > limits.maxHeaderCount {
            return .failure(HTTPError(431, "more than \(limits.maxHeaderCount) header fields"))
        }
        // A bare CR anywhere is how responses get split; refuse rather than guess.
        if head.contains(0x0D), lines.contains(where: { $0.contains(0x0D) }) {
            return .failure(HTTPError(400, "a bare carriage return in the request head"))
        }
        if head.contains(0) { return .failure(HTTPError(400, "a NUL byte in the request head")) }

        let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            return .failure(HTTPError(400, "the request line must be METHOD TARGET HTTP/1.1"))
        }
        guard parts[0].allSatisfy(isTokenByte) else { return .failure(HTTPError(400, "the method is not a token")) }
        let method = String(decoding: parts[0], as: UTF8.self)
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version.hasPrefix("HTTP/"), version.count == 8 else {
            return .failure(HTTPError(400, "the request line must end with the HTTP version, e.g. HTTP/1.1"))
        }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(HTTPError(505, "only HTTP/1.1 (and 1.0) are served"))
        }
        let target: (path: String, query: [HTTPRequest.QueryItem])
        switch RequestTarget.parse(parts[1]) {
        case .success(let t): target = t
        case .failure(let e): return .failure(e)
        }

        var headers: [HTTPRequest.Header] = []
        for line in lines.dropFirst() {
            if let first = line.first, first == 0x20 || first == 0x09 {
                return .failure(HTTPError(400, "folded header lines (starting with a space) are not allowed"))
            }
            guard let colon = line.firstIndex(of: 0x3A) else {
                return .failure(HTTPError(400, "a header line without a colon"))
            }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(isTokenByte) else {
                return .failure(HTTPError(400, "a header name with spaces or other invalid characters"))
            }
            var value = line[(colon + 1)...]
            while let f = value.first, f == 0x20 || f == 0x09 { value = value.dropFirst() }
            while let l = value.last, l == 0x20 || l == 0x09 { value = value.dropLast() }
            guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                return .failure(HTTPError(400, "a header value with control characters"))
            }
            headers.append(
                HTTPRequest.Header(
                    name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self)))
        }
        let hosts = headers.filter { $0.name.lowercased() == "host" }
        if version == "HTTP/1.1", hosts.count != 1 {
            return .failure(
                HTTPError(400, hosts.isEmpty ? "an HTTP/1.1 request needs a Host header" : "more than one Host header"))
        }
        return .success(
            RequestHead(method: method, path: target.path, query: target.query, version: version, headers: headers))
    }

    /// RFC 9110 `tchar`.
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return Array("!#$%&'*+-.^_`|~".utf8).contains(b)
        }
    }
}
