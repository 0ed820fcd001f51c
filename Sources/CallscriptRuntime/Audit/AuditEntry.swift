import CallscriptMachine
import Foundation

/// One line of the audit log: `{"seq":N,"prev":"<hex>","payloadHash":"<hex>","payload":{...}}`.
///
/// The chain runs over hashes, not payloads: `payloadHash` is SHA-256 of the payload's exact
/// bytes, and `prev` is the hash of the previous entry, SHA-256 of `"<seq>:<prev>:<payloadHash>"`.
/// So a payload can be erased (replaced by a marker) while the chain still verifies.
public struct AuditEntry: Hashable, Sendable {
    /// 1-based position in the log.
    public var seq: Int
    public var prev: String
    public var payloadHash: String
    /// The payload's bytes exactly as written.
    public var payloadBytes: [UInt8]

    /// `prev` of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// This entry's hash: what the next entry's `prev` must be.
    public var hash: String { AuditEntry.hash(seq: seq, prev: prev, payloadHash: payloadHash) }

    static func hash(seq: Int, prev: String, payloadHash: String) -> String {
        SHA256.hex(Array("\(seq):\(prev):\(payloadHash)".utf8))
    }

    /// A new entry after one whose hash is `prev`. A payload without a salt gets a fresh one.
    init(seq: Int, prev: String, payload: AuditPayload) throws(RuntimeError) {
        let payload = AuditEntry.salted(payload)
        guard let data = try? AuditEntry.encoder.encode(payload) else {
            throw .io(path: "audit", operation: "encode an audit entry", reason: "payload cannot be encoded")
        }
        self.seq = seq
        self.prev = prev
        self.payloadBytes = [UInt8](data)
        self.payloadHash = SHA256.hex(payloadBytes)
    }

    /// Key-sorted compact JSON: the one encoding of payloads, so a marker can be re-encoded
    /// and compared byte for byte.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The payload with a fresh salt, unless it has one.
    static func salted(_ payload: AuditPayload) -> AuditPayload {
        var p = payload
        if p.salt == nil { p.salt = newSalt() }
        return p
    }

    /// 16 random bytes as hex from the system's cryptographic generator.
    static func newSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return SHA256.hexString((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    init(seq: Int, prev: String, payloadHash: String, payloadBytes: [UInt8]) {
        self.seq = seq
        self.prev = prev
        self.payloadHash = payloadHash
        self.payloadBytes = payloadBytes
    }

    /// The line as written, without the newline.
    public var line: [UInt8] {
        Array("{\"seq\":\(seq),\"prev\":\"\(prev)\",\"payloadHash\":\"\(payloadHash)\",\"payload\":".utf8)
            + payloadBytes + [0x7D]
    }

    /// The decoded payload, nil if it is not one.
    public var payload: AuditPayload? { try? JSONDecoder().decode(AuditPayload.self, from: Data(payloadBytes)) }

    /// True when the payload matches `payloadHash`.
    public var payloadIntact: Bool { SHA256.hex(payloadBytes) == payloadHash }

    /// Parses a line in exactly the written layout; returns why not otherwise.
    static func parse(_ line: ArraySlice<UInt8>) -> Result<AuditEntry, AuditLineError> {
        var rest = line[...]
        func take(_ literal: String) -> Bool {
            let bytes = Array(literal.utf8)
            guard rest.starts(with: bytes) else { return false }
            rest = rest.dropFirst(bytes.count)
            return true
        }
        func hex() -> String? {
            let digits = rest.prefix(64)
            guard digits.count == 64, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
            else { return nil }
            rest = rest.dropFirst(64)
            return String(decoding: digits, as: UTF8.self)
        }
        guard take("{\"seq\":") else { return .failure(AuditLineError("not an audit entry")) }
        let digits = rest.prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count < 19, let seq = Int(String(decoding: digits, as: UTF8.self)) else {
            return .failure(AuditLineError("entry has no sequence number"))
        }
        // The writer never puts a leading zero: `"seq":08` was changed by hand, and reading it as 8
        // would let the line hash differently from the bytes on disk (found by the audit fuzzer).
        if digits.count > 1, digits.first == 0x30 {
            return .failure(AuditLineError("entry's sequence number has a leading zero"))
        }
        rest = rest.dropFirst(digits.count)
        guard take(",\"prev\":\""), let prev = hex(), take("\",\"payloadHash\":\""), let payloadHash = hex(),
            take("\",\"payload\":"), rest.last == 0x7D
        else { return .failure(AuditLineError("entry header is damaged")) }
        let payload = Array(rest.dropLast())
        guard (try? JSONSerialization.jsonObject(with: Data(payload))) is [String: Any] else {
            return .failure(AuditLineError("entry payload is not a JSON object"))
        }
        return .success(AuditEntry(seq: seq, prev: prev, payloadHash: payloadHash, payloadBytes: payload))
    }
}

/// Why a line of the audit log is not an entry.
public struct AuditLineError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
