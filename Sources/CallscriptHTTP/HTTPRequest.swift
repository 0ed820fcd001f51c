/// One parsed HTTP/1.1 request. Header names are kept as sent; look-ups ignore case.
public struct HTTPRequest: Sendable, Hashable {
    /// `GET`, `POST`, ... (case-sensitive, as RFC 9110 says).
    public var method: String
    /// The path without the query, percent-decoded once (`/v1/calls/call-1`).
    public var path: String
    /// The query parameters in order (`after=12` -> `[("after", "12")]`), percent-decoded.
    public var query: [QueryItem]
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    public var headers: [Header]
    public var body: [UInt8]

    /// A header field as received.
    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A `name=value` pair of the query string.
    public struct QueryItem: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        method: String, path: String, query: [QueryItem] = [], version: String = "HTTP/1.1",
        headers: [Header] = [], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, ignoring the name's case.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }

    /// True when the connection stays open after the response (HTTP/1.1 unless `close`;
    /// HTTP/1.0 only with `keep-alive`).
    public var keepsAlive: Bool {
        let tokens = (header("Connection") ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if version == "HTTP/1.0" { return tokens.contains("keep-alive") }
        return !tokens.contains("close")
    }

    /// The bearer token of `Authorization: Bearer TOKEN`, if any.
    public var bearerToken: String? {
        guard let value = header("Authorization") else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
