import CallscriptCompliance
import CallscriptMachine
import Foundation

/// The hours gate and the call-limit gate: the policy's hours in its fixed zone, or on every
/// clock the callee can be on, with the state overlays that apply.
extension Gates {
    /// The zones the hours are read in: the policy's, or the callee's (`time_zone`, else every
    /// zone the area code can be in). Empty when the callee's zone cannot be known.
    static func callZones(_ contact: Contact, _ policy: GatePolicy) -> [String] {
        guard policy.calleeTimeZone else { return [policy.timeZone] }
        if let zone = contact.timeZone { return [zone] }
        return NANPAreaCodes.zones(forE164: contact.phone)
    }

    /// The hours gate at `instant`: every zone must allow the call, under the policy's hours
    /// and under every overlay's.
    static func hours(_ contact: Contact, _ data: any RecordStore, _ policy: GatePolicy, at instant: Date)
        -> GateResult
    {
        guard policy.calleeTimeZone else {
            let local = TimeZone(identifier: policy.timeZone).map { LocalDateTime(instant, in: $0) }
            return hours(contact, data, policy, local)
        }
        let rule = policy.ruleIDs.hours
        let zones = callZones(contact, policy)
        guard !zones.isEmpty else {
            return GateResult(
                rule: rule, passed: false,
                reason:
                    "the callee's time zone is unknown: \(contact.phone) has no geographic area code and contact "
                    + "'\(contact.id)' has no time_zone")
        }
        var checks: [(hours: CallingHours, label: String?)] = [(policy.callingHours, nil)]
        checks += policy.overlays(for: contact).compactMap { o in o.callingHours.map { ($0, o.name) } }
        var shown: [String] = []
        for zone in zones {
            guard let tz = TimeZone(identifier: zone) else {
                return GateResult(rule: rule, passed: false, reason: "time zone '\(zone)' is unknown on this system")
            }
            let local = LocalDateTime(instant, in: tz)
            for check in checks {
                if let closed = closedReason(check.hours, policy, local, zone: zone) {
                    let who = check.label.map { "\($0) rules: " } ?? ""
                    return GateResult(rule: rule, passed: false, reason: who + closed)
                }
            }
            shown.append("\(local) \(zone)")
        }
        let states = policy.overlays(for: contact).map(\.name)
        let overlay = states.isEmpty ? "" : " (with the \(states.joined(separator: " and ")) hours)"
        return GateResult(
            rule: rule, passed: true, reason: "\(shown.joined(separator: ", ")) is within calling hours\(overlay)")
    }

    /// The hours gate in one fixed zone (`local` nil: the zone is unknown on this system).
    static func hours(_ contact: Contact, _ data: any RecordStore, _ policy: GatePolicy, _ local: LocalDateTime?)
        -> GateResult
    {
        let rule = policy.ruleIDs.hours
        guard let local else {
            return GateResult(
                rule: rule, passed: false, reason: "time zone '\(policy.timeZone)' is unknown on this system")
        }
        guard let closed = closedReason(policy.callingHours, policy, local, zone: policy.timeZone) else {
            return GateResult(rule: rule, passed: true, reason: "\(local) is within calling hours")
        }
        guard policy.callingHours.agreedCallbacksExempt else {
            return GateResult(rule: rule, passed: false, reason: closed)
        }
        do {
            if let callback = try data.agreedCallback(
                person: contact.id, phone: contact.phone, near: local, windowMinutes: policy.callbackWindowMinutes)
            {
                return GateResult(
                    rule: rule, passed: true, reason: "\(closed), but a callback was agreed for \(callback.at)")
            }
        } catch {
            return GateResult(
                rule: rule, passed: false, reason: "\(closed), and the callback list cannot be read (\(error.summary))")
        }
        return GateResult(rule: rule, passed: false, reason: closed)
    }

    /// Why `hours` (with the policy's holidays and extra closed days) do not allow a call at
    /// `local`; nil when they do.
    static func closedReason(_ hours: CallingHours, _ policy: GatePolicy, _ local: LocalDateTime, zone: String)
        -> String?
    {
        let day = local.date
        let time = ClockTime(local.hour, local.minute)
        let hours = hours.adding(closures: policy.extraClosedDays)
        let windows = hours.windows(on: day)
        let closure = hours.closure(on: day)
        if hours.closedOnPublicHolidays, let name = DutchHolidays.holiday(on: day, policy: policy) {
            return "\(day) is \(name), a public holiday"
        }
        if let closure, closure.isWholeDay {
            return closure.name.map { "\(day) is \($0): no calls that day" }
                ?? "\(day) is a closed day of the organisation"
        }
        if windows.isEmpty, let closure {
            return "\(day) closes at \(closure.closesAt), before calling hours begin (\(zone))"
        }
        if windows.isEmpty { return "no calls on \(day.dayOfWeek.name) (\(day))" }
        if !windows.contains(where: { $0.contains(time) }) {
            let shown = windows.map(\.description).joined(separator: ", ")
            let cut = closure.flatMap { c in c.name.map { " on \($0)" } } ?? ""
            return "\(local) is outside calling hours \(shown)\(cut) (\(zone))"
        }
        return nil
    }

    /// The call-limit gate, when an overlay with a limit applies to the contact; nil otherwise.
    static func attempts(_ contact: Contact, _ data: any RecordStore, _ policy: GatePolicy, at instant: Date)
        -> GateResult?
    {
        guard let (limit, state) = policy.attemptLimit(for: contact) else { return nil }
        let rule = policy.ruleIDs.attempts
        let since = instant.addingTimeInterval(-TimeInterval(limit.hours) * 3600)
        do {
            let made = try data.attempts(phone: contact.phone, since: since)
            let window = "in the last \(limit.hours) hours; \(state) allows at most \(limit.calls)"
            if made < limit.calls {
                return GateResult(
                    rule: rule, passed: true, reason: "\(made) earlier calls to \(contact.phone) \(window)")
            }
            return GateResult(
                rule: rule, passed: false, reason: "already \(made) calls to \(contact.phone) \(window)")
        } catch {
            return GateResult(
                rule: rule, passed: false, reason: "the attempt records cannot be read (\(error.summary))")
        }
    }
}
