import CallscriptHTTP
import CallscriptMachine
import CallscriptService
import Foundation

/// `callscript preview`: the designer's live preview on the service's HTTP server, in practice
/// mode: it reads the scripts, runs conversations on the step function (which writes nothing)
/// and writes only the `.calltest` files the designer saves. Every request must name the
/// token in its path and come to a loopback host name (a web page that rebinds its own name
/// to 127.0.0.1 is refused).
public struct PreviewService: Sendable {
    /// The designer's folder.
    public let workspace: PreviewWorkspace
    /// The secret every path starts with.
    public let token: PreviewToken
    /// Graphviz `dot`, nil to show the text outline of the graph.
    public let dot: String?
    /// The day dated rules are checked on (today, unless `--on`).
    public let today: @Sendable () -> CalendarDate
    /// The longest a watch request waits for a change, in seconds.
    public let watchTimeout: Double
    /// One line per request (method, the path after the token, status), for the terminal.
    public let log: @Sendable (String) -> Void

    public init(
        workspace: PreviewWorkspace, token: PreviewToken, dot: String?, today: @escaping @Sendable () -> CalendarDate,
        watchTimeout: Double = 20, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.workspace = workspace
        self.token = token
        self.dot = dot
        self.today = today
        self.watchTimeout = watchTimeout
        self.log = log
    }

    /// The page's address on `port`.
    public func address(port: UInt16) -> String { "http://127.0.0.1:\(port)/\(token.value)/" }

    /// Answers one request.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        var response = answer(request)
        response.headers += [
            .init(name: "Cache-Control", value: "no-store"),
            .init(name: "X-Content-Type-Options", value: "nosniff"),
            .init(name: "Referrer-Policy", value: "no-referrer"),
            .init(
                name: "Content-Security-Policy",
                value:
                    "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
            ),
        ]
        // The path holds the token: the log shows only what follows it.
        let shown = request.path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).dropFirst().first
        log("\(request.method) /…/\(shown ?? "") \(response.status)")
        return response
    }

    private func answer(_ request: HTTPRequest) -> HTTPResponse {
        guard Self.isLoopback(host: request.header("Host")) else {
            return .problem(403, "the preview answers only to 127.0.0.1 or localhost")
        }
        let parts = request.path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].isEmpty, let secret = parts[1].split(separator: "/", maxSplits: 1).first,
            token.matches(secret)
        else {
            return .problem(403, "open the address that `callscript preview` printed: it holds the preview's token")
        }
        let rest = String(request.path.dropFirst(1 + secret.count))
        if rest.isEmpty {
            return HTTPResponse(status: 303, headers: [.init(name: "Location", value: "/\(token.value)/")])
        }
        if rest.hasPrefix("/api/") {
            return PreviewAPI(service: self).handle(request, route: String(rest.dropFirst(5)))
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            return .problem(405, "only GET is served outside the API")
        }
        guard let asset = PreviewAssets.asset(path: rest) else { return .problem(404, "there is no \(rest)") }
        return HTTPResponse(status: 200, contentType: asset.contentType, body: Array(asset.body.utf8))
    }

    /// `127.0.0.1`, `localhost` or `[::1]`, with or without a port.
    public static func isLoopback(host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let name: String
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            name = String(host[...close])
        } else {
            name = String(host.split(separator: ":", maxSplits: 1).first ?? "")
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }
}
