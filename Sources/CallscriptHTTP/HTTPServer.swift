import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who sent a request: the peer's IPv4 or IPv6 address as text, for allow-lists and the log.
public struct ConnectionInfo: Sendable, Hashable {
    public var peerAddress: String
    /// The peer address as bytes (4 or 16), for network matching.
    public var peerBytes: [UInt8]

    public init(peerAddress: String, peerBytes: [UInt8]) {
        self.peerAddress = peerAddress
        self.peerBytes = peerBytes
    }

    /// 127.0.0.1, for tests and in-process clients.
    public static let loopback = ConnectionInfo(peerAddress: "127.0.0.1", peerBytes: [127, 0, 0, 1])
}

/// A small HTTP/1.1 server on POSIX sockets: one thread per connection (a call-centre floor has
/// hundreds of agents, not hundreds of thousands), keep-alive, the limits of `HTTPLimits`, and
/// a clear 4xx for every malformed request. It never lets a client crash or hang it: reads and
/// writes have deadlines, writes never raise SIGPIPE.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest, ConnectionInfo) -> HTTPResponse

    public let limits: HTTPLimits
    private let handler: Handler
    private let listener: Int32
    /// The port actually bound (useful when 0 asked the kernel for a free one).
    public let port: UInt16
    public let host: String
    private let state = Mutex(State())

    private struct State {
        var open = 0
        var stopped = false
        var started = false
        var served = 0
    }

    /// Binds and listens (the accept loop starts with `start()`). `host` is an IPv4 or IPv6
    /// literal; the default is loopback only.
    public init(host: String = "127.0.0.1", port: UInt16, limits: HTTPLimits = HTTPLimits(), handler: @escaping Handler)
        throws(HTTPServerError)
    {
        self.limits = limits
        self.handler = handler
        self.host = host
        let bound = try Self.bind(host: host, port: port)
        listener = bound.fd
        self.port = bound.port
    }

    /// Starts accepting on a background thread and returns at once.
    public func start() {
        state.withLock { $0.started = true }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "http-accept"
        thread.start()
    }

    /// Stops accepting; open connections finish their current request and close.
    public func stop() {
        let (already, started) = state.withLock { s -> (Bool, Bool) in
            defer { s.stopped = true }
            return (s.stopped, s.started)
        }
        // Only shut the socket down here: that wakes the accept loop, which closes it. Closing
        // here would free the descriptor number while `accept` may still use it, and a socket
        // opened meanwhile (another server) could get the number and lose its connections.
        if !already { shutdown(listener, Int32(SHUT_RDWR)) }
        if !already, !started { close(listener) }
    }

    /// Connections open now, and requests answered since start (for tests and the bench).
    public var counters: (open: Int, served: Int) { state.withLock { ($0.open, $0.served) } }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(listener, $0, &length) }
            }
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
                    if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                    if state.withLock({ $0.stopped }) { return }
                    continue
                }
                return
            }
            let info = Self.describe(address).info
            let admitted = state.withLock { s -> Bool in
                guard s.open < limits.maxConnections, !s.stopped else { return false }
                s.open += 1
                return true
            }
            guard admitted else {
                let busy = HTTPResponse.problem(503, "the server has too many open connections; try again shortly")
                SocketIO.sendAll(fd, busy.serialized(close: true), deadline: Date().addingTimeInterval(1))
                close(fd)
                continue
            }
            let thread = Thread { [self] in
                serve(fd, info)
                close(fd)
                state.withLock { $0.open -= 1 }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    private func serve(_ fd: Int32, _ info: ConnectionInfo) {
        SocketIO.configure(fd)
        var reader = RequestReader(fd: fd, parser: RequestParser(limits: limits), limits: limits)
        var served = 0
        while served < limits.maxRequestsPerConnection {
            let request: HTTPRequest
            switch reader.next() {
            case .request(let r): request = r
            case .refused(let error):
                let response = HTTPResponse.problem(error.status, error.message)
                SocketIO.sendAll(fd, response.serialized(close: true), deadline: Date().addingTimeInterval(5))
                return
            case .gone: return
            }
            served += 1
            let stopping = state.withLock { s -> Bool in
                s.served += 1
                return s.stopped
            }
            let response = handler(request, info)
            let close = !request.keepsAlive || stopping || served >= limits.maxRequestsPerConnection
            let bytes = response.serialized(close: close, headOnly: request.method == "HEAD")
            let sent = SocketIO.sendAll(fd, bytes, deadline: Date().addingTimeInterval(limits.requestTimeout))
            if !sent || close { return }
        }
    }
}

/// Reads one request after another from a connection, with the idle and request deadlines.
struct RequestReader {
    enum Next {
        case request(HTTPRequest)
        /// Malformed or too slow: answer with this status and close.
        case refused(HTTPError)
        /// The client closed the connection or went quiet between requests.
        case gone
    }

    let fd: Int32
    let parser: RequestParser
    let limits: HTTPLimits
    var buffer: [UInt8] = []

    init(fd: Int32, parser: RequestParser, limits: HTTPLimits) {
        self.fd = fd
        self.parser = parser
        self.limits = limits
    }

    mutating func next() -> Next {
        // Between requests the client may idle; once a byte came, the whole request must follow in time.
        var started = !buffer.isEmpty
        var deadline = Date().addingTimeInterval(started ? limits.requestTimeout : limits.idleTimeout)
        while true {
            switch parser.parse(buffer) {
            case .request(let request, let consumed):
                buffer.removeFirst(consumed)
                return .request(request)
            case .failed(let error): return .refused(error)
            case .incomplete: break
            }
            switch SocketIO.receive(fd, deadline: deadline) {
            case .bytes(let bytes):
                if !started {
                    started = true
                    deadline = Date().addingTimeInterval(limits.requestTimeout)
                }
                buffer.append(contentsOf: bytes)
            case .closed, .failed: return .gone
            case .timedOut: return started ? .refused(HTTPError(408, "the request did not arrive in time")) : .gone
            }
        }
    }
}

/// Why the server could not start.
public struct HTTPServerError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
