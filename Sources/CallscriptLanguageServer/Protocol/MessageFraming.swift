import Foundation

/// The LSP base protocol: `Content-Length: N\r\n\r\n` followed by N bytes of JSON.
public struct MessageReader: Sendable {
    private var buffer: [UInt8] = []
    /// Bytes of a refused message's body still to be thrown away as they arrive.
    private var discarding = 0
    /// Refuse absurd messages instead of allocating whatever a header claims.
    public static let maximumMessageSize = 64 * 1024 * 1024

    public init() {}

    /// A message that cannot be read. The reader has already skipped it: the next call to
    /// `next()` reads the message after it, so one bad message never ends the session.
    public enum ReadError: Error, Equatable, Sendable {
        case badHeader(String)
        case tooLarge(Int)
    }

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        dropDiscarded()
    }

    /// The next complete message body, if the buffer holds one.
    public mutating func next() throws(ReadError) -> [UInt8]? {
        guard let headerEnd = findHeaderEnd() else { return nil }
        let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
        var length: Int?
        var bad: String?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else {
                bad = String(line)
                break
            }
            if parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        let bodyStart = headerEnd + 4
        guard bad == nil, let length, length >= 0 else {
            // Skip the header; what follows is read as the next message.
            buffer.removeFirst(bodyStart)
            throw .badHeader(bad ?? header)
        }
        guard length <= Self.maximumMessageSize else {
            buffer.removeFirst(bodyStart)
            discarding = length
            dropDiscarded()
            throw .tooLarge(length)
        }
        guard buffer.count >= bodyStart + length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return body
    }

    private mutating func dropDiscarded() {
        guard discarding > 0 else { return }
        let n = min(discarding, buffer.count)
        buffer.removeFirst(n)
        discarding -= n
    }

    private func findHeaderEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for i in 0...(buffer.count - 4)
        where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
            return i
        }
        return nil
    }
}

/// Frames a JSON body for the wire.
public func frameMessage(_ body: Data) -> Data {
    Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}
