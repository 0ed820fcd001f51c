import Foundation

/// Where the runtime gets the time from; injected so tests and replays are deterministic.
public struct RuntimeClock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The system clock.
    public static let system = RuntimeClock { Date() }

    /// Always the same instant.
    public static func fixed(_ instant: Date) -> RuntimeClock { RuntimeClock { instant } }
}

/// UTC timestamps as written in records: `2026-03-02T09:15:02Z`.
enum Timestamp {
    static func utc(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func p(_ n: Int?, _ w: Int = 2) -> String {
            let s = String(n ?? 0)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(p(c.year, 4))-\(p(c.month))-\(p(c.day))T\(p(c.hour)):\(p(c.minute)):\(p(c.second))Z"
    }
}
