import CallscriptCompliance
import CallscriptMachine

/// The run-time gate settings of a policy, as data: the calling hours and time zone come from
/// the policy (`Policy.callingHours`, `Policy.timeZone`, the one calling-hours model); the Dutch
/// holiday choices, the callback window and the consent purpose are the runner's. Every value
/// can be changed.
public struct GatePolicy: Hashable, Sendable, Codable {
    /// How Bevrijdingsdag (5 May) counts.
    public enum LiberationDay: String, Hashable, Sendable, Codable {
        /// Every year (the default: a day of national commemoration and celebration).
        case everyYear = "every-year"
        /// Only in lustrum years (divisible by 5), when it is a day off for most employees.
        case lustrumOnly = "lustrum-only"
        case never
    }

    /// When calls may start: windows per weekday and part-day closures.
    public var callingHours: CallingHours
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
        callingHours: CallingHours, timeZone: String, goodFridayIsHoliday: Bool = false,
        liberationDay: LiberationDay = .everyYear, extraClosedDays: [String] = [], callbackWindowMinutes: Int = 15,
        consentPurpose: String = "telemarketing"
    ) {
        self.callingHours = callingHours
        self.timeZone = timeZone
        self.goodFridayIsHoliday = goodFridayIsHoliday
        self.liberationDay = liberationDay
        self.extraClosedDays = extraClosedDays
        self.callbackWindowMinutes = callbackWindowMinutes
        self.consentPurpose = consentPurpose
    }

    /// `nl-telemarketing`: Mon–Fri 09:00–21:00, Sat 10:00–16:00, no Sundays, Europe/Amsterdam.
    public static let netherlands = GatePolicy(
        callingHours: NLTelemarketing.callingHours, timeZone: "Europe/Amsterdam")

    /// The gate settings for a policy: its calling hours, every window and closure, in its fixed
    /// time zone. A policy read on the callee's clock (us-tsr) needs the callee's time zone,
    /// which contact files do not carry yet, so it falls back to the Dutch settings.
    public static func `for`(_ policy: Policy) -> GatePolicy {
        guard case .fixed(let zone) = policy.timeZone, !policy.callingHours.windows.isEmpty else { return .netherlands }
        var settings = GatePolicy.netherlands
        settings.callingHours = policy.callingHours
        settings.timeZone = zone
        return settings
    }
}
