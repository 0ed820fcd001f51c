/// One response. `serialized` adds `Content-Length`, `Date`-free headers only: responses are
/// byte-for-byte reproducible, which the tests rely on.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPRequest.Header]
    public var body: [UInt8]

    public init(status: Int, headers: [HTTPRequest.Header] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a body of the given media type.
    public init(status: Int, contentType: String, body: [UInt8]) {
        self.init(status: status, headers: [.init(name: "Content-Type", value: contentType)], body: body)
    }

    /// A plain-text or JSON problem: `{"error": {"status": 400, "message": "..."}}`.
    public static func problem(_ status: Int, _ message: String) -> HTTPResponse {
        let json = "{\"error\":{\"status\":\(status),\"message\":\(JSONText.quote(message))}}\n"
        return HTTPResponse(status: status, contentType: "application/json", body: Array(json.utf8))
    }

    /// The standard reason phrase of a status code.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 201: return "Created"
        case 204: return "No Content"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 415: return "Unsupported Media Type"
        case 422: return "Unprocessable Content"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Status \(status)"
        }
    }

    /// The bytes on the wire. `close` adds `Connection: close`.
    public func serialized(close: Bool, headOnly: Bool = false) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for h in headers where h.name.lowercased() != "content-length" && h.name.lowercased() != "connection" {
            head += "\(h.name): \(h.value)\r\n"
        }
        head += "Content-Length: \(body.count)\r\n"
        if close { head += "Connection: close\r\n" }
        head += "\r\n"
        return headOnly ? Array(head.utf8) : Array(head.utf8) + body
    }
}

/// JSON string quoting for the few texts the HTTP layer writes itself.
enum JSONText {
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
