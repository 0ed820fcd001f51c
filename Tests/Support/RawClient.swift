import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw TCP client on loopback, so the tests send exactly the bytes they mean (malformed ones
/// included) and see exactly what comes back.
public struct RawClient {
    public let fd: Int32

    public init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = port.bigEndian
        a.sin_addr.s_addr = inet_addr("127.0.0.1")
        let r = withUnsafePointer(to: &a) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard r == 0 else { throw Failure(description: "connect failed: \(errno)") }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `count` responses have arrived (by Content-Length) or the server closes.
    public func responses(_ count: Int) -> [(status: Int, body: String, close: Bool)] {
        var buffer: [UInt8] = []
        var out: [(Int, String, Bool)] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while out.count < count {
            if let parsed = Self.parseResponse(buffer) {
                out.append((parsed.status, parsed.body, parsed.close))
                buffer.removeFirst(parsed.consumed)
                continue
            }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            buffer.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// True when the server closed the connection (reads end of stream within 5 s).
    public func isClosedByServer() -> Bool {
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, 0) == 0
    }

    public func close() { Glibc.close(fd) }

    public static func parseResponse(_ b: [UInt8]) -> (status: Int, body: String, close: Bool, consumed: Int)? {
        let text = String(decoding: b, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<headEnd.lowerBound]
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var length = 0
        var close = false
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts[0].lowercased() == "content-length" { length = Int(parts[1]) ?? 0 }
            if parts[0].lowercased() == "connection", parts[1].lowercased() == "close" { close = true }
        }
        let headBytes = head.utf8.count + 4
        guard b.count >= headBytes + length else { return nil }
        let body = String(decoding: b[headBytes..<(headBytes + length)], as: UTF8.self)
        return (status, body, close, headBytes + length)
    }
}
