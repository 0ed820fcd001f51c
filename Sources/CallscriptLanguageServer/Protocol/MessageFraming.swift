import Foundation

/// The LSP base protocol: `Content-Length: N\r\n\r\n` followed by N bytes of JSON.
public struct MessageReader: Sendable {
    private var buffer: [UInt8] = []
    /// Refuse absurd messages instead of allocating whatever a header claims.
    public static let maximumMessageSize = 64 * 1024 * 1024

    public init() {}

    public enum ReadError: Error, Equatable, Sendable {
        case badHeader(String)
        case tooLarge(Int)
    }

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// The next complete message body, if the buffer holds one.
    public mutating func next() throws(ReadError) -> [UInt8]? {
        guard let headerEnd = findHeaderEnd() else { return nil }
        let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { throw .badHeader(String(line)) }
            if parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0 else { throw .badHeader(header) }
        guard length <= Self.maximumMessageSize else { throw .tooLarge(length) }
        let bodyStart = headerEnd + 4
        guard buffer.count >= bodyStart + length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return body
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
