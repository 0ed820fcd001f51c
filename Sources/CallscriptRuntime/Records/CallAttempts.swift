import Foundation

/// One call started to a number, counted for the limits of state overlays (at most 3 calls in
/// 24 hours in Florida and Oklahoma). Only the number and the time: no contact ID, no content.
public struct CallAttempt: Codable, Hashable, Sendable {
    /// E.164.
    public var phone: String
    /// UTC, `2026-03-02T09:15:02Z`.
    public var time: String
    public var session: String

    public init(phone: String, time: String, session: String) {
        self.phone = phone
        self.time = time
        self.session = session
    }

    /// `time` as an instant; nil when it is not a UTC time.
    public var instant: Date? { Timestamp.parse(time) }
}

/// The attempt log of the file store: JSON Lines, `attempts.jsonl` beside the other records.
public struct AttemptLog: Sendable {
    let file: JSONLines<CallAttempt>

    public init(path: String) { file = JSONLines(path: path, name: "attempt log") }

    public func append(_ attempt: CallAttempt) throws(RuntimeError) { try file.append(attempt) }

    /// Every attempt, oldest first; none when the log does not exist yet.
    public func records() throws(RuntimeError) -> [CallAttempt] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try file.records()
    }

    /// Removes every attempt `drop` picks in one atomic rewrite (erasure); 0 without a log.
    @discardableResult
    public func remove(where drop: (CallAttempt) -> Bool) throws(RuntimeError) -> Int {
        guard FileManager.default.fileExists(atPath: file.path) else { return 0 }
        return try file.remove(where: drop)
    }

    /// Attempts to `phone` (E.164) at or after `since`. A line whose time cannot be read counts:
    /// the limit never passes on a guess.
    public func count(phone: String, since: Date) throws(RuntimeError) -> Int {
        try records().filter { $0.phone == phone && (Timestamp.parse($0.time).map { $0 >= since } ?? true) }.count
    }
}
