import CallscriptHTTP
import Foundation

/// `callscript serve`: the HTTP front of a call floor. Every `/v1` request is authenticated by
/// a bearer token; the desktop's static files (which hold no data) are the only paths served
/// without one. Clients outside the allow-list get 403 before anything else is looked at.
public struct RunnerService: Sendable {
    public let floor: CallFloor
    public let users: FileUserStore
    public let allowList: NetworkAllowList
    /// The static files of the desktop and officer pages: content type and body by path.
    public let assets: @Sendable (String) -> (contentType: String, body: String)?
    /// One line per request (method, path, status, user), for the operator's log.
    public let log: @Sendable (String) -> Void
    private let router: Router

    public init(
        floor: CallFloor, users: FileUserStore, allowList: NetworkAllowList = NetworkAllowList(),
        assets: @escaping @Sendable (String) -> (contentType: String, body: String)? = { _ in nil },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.floor = floor
        self.users = users
        self.allowList = allowList
        self.assets = assets
        self.log = log
        router = FloorAPI(floor: floor).router
    }

    /// Answers one request.
    public func handle(_ request: HTTPRequest, from client: ConnectionInfo) -> HTTPResponse {
        var who = "-"
        let response = answer(request, client, &who)
        log("\(client.peerAddress) \(who) \(request.method) \(request.path) \(response.status)")
        return response
    }

    private func answer(_ request: HTTPRequest, _ client: ConnectionInfo, _ who: inout String) -> HTTPResponse {
        guard allowList.allows(client.peerBytes) else {
            return .problem(403, "this service does not accept requests from \(client.peerAddress)")
        }
        if !request.path.hasPrefix("/v1/") {
            guard request.method == "GET" || request.method == "HEAD" else {
                return .problem(405, "only GET is served outside /v1")
            }
            guard let asset = assets(request.path) else { return .problem(404, "there is no \(request.path)") }
            return HTTPResponse(
                status: 200,
                headers: [
                    .init(name: "Content-Type", value: asset.contentType),
                    .init(name: "Cache-Control", value: "no-cache"),
                    .init(name: "X-Content-Type-Options", value: "nosniff"),
                    .init(
                        name: "Content-Security-Policy",
                        value: "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'"),
                ], body: Array(asset.body.utf8))
        }
        guard let token = request.bearerToken else {
            var r = HTTPResponse.problem(401, "send the token of `callscript users add` as Authorization: Bearer TOKEN")
            r.headers.append(.init(name: "WWW-Authenticate", value: "Bearer"))
            return r
        }
        guard let user = users.authenticate(token: token) else {
            var r = HTTPResponse.problem(401, "the token is not valid (or its user was removed)")
            r.headers.append(.init(name: "WWW-Authenticate", value: "Bearer error=\"invalid_token\""))
            return r
        }
        who = user.name
        return router.handle(request, user: user)
    }
}
