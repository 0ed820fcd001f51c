import CallscriptDiagnostics
import CallscriptMachine
import Foundation

/// Rules about the script header and statement content rather than paths.
enum HeaderChecks {
    /// Where a header entry was written, falling back to the header, then the first statement.
    static func location(_ key: String, in machine: Machine) -> SourceRange {
        if let range = machine.script.locations[key] { return range }
        if let range = machine.script.locations["script"] { return range }
        if let first = machine.states.first { return first.source }
        return .wholeFile(machine.sources.first?.path ?? "script.call")
    }

    static func customerTerm(_ rule: Rule, maxMonths: Int, _ machine: Machine) -> [Diagnostic] {
        let audience = machine.script.audience
        guard audience.kind == .customers else { return [] }
        guard let months = audience.months, months <= maxMonths else {
            let shown = audience.months.map { "\($0) months" } ?? "no term"
            return [
                Diagnostic(
                    code: rule.id, severity: rule.severity,
                    message: "customer term of \(shown) is longer than \(maxMonths) months",
                    range: location("audience", in: machine),
                    help:
                        "write 'audience customers \(maxMonths) months' or shorter, or call people who opted in with 'audience opt-in'"
                )
            ]
        }
        return []
    }

    static func customerException(
        _ rule: Rule, from: CalendarDate, exemptSectors: Set<String>, _ machine: Machine, on date: CalendarDate
    ) -> [Diagnostic] {
        let script = machine.script
        guard script.audience.kind == .customers, date >= from else { return [] }
        let sector = script.sector.lowercased()
        guard !exemptSectors.contains(sector) else { return [] }
        var related: [RelatedLocation] = []
        if let range = script.locations["sector"] {
            related.append(RelatedLocation(label: "sector \(script.sector)", range: range))
        }
        if sector == "lottery" {
            // The exemption is for charity lotteries only: a commercial gambling operator is not exempt.
            return [
                Diagnostic(
                    code: rule.id, severity: rule.severity,
                    message:
                        "'sector lottery' no longer keeps the customer exception from \(from): only charity lotteries do",
                    range: location("audience", in: machine), related: related,
                    notes: [
                        "checked as of \(date); the Energiewet amendments (Kamerstuk 36 378 nrs. 85 and 86) keep the customer relation only for ideële and charitable organisations, charity lotteries (goededoelenloterijen, art. 3 Wet op de kansspelen) and publishers of newspapers, weeklies and magazines"
                    ],
                    help:
                        "a charity lottery under art. 3 Wet op de kansspelen writes 'sector charity-lottery'; any other lottery calls only people who gave consent: 'audience opt-in'"
                )
            ]
        }
        return [
            Diagnostic(
                code: rule.id, severity: rule.severity,
                message: "the customer exception no longer applies to sector '\(script.sector)' from \(from)",
                range: location("audience", in: machine), related: related,
                notes: [
                    "checked as of \(date); only sectors \(exemptSectors.sorted().joined(separator: ", ")) keep it"
                ],
                help: "call only people who gave consent: write 'audience opt-in'")
        ]
    }

    /// `roles` are the graph's (`MachineGraph.roles`): only the `identify` states are read.
    static func identifyContent(_ rule: Rule, includingPrincipal: Bool, _ machine: Machine, roles: [Role])
        -> [Diagnostic]
    {
        let script = machine.script
        var result: [Diagnostic] = []
        for index in roles.indices where roles[index] == .identify {
            let state = machine.states[index]
            let text = state.text ?? ""
            var missing: [String] = []
            var placeholders: [String] = []
            if !PartyNames.mentions(text, placeholder: "company", name: script.company) {
                missing.append("the company '\(script.company)'")
                placeholders.append("{company}")
            }
            if includingPrincipal, let principal = script.principal,
                !PartyNames.mentions(text, placeholder: "principal", name: principal)
            {
                missing.append("the principal '\(principal)'")
                placeholders.append("{principal}")
            }
            guard !missing.isEmpty else { continue }
            result.append(
                Diagnostic(
                    code: rule.id, severity: rule.severity,
                    message: "identify does not name \(missing.joined(separator: " or "))", range: state.source,
                    help: "name them in the text, e.g. with \(placeholders.joined(separator: " and "))"))
        }
        return result
    }

    /// NL-IDENTIFY-AGENT: every `identify` says the caller's own name through `{agent}`.
    /// `roles` are the graph's: only the `identify` states are read.
    static func identifyAgent(_ rule: Rule, _ machine: Machine, roles: [Role]) -> [Diagnostic] {
        roles.indices.filter {
            roles[$0] == .identify
                && !Template(machine.states[$0].text ?? "").placeholders.contains("agent")
        }
        .map { index in
            Diagnostic(
                code: rule.id, severity: rule.severity, message: "identify does not name the caller ({agent})",
                range: machine.states[index].source,
                help: "say the agent's own name, e.g. \"u spreekt met {agent} van {company}\"")
        }
    }

    /// A policy that requires the whole call to be recorded, and the header does not say so.
    static func missingRecording(_ rule: Rule, _ machine: Machine) -> Diagnostic? {
        guard machine.script.recording != true else { return nil }
        return Diagnostic(
            code: rule.id, severity: rule.severity, message: "the header does not say that the call is recorded",
            range: location("script", in: machine),
            help:
                "record the whole sales call: add 'recording' to the header and a 'disclose recording \"...\"' notice before the first pitch"
        )
    }

    /// A required handler is missing.
    static func missingHandler(_ rule: Rule, event: CallEvent, _ machine: Machine) -> Diagnostic? {
        guard !machine.handlers.contains(where: { $0.event == event.rawValue }) else { return nil }
        return Diagnostic(
            code: rule.id, severity: rule.severity, message: "missing 'on \(event.rawValue)' handler",
            range: location("script", in: machine), help: handlerHelp[event] ?? "add 'on \(event.rawValue) { ... }'")
    }

    private static let handlerHelp: [CallEvent: String] = [
        .objection: "add 'on objection { record objection  transfer optout \"...\" }'",
        .voicemail: "add 'on voicemail { hangup }'",
        .complaint: "add 'on complaint { capture ... -> goodbye }' so complaints are taken down",
        .minor: "add 'on minor { say \"...\"  end }' to end calls with children politely",
        .sourceQuestion:
            "add 'on source-question { say \"...\"  -> STEP }' saying where the number comes from (the runner shows the consent or customer record's source)",
        .vulnerable: "add 'on vulnerable { say \"...\"  end }' to end the call without an offer",
    ]
}
