/// What one client may cost the server. The defaults suit an agent desktop on a call-centre
/// floor: small JSON requests, hundreds of agents on keep-alive connections.
public struct HTTPLimits: Sendable, Hashable {
    /// Request line plus header fields, in bytes (431 beyond).
    public var maxHeaderBytes: Int
    /// Request body, in bytes (413 beyond).
    public var maxBodyBytes: Int
    /// Header fields per request (431 beyond).
    public var maxHeaderCount: Int
    /// Open connections; one more is answered 503 and closed.
    public var maxConnections: Int
    /// Seconds a client has to send a whole request once its first byte arrived (a slow client
    /// that trickles bytes is cut off: 408).
    public var requestTimeout: Double
    /// Seconds an idle keep-alive connection stays open between requests.
    public var idleTimeout: Double
    /// Requests served on one connection before it is closed (a client reconnects).
    public var maxRequestsPerConnection: Int

    public init(
        maxHeaderBytes: Int = 16 * 1024, maxBodyBytes: Int = 64 * 1024, maxHeaderCount: Int = 100,
        maxConnections: Int = 1024, requestTimeout: Double = 10, idleTimeout: Double = 60,
        maxRequestsPerConnection: Int = 10_000
    ) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxConnections = maxConnections
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
        self.maxRequestsPerConnection = maxRequestsPerConnection
    }
}
