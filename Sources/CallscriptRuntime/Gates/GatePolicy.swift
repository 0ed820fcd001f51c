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
    /// IANA time zone the hours and holidays are read in; for a callee-clock policy, the zone
    /// of the runner's records (callback times, the day the basis is judged on) only.
    public var timeZone: String
    /// Read the hours on the callee's clock (the contact's `time_zone`, or every zone the
    /// number's area code can be in) instead of `timeZone`.
    public var calleeTimeZone: Bool
    /// Stricter hours and call limits of the callee's state.
    public var stateOverlays: [StateOverlay]
    /// The gate IDs the decision names (the policy's own: `NL-GATE-HOURS`, `US-TSR-GATE-HOURS`).
    public var ruleIDs: GateRuleIDs
    /// Goede Vrijdag is not a general day off in Dutch law (only in some collective agreements);
    /// off by default.
    public var goodFridayIsHoliday: Bool
    public var liberationDay: LiberationDay
    /// Extra days without calls or closing early (company holidays, a newly declared national
    /// mourning day): `.wholeDay(date)` or `.once(date, closesAt:)`; `PartDayClosure(parsing:)`
    /// reads `YYYY-MM-DD` and `YYYY-MM-DD from HH:MM`.
    public var extraClosedDays: [PartDayClosure]
    /// An agreed callback allows a call this many minutes before or after its time, whatever the hours.
    public var callbackWindowMinutes: Int
    /// The purpose an opt-in consent record must have to allow a call of this campaign.
    public var consentPurpose: String

    public init(
        callingHours: CallingHours, timeZone: String, goodFridayIsHoliday: Bool = false,
        liberationDay: LiberationDay = .everyYear, extraClosedDays: [PartDayClosure] = [],
        callbackWindowMinutes: Int = 15, consentPurpose: String = "telemarketing", calleeTimeZone: Bool = false,
        stateOverlays: [StateOverlay] = [], ruleIDs: GateRuleIDs = GateRuleIDs()
    ) {
        self.callingHours = callingHours
        self.timeZone = timeZone
        self.calleeTimeZone = calleeTimeZone
        self.stateOverlays = stateOverlays
        self.ruleIDs = ruleIDs
        self.goodFridayIsHoliday = goodFridayIsHoliday
        self.liberationDay = liberationDay
        self.extraClosedDays = extraClosedDays
        self.callbackWindowMinutes = callbackWindowMinutes
        self.consentPurpose = consentPurpose
    }

    /// `nl-telemarketing`: working days 09:00–22:00, Sat 10:00–16:00, part days, no Sundays,
    /// Europe/Amsterdam.
    public static let netherlands = GatePolicy(
        callingHours: NLTelemarketing.callingHours, timeZone: "Europe/Amsterdam")

    /// The gate settings for a policy: its calling hours, every window and closure, in its fixed
    /// time zone or on the callee's clock, with its state overlays and gate IDs.
    public static func `for`(_ policy: Policy) -> GatePolicy {
        guard !policy.callingHours.windows.isEmpty else { return .netherlands }
        var settings = GatePolicy.netherlands
        settings.callingHours = policy.callingHours
        settings.ruleIDs = GateRuleIDs(policy.gates.map(\.id))
        switch policy.timeZone {
        case .fixed(let zone): settings.timeZone = zone
        case .callee:
            settings.calleeTimeZone = true
            settings.stateOverlays = policy.stateOverlays
            // Records of a callee-clock call keep UTC wall-clock times.
            settings.timeZone = "UTC"
        }
        return settings
    }

    /// The zone a callback agreed with `contact` is written in: the callee's when the hours are
    /// read on the callee's clock (its `time_zone`, else its area code's first zone).
    public func recordZone(for contact: Contact) -> String {
        guard calleeTimeZone else { return timeZone }
        return contact.timeZone ?? NANPAreaCodes.zones(forE164: contact.phone).first ?? timeZone
    }

    /// The overlays that apply to `contact`: its `state`, or its number's area code.
    public func overlays(for contact: Contact) -> [StateOverlay] {
        let areaCode = NANPAreaCodes.areaCode(ofE164: contact.phone)
        return stateOverlays.filter { overlay in
            contact.state == overlay.state || areaCode.map { overlay.areaCodes.contains($0) } == true
        }
    }

    /// The tightest call limit among the overlays of `contact`, with the overlay's name.
    public func attemptLimit(for contact: Contact) -> (limit: AttemptLimit, state: String)? {
        overlays(for: contact).compactMap { o in o.attemptLimit.map { (limit: $0, state: o.name) } }
            .min { $0.limit.calls * $1.limit.hours < $1.limit.calls * $0.limit.hours }
    }
}

/// The IDs a gate decision names, taken from the policy's documented gates.
public struct GateRuleIDs: Hashable, Sendable, Codable {
    public var objection = Gates.objectionRule
    public var basis = Gates.basisRule
    public var hours = Gates.hoursRule
    public var attempts = Gates.attemptsRule

    public init() {}

    /// Picks each gate by the end of its ID (`-GATE-HOURS`; `-GATE-DNC` is the objection gate).
    public init(_ ids: [String]) {
        for id in ids {
            if id.hasSuffix("-GATE-OBJECTION") || id.hasSuffix("-GATE-DNC") { objection = id }
            if id.hasSuffix("-GATE-BASIS") { basis = id }
            if id.hasSuffix("-GATE-HOURS") { hours = id }
            if id.hasSuffix("-GATE-ATTEMPTS") { attempts = id }
        }
    }
}
