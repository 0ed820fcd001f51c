import CallscriptHTTP

/// A request's path matched against a pattern like `/v1/calls/{id}/input`.
public struct RoutePattern: Sendable, Hashable {
    let method: String
    let segments: [Segment]

    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public init(_ method: String, _ pattern: String) {
        self.method = method
        segments = pattern.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}")
                ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
    }

    /// The path parameters when the path fits the pattern (whatever the method).
    func match(_ path: String) -> [String: String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let trimmed = parts.last == "" ? Array(parts.dropLast()) : Array(parts)
        guard trimmed.count == segments.count else { return nil }
        var values: [String: String] = [:]
        for (segment, part) in zip(segments, trimmed) {
            switch segment {
            case .literal(let text): if text != part { return nil }
            case .parameter(let name):
                if part.isEmpty { return nil }
                values[name] = String(part)
            }
        }
        return values
    }
}

/// What a handler gets: the request, who sent it, and the path parameters.
public struct APIRequest: Sendable {
    public var http: HTTPRequest
    public var user: User
    public var parameters: [String: String]

    public func parameter(_ name: String) -> String { parameters[name] ?? "" }
}

/// A table of routes: the first pattern whose path and method fit handles the request; a path
/// that fits with another method is 405 (with `Allow`), one that fits nothing is 404.
public struct Router: Sendable {
    public typealias Handler = @Sendable (APIRequest) -> HTTPResponse

    struct Entry: Sendable {
        var pattern: RoutePattern
        var minimumRole: UserRole
        var handler: Handler
    }

    private(set) var entries: [Entry] = []

    public init() {}

    public mutating func add(_ method: String, _ pattern: String, role: UserRole = .agent, _ handler: @escaping Handler)
    {
        entries.append(Entry(pattern: RoutePattern(method, pattern), minimumRole: role, handler: handler))
    }

    /// Dispatches an authenticated request.
    func handle(_ request: HTTPRequest, user: User) -> HTTPResponse {
        var allowed: [String] = []
        for entry in entries {
            guard let parameters = entry.pattern.match(request.path) else { continue }
            guard entry.pattern.method == request.method || (request.method == "HEAD" && entry.pattern.method == "GET")
            else {
                allowed.append(entry.pattern.method)
                continue
            }
            guard user.role >= entry.minimumRole else {
                return .problem(
                    403, "a \(user.role.rawValue) may not do this; it needs the \(entry.minimumRole.rawValue) role")
            }
            return entry.handler(APIRequest(http: request, user: user, parameters: parameters))
        }
        if !allowed.isEmpty {
            var response = HTTPResponse.problem(405, "use \(allowed.joined(separator: " or ")) on \(request.path)")
            response.headers.append(.init(name: "Allow", value: allowed.joined(separator: ", ")))
            return response
        }
        return .problem(404, "there is no \(request.path); see Docs/api.md for the API")
    }
}
