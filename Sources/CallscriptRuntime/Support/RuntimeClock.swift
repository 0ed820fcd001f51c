import CallscriptMachine
import Foundation

/// Where the runtime gets the time from; injected so tests and replays are deterministic.
public struct RuntimeClock: Sendable {
    /// The real time: what every record and audit entry carries.
    public var now: @Sendable () -> Date
    /// Practice calls at a simulated time: how far the simulated clock is from `now`. Nil for
    /// real calls, whose gates always read the real clock.
    public var simulatedOffset: TimeInterval?
    /// A practice call (`--practice`): every audit entry is marked as practice.
    public var isPractice = false

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The time the gates read: the simulated time in practice, else the real time.
    public func gateTime() -> Date { now().addingTimeInterval(simulatedOffset ?? 0) }

    /// A practice clock: the real time, with gates running at `simulated` (still ticking)
    /// when one is given.
    public static func practice(at simulated: Date? = nil, real: RuntimeClock = .system) -> RuntimeClock {
        var clock = real
        clock.isPractice = true
        clock.simulatedOffset = simulated.map { $0.timeIntervalSince(real.now()) }
        return clock
    }

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

    /// Reads `2026-03-02T09:15:02Z` (or a bare `2026-03-02`, midnight UTC); nil otherwise.
    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard let date = CalendarDate(String(parts[0])), parts.count <= 2 else { return nil }
        var seconds = 0
        if parts.count == 2 {
            let clock = parts[1]
            guard clock.hasSuffix("Z") else { return nil }
            let fields = clock.dropLast().split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 3, fields.allSatisfy({ $0.count == 2 }),
                let h = Int(fields[0]), let m = Int(fields[1]), let s = Int(fields[2]),
                (0...23).contains(h), (0...59).contains(m), (0...60).contains(s)
            else { return nil }
            seconds = h * 3600 + m * 60 + s
        }
        return Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400 + seconds))
    }
}
