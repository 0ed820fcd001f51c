import CallscriptCompliance

/// The run-time gate settings of a policy, as data: the calling hours and time zone come from
/// the policy (`Policy.callingHours`, `Policy.timeZone`); the Dutch holiday choices, the
/// callback window and the consent purpose are the runner's. Every value can be changed.
public struct GatePolicy: Hashable, Sendable, Codable {
    /// Opening and closing time of one day, minutes after midnight; calls are allowed from
    /// `open` up to but not including `close`.
    public struct Hours: Hashable, Sendable, Codable {
        public var open: Int
        public var close: Int

        public init(open: Int, close: Int) {
            self.open = open
            self.close = close
        }

        /// `Hours.from(9, 0, to: 21, 0)`.
        public static func from(_ h1: Int, _ m1: Int = 0, to h2: Int, _ m2: Int = 0) -> Hours {
            Hours(open: h1 * 60 + m1, close: h2 * 60 + m2)
        }
    }

    /// How Bevrijdingsdag (5 May) counts.
    public enum LiberationDay: String, Hashable, Sendable, Codable {
        /// Every year (the default: a day of national commemoration and celebration).
        case everyYear = "every-year"
        /// Only in lustrum years (divisible by 5), when it is a day off for most employees.
        case lustrumOnly = "lustrum-only"
        case never
    }

    /// Calling hours by weekday, 0 = Sunday ... 6 = Saturday; nil = no calls that day.
    public var hours: [Hours?]
    /// IANA time zone the hours and holidays are read in.
    public var timeZone: String
    /// Goede Vrijdag is not a general day off in Dutch law (only in some collective agreements);
    /// off by default.
    public var goodFridayIsHoliday: Bool
    public var liberationDay: LiberationDay
    /// Extra days without calls (company holidays), `YYYY-MM-DD`.
    public var extraClosedDays: [String]
    /// An agreed callback allows a call this many minutes before or after its time, whatever the hours.
    public var callbackWindowMinutes: Int
    /// The purpose an opt-in consent record must have to allow a call of this campaign.
    public var consentPurpose: String

    public init(
        hours: [Hours?], timeZone: String, goodFridayIsHoliday: Bool = false,
        liberationDay: LiberationDay = .everyYear, extraClosedDays: [String] = [], callbackWindowMinutes: Int = 15,
        consentPurpose: String = "telemarketing"
    ) {
        self.hours = hours
        self.timeZone = timeZone
        self.goodFridayIsHoliday = goodFridayIsHoliday
        self.liberationDay = liberationDay
        self.extraClosedDays = extraClosedDays
        self.callbackWindowMinutes = callbackWindowMinutes
        self.consentPurpose = consentPurpose
    }

    /// `nl-telemarketing`: Mon–Fri 09:00–21:00, Sat 10:00–16:00, no Sundays, Europe/Amsterdam.
    public static let netherlands = GatePolicy(
        hours: [
            nil, .from(9, to: 21), .from(9, to: 21), .from(9, to: 21), .from(9, to: 21), .from(9, to: 21),
            .from(10, to: 16),
        ],
        timeZone: "Europe/Amsterdam")

    /// The gate settings for a policy: its calling hours (the first window of each day) in its
    /// fixed time zone. A policy read on the callee's clock (us-tsr) needs the callee's time zone,
    /// which contact files do not carry yet, so it falls back to the Dutch settings.
    public static func `for`(_ policy: Policy) -> GatePolicy {
        guard case .fixed(let zone) = policy.timeZone, !policy.callingHours.windows.isEmpty else { return .netherlands }
        // GatePolicy counts days from Sunday (0); ISO weekdays from Monday (1) to Sunday (7).
        let hours: [Hours?] = (0..<7).map { day in
            let weekday = Weekday(rawValue: day == 0 ? 7 : day) ?? .sunday
            return policy.callingHours.windows[weekday]?.first.map {
                Hours(open: $0.start.minutesSinceMidnight, close: $0.end.minutesSinceMidnight)
            }
        }
        var settings = GatePolicy.netherlands
        settings.hours = hours
        settings.timeZone = zone
        return settings
    }
}
