import CallscriptMachine
import Foundation

/// One gate's verdict.
public struct GateResult: Codable, Hashable, Sendable {
    /// `NL-GATE-OBJECTION`, `NL-GATE-BASIS` or `NL-GATE-HOURS`.
    public var rule: String
    public var passed: Bool
    /// Why, in one phrase (shown to the agent when the call is refused).
    public var reason: String
    /// For the basis gate: where the consent or the customer record comes from, shown to the
    /// agent when the call starts (NL-DATA-SOURCE: "waar heeft u mijn nummer vandaan?").
    public var source: String?
    /// The same source in parts, for screens that word it in their own language. Not encoded:
    /// the audit trail keeps `source`, so a decoded result has none.
    public var basis: BasisSource? = nil

    private enum CodingKeys: String, CodingKey { case rule, passed, reason, source }

    public init(rule: String, passed: Bool, reason: String, source: String? = nil) {
        self.rule = rule
        self.passed = passed
        self.reason = reason
        self.source = source
    }

    /// A result whose `source` is the English line of `basis`.
    public init(rule: String, passed: Bool, reason: String, basis: BasisSource?) {
        self.init(rule: rule, passed: passed, reason: reason, source: basis?.line)
        self.basis = basis
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
    /// The source of the call's basis (consent or customer record), when a gate names one.
    public var basisSource: String? { results.lazy.compactMap(\.source).first }
    /// The same in parts; nil for a decision decoded from JSON.
    public var basis: BasisSource? { results.lazy.compactMap(\.basis).first }
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
    public static let attemptsRule = "US-TSR-GATE-ATTEMPTS"

    public static let resumeRule = "RESUME-WINDOW"

    public static func evaluate(
        machine: Machine, contact: Contact, data: DataFolder, policy: GatePolicy = .netherlands,
        at instant: Date
    ) -> GateDecision {
        evaluate(machine: machine, contact: contact, store: FileRecordStore(data), policy: policy, at: instant)
    }

    /// The gates on any record store; every check reads the store's current records.
    public static func evaluate(
        machine: Machine, contact: Contact, store data: any RecordStore, policy: GatePolicy = .netherlands,
        at instant: Date
    ) -> GateDecision {
        let zones = callZones(contact, policy)
        let locals = zones.compactMap { zone in
            TimeZone(identifier: zone).map { (zone, LocalDateTime(instant, in: $0)) }
        }
        let today = locals.first?.1.date ?? LocalDateTime(instant, in: .gmt).date
        var results = [
            objection(contact, data, policy),
            basis(machine, contact, data, policy, today: today, now: instant),
            hours(contact, data, policy, at: instant),
        ]
        if let attempts = attempts(contact, data, policy, at: instant) { results.append(attempts) }
        return GateDecision(
            results: results,
            localTime: locals.isEmpty ? "unknown" : locals.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
    }

    /// A resumed call continues only within `window` of its last step (real clock).
    public static func resumeWindow(lastStep: Date?, now: Date, window: TimeInterval) -> GateResult {
        let minutes = Int(window / 60)
        guard let lastStep else {
            return GateResult(
                rule: resumeRule, passed: false, reason: "the call's last step has no readable time in the audit trail")
        }
        let idle = now.timeIntervalSince(lastStep)
        if idle <= window {
            return GateResult(
                rule: resumeRule, passed: true,
                reason: "last step \(Int(max(0, idle) / 60)) min ago, within the \(minutes)-minute resume window")
        }
        return GateResult(
            rule: resumeRule, passed: false,
            reason:
                "the call's last step was \(Int(idle / 60)) min ago, beyond the \(minutes)-minute resume window; start the call anew"
        )
    }

    static func objection(_ contact: Contact, _ data: any RecordStore, _ policy: GatePolicy) -> GateResult {
        let rule = policy.ruleIDs.objection
        do {
            if try data.isObjected(contact.phone) {
                return GateResult(rule: rule, passed: false, reason: "\(contact.phone) is on the objection list")
            }
            return GateResult(rule: rule, passed: true, reason: "\(contact.phone) is not on the objection list")
        } catch {
            return GateResult(rule: rule, passed: false, reason: "the objection list cannot be read (\(error.summary))")
        }
    }

    static func basis(
        _ machine: Machine, _ contact: Contact, _ data: any RecordStore, _ policy: GatePolicy, today: CalendarDate,
        now: Date
    ) -> GateResult {
        basis(machine, contact, policy, today: today, now: now) { contact throws(RuntimeError) in
            try data.latestConsent(
                person: contact.id, phone: contact.phone, company: machine.script.company,
                purpose: policy.consentPurpose)
        }
    }

    /// The basis gate with the consent lookup given, so a call list is checked against the
    /// register read once (`ConsentSnapshot`) by the same rules as a single call.
    static func basis(
        _ machine: Machine, _ contact: Contact, _ policy: GatePolicy, today: CalendarDate, now: Date,
        latestConsent: (Contact) throws(RuntimeError) -> ConsentRecord?
    ) -> GateResult {
        let company = machine.script.company
        let basisRule = policy.ruleIDs.basis
        switch machine.script.audience.kind {
        case .optIn:
            do {
                let record = try latestConsent(contact)
                let verdict = ConsentEvidence.judge(
                    record, purpose: policy.consentPurpose, company: company, now: now, today: today)
                return GateResult(
                    rule: basisRule, passed: verdict.passed, reason: verdict.reason,
                    basis: record.flatMap(ConsentEvidence.basisSource))
            } catch {
                return GateResult(
                    rule: basisRule, passed: false, reason: "the consent register cannot be read (\(error.summary))")
            }
        case .business:
            // Telecommunicatiewet art. 11.7 protects natural persons: only a record that says
            // the contact is a legal person lets the call through without consent.
            guard let written = contact.legalForm else {
                return GateResult(
                    rule: basisRule, passed: false,
                    reason:
                        "contact '\(contact.id)' has no legal_form: audience business calls legal persons only (\(LegalForm.shownLegalPersons))"
                )
            }
            switch LegalForm(written) {
            case .legalPerson(let form):
                return GateResult(
                    rule: basisRule, passed: true,
                    reason: "audience business: '\(written)' is a legal person (\(form)), which needs no consent")
            case .naturalPerson(let form):
                return GateResult(
                    rule: basisRule, passed: false,
                    reason:
                        "'\(written)' (\(form)) is not a legal person: its owners are called in person, which needs their consent (audience opt-in)"
                )
            case .unknown:
                return GateResult(
                    rule: basisRule, passed: false,
                    reason:
                        "legal form '\(written)' of contact '\(contact.id)' is not known; write one of \(LegalForm.shownLegalPersons)"
                )
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
                    reason: "customer relation of \(latest) is within \(months) months (until \(until))",
                    basis: BasisSource(
                        kind: .customerRecord, origin: contact.source,
                        relationDate: contact.source == nil ? latest.description : nil))
            }
            return GateResult(
                rule: basisRule, passed: false,
                reason: "customer relation of \(latest) ended more than \(months) months ago (term ran until \(until))")
        }
    }
}
