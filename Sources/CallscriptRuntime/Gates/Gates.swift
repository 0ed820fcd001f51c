import CallscriptMachine
import Foundation

/// One gate's verdict.
public struct GateResult: Codable, Hashable, Sendable {
    /// `NL-GATE-OBJECTION`, `NL-GATE-BASIS` or `NL-GATE-HOURS`.
    public var rule: String
    public var passed: Bool
    /// Why, in one phrase (shown to the agent when the call is refused).
    public var reason: String

    public init(rule: String, passed: Bool, reason: String) {
        self.rule = rule
        self.passed = passed
        self.reason = reason
    }
}

/// The pre-call decision: every gate is checked, so a refusal names all reasons at once.
public struct GateDecision: Codable, Hashable, Sendable {
    public var results: [GateResult]
    /// The local time the hours were checked at, in the policy's time zone.
    public var localTime: String

    public init(results: [GateResult], localTime: String) {
        self.results = results
        self.localTime = localTime
    }

    public var allowed: Bool { results.allSatisfy(\.passed) }
    public var refusals: [GateResult] { results.filter { !$0.passed } }

    /// `NL-GATE-HOURS: 2026-04-06 is Tweede Paasdag, a public holiday`; one line per refusal.
    public var summary: String {
        allowed ? "all gates passed" : refusals.map { "\($0.rule): \($0.reason)" }.joined(separator: "\n")
    }
}

/// The run-time gates of `nl-telemarketing`, checked before a call starts. A record that
/// cannot be read makes its gate refuse (fail closed): the runner never calls on a guess.
public enum Gates {
    public static let objectionRule = "NL-GATE-OBJECTION"
    public static let basisRule = "NL-GATE-BASIS"
    public static let hoursRule = "NL-GATE-HOURS"

    public static func evaluate(
        machine: Machine, contact: Contact, data: DataFolder, policy: GatePolicy = .netherlands,
        at instant: Date
    ) -> GateDecision {
        let zone = TimeZone(identifier: policy.timeZone)
        let local = zone.map { LocalDateTime(instant, in: $0) }
        return GateDecision(
            results: [
                objection(contact, data),
                basis(machine, contact, data, policy, today: local?.date ?? LocalDateTime(instant, in: .gmt).date),
                hours(contact, data, policy, local),
            ],
            localTime: local.map { "\($0) \(policy.timeZone)" } ?? "unknown")
    }

    static func objection(_ contact: Contact, _ data: DataFolder) -> GateResult {
        do {
            if try ObjectionList(path: data.objectionList.path).contains(contact.phone) {
                return GateResult(
                    rule: objectionRule, passed: false, reason: "\(contact.phone) is on the objection list")
            }
            return GateResult(
                rule: objectionRule, passed: true, reason: "\(contact.phone) is not on the objection list")
        } catch {
            return GateResult(
                rule: objectionRule, passed: false, reason: "the objection list cannot be read (\(error))")
        }
    }

    static func basis(
        _ machine: Machine, _ contact: Contact, _ data: DataFolder, _ policy: GatePolicy, today: CalendarDate
    ) -> GateResult {
        basis(machine, contact, policy, today: today) { contact throws(RuntimeError) in
            try ConsentRegister(path: data.consentRegister.path).hasConsent(
                contact: contact, company: machine.script.company, purpose: policy.consentPurpose)
        }
    }

    /// The basis gate with the consent lookup given, so a call list is checked against the
    /// register read once (`ConsentSnapshot`) by the same rules as a single call.
    static func basis(
        _ machine: Machine, _ contact: Contact, _ policy: GatePolicy, today: CalendarDate,
        hasConsent: (Contact) throws(RuntimeError) -> Bool
    ) -> GateResult {
        let company = machine.script.company
        switch machine.script.audience.kind {
        case .optIn:
            do {
                if try hasConsent(contact) {
                    return GateResult(
                        rule: basisRule, passed: true,
                        reason: "consent for '\(policy.consentPurpose)' from \(company) is on record")
                }
                return GateResult(
                    rule: basisRule, passed: false,
                    reason: "no consent for '\(policy.consentPurpose)' from \(company) on record (or it was withdrawn)")
            } catch {
                return GateResult(
                    rule: basisRule, passed: false, reason: "the consent register cannot be read (\(error))")
            }
        case .customers:
            let months = machine.script.audience.months ?? 0
            guard let latest = [contact.lastPurchase, contact.contractEnd].compactMap({ $0 }).max() else {
                return GateResult(
                    rule: basisRule, passed: false,
                    reason:
                        "contact '\(contact.id)' has no last_purchase or contract_end date to prove the customer relation"
                )
            }
            let until = latest.adding(months: months)
            if today <= until {
                return GateResult(
                    rule: basisRule, passed: true,
                    reason: "customer relation of \(latest) is within \(months) months (until \(until))")
            }
            return GateResult(
                rule: basisRule, passed: false,
                reason: "customer relation of \(latest) ended more than \(months) months ago (term ran until \(until))")
        }
    }

    static func hours(_ contact: Contact, _ data: DataFolder, _ policy: GatePolicy, _ local: LocalDateTime?)
        -> GateResult
    {
        guard let local else {
            return GateResult(
                rule: hoursRule, passed: false, reason: "time zone '\(policy.timeZone)' is unknown on this system")
        }
        var closed: String?
        let day = local.date
        let minute = local.hour * 60 + local.minute
        if let name = DutchHolidays.holiday(on: day, policy: policy) {
            closed = "\(day) is \(name), a public holiday"
        } else if policy.extraClosedDays.contains(day.description) {
            closed = "\(day) is a closed day of the organisation"
        } else if let hours = policy.hours.indices.contains(day.weekday) ? policy.hours[day.weekday] : nil {
            if minute < hours.open || minute >= hours.close {
                closed =
                    "\(local) is outside calling hours \(clock(hours.open))–\(clock(hours.close)) (\(policy.timeZone))"
            }
        } else {
            closed = "no calls on \(weekdayNames[day.weekday]) (\(day))"
        }
        guard let closed else {
            return GateResult(rule: hoursRule, passed: true, reason: "\(local) is within calling hours")
        }
        do {
            if let callback = try CallbackList(path: data.callbackList.path).agreed(
                for: contact, near: local, windowMinutes: policy.callbackWindowMinutes)
            {
                return GateResult(
                    rule: hoursRule, passed: true, reason: "\(closed), but a callback was agreed for \(callback.at)")
            }
        } catch {
            return GateResult(
                rule: hoursRule, passed: false, reason: "\(closed), and the callback list cannot be read (\(error))")
        }
        return GateResult(rule: hoursRule, passed: false, reason: closed)
    }

    private static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static func clock(_ minutes: Int) -> String {
        let h = minutes / 60
        let m = minutes % 60
        return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
