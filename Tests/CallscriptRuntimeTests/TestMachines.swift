import CallscriptDiagnostics
import CallscriptMachine
import Foundation

@testable import CallscriptRuntime

/// Builds machines by hand, in script order, so tests read like the script they stand for.
struct MachineBuilder {
    var script = ScriptInfo(
        name: "Winback Energie 2026", company: "Zonnig Energie B.V.", principal: "Groene Stroom Nederland",
        callerID: "+31205550199", policy: "nl-telemarketing", sector: "energy", audience: .optIn)
    var fields: [Field] = []
    var states: [State] = []
    var handlers: [Handler] = []
    var start = ""
    private var lineNumber = 0

    mutating func range() -> SourceRange {
        lineNumber += 1
        return SourceRange(
            file: "winback.call", start: SourceLocation(offset: lineNumber * 10, line: lineNumber, column: 3),
            end: SourceLocation(offset: lineNumber * 10 + 5, line: lineNumber, column: 8))
    }

    mutating func contact(_ name: String, _ kind: FieldType.Kind) {
        fields.append(Field(name: name, origin: .contact, type: FieldType(kind)))
    }
    mutating func capture(_ name: String, _ type: FieldType) {
        fields.append(Field(name: name, origin: .capture, type: type))
    }

    /// A line (say, identify, pitch, optout, disclose) continuing to `next`.
    mutating func line(_ id: String, _ role: Role, _ text: String, next: String) {
        states.append(
            State(id: id, step: step(id), role: role, text: text, transitions: [.next(next)], source: range()))
    }
    mutating func captureState(_ id: String, _ field: String, _ prompt: String, next: String) {
        states.append(
            State(
                id: id, step: step(id), role: .capture, text: prompt, field: field, transitions: [.next(next)],
                source: range()))
    }
    mutating func ask(
        _ id: String, _ role: Role = .ask, _ text: String, purpose: String? = nil,
        _ answers: [(String, AnswerClass?, String)]
    ) {
        let transitions = answers.map { Transition(kind: .answer, label: $0.0, answerClass: $0.1, target: $0.2) }
        states.append(
            State(
                id: id, step: step(id), role: role, text: text, purpose: purpose, transitions: transitions,
                source: range()))
    }
    mutating func branch(_ id: String, _ conditions: [(Condition, String)], otherwise: String) {
        let transitions =
            conditions.map { Transition(kind: .condition, condition: $0.0, target: $0.1) } + [
                Transition(kind: .otherwise, target: otherwise)
            ]
        states.append(State(id: id, step: step(id), role: .branch, transitions: transitions, source: range()))
    }
    mutating func recordObjection(_ id: String, next: String) {
        states.append(
            State(id: id, step: step(id), role: .recordObjection, transitions: [.next(next)], source: range()))
    }
    mutating func terminal(_ id: String, _ role: Role, text: String? = nil, field: String? = nil) {
        states.append(
            State(id: id, step: step(id), role: role, text: text, field: field, transitions: [], source: range()))
    }
    mutating func on(_ event: String, entry: String) {
        handlers.append(Handler(event: event, entry: entry, source: range()))
    }

    private func step(_ id: String) -> String {
        let name = String(id.split(separator: ".").first ?? "")
        return name.hasPrefix("on-") ? "on \(name.dropFirst(3))" : name
    }

    /// The machine with its digest sealed.
    func build() -> Machine {
        let machine = Machine(
            compiler: "test-builder", script: script, fields: fields, start: start, handlers: handlers,
            states: states, sources: [SourceDigest(path: "winback.call", sha256: String(repeating: "0", count: 64))])
        return CanonicalJSON.sealed(machine)
    }
}

enum Fixtures {
    /// The spec's winback script, compiled by hand.
    static func winback(handlers: [String] = ["objection", "voicemail", "complaint", "minor"]) -> Machine {
        var b = MachineBuilder()
        b.contact("first_name", .text)
        b.contact("customer_since", .date)
        b.capture("email", FieldType(.email))
        b.capture("interest", FieldType(.choice, choices: ["low", "medium", "high"]))
        b.capture("callback_at", FieldType(.datetime))
        b.capture("complaint", FieldType(.text))
        b.start = "intro.1"
        b.line(
            "intro.1", .identify, "Goedemiddag {first_name}, u spreekt met {agent} van {company}, namens {principal}.",
            next: "intro.purpose")
        // NL-PURPOSE (December 2026): the purpose before the convenient question. An ID of its
        // own keeps the states the tests name (`intro.2` is still the convenient question).
        b.states.append(
            State(
                id: "intro.purpose", step: "intro", role: .disclose, text: "Ik bel u over uw energiecontract.",
                topic: "purpose", transitions: [.next("intro.2")], source: b.range()))
        b.ask(
            "intro.2", .askConvenient, "Komt het u nu gelegen?",
            [
                ("Ja", .yes, "offer.1"), ("Liever een ander moment", .later, "plan_callback.1"),
                ("Nee", .no, "goodbye.1"),
            ])
        b.line("offer.1", .pitch, "Als oud-klant krijgt u twaalf maanden vaste korting op stroom.", next: "offer.2")
        b.captureState("offer.2", "interest", "Hoe groot is uw interesse: laag, gemiddeld of hoog?", next: "offer.3")
        b.branch(
            "offer.3",
            [(.compare(field: "interest", op: .equal, value: Literal(type: .choice, value: "low")), "goodbye.1")],
            otherwise: "send_offer.1")
        b.captureState("send_offer.1", "email", "Op welk e-mailadres mag ik het aanbod sturen?", next: "send_offer.2")
        b.ask(
            "send_offer.2", .askConsent, "Mogen wij u over dit aanbod e-mailen op {email}?", purpose: "email-offers",
            [("Ja", .yes, "goodbye.1"), ("Nee", .no, "goodbye.1")])
        b.captureState("plan_callback.1", "callback_at", "Wanneer komt het u beter uit?", next: "plan_callback.2")
        b.line(
            "plan_callback.2", .optout, "U kunt altijd bezwaar maken tegen onze telefoontjes.", next: "plan_callback.3")
        b.terminal("plan_callback.3", .callback, field: "callback_at")
        b.line("goodbye.1", .optout, "Mogen wij u in de toekomst nog bellen?", next: "goodbye.2")
        b.line("goodbye.2", .say, "Bedankt voor uw tijd en nog een fijne dag.", next: "goodbye.3")
        b.terminal("goodbye.3", .end)
        if handlers.contains("objection") {
            b.on("objection", entry: "on-objection.1")
            b.recordObjection("on-objection.1", next: "on-objection.2")
            b.line("on-objection.2", .say, "Ik heb genoteerd dat wij u niet meer bellen.", next: "on-objection.3")
            b.terminal("on-objection.3", .transferOptout, text: "Ik verbind u nu door met ons keuzemenu.")
        }
        if handlers.contains("voicemail") {
            b.on("voicemail", entry: "on-voicemail.1")
            b.terminal("on-voicemail.1", .hangup)
        }
        if handlers.contains("complaint") {
            b.on("complaint", entry: "on-complaint.1")
            b.captureState("on-complaint.1", "complaint", "Wat is uw klacht?", next: "on-complaint.2")
            b.line("on-complaint.2", .say, "Uw klacht wordt binnen vijf werkdagen behandeld.", next: "goodbye.1")
        }
        if handlers.contains("minor") {
            b.on("minor", entry: "on-minor.1")
            b.line("on-minor.1", .say, "Dan beëindig ik dit gesprek. Fijne dag nog.", next: "on-minor.2")
            b.terminal("on-minor.2", .end)
        }
        return b.build()
    }

    static let today = CalendarDate(year: 2026, month: 3, day: 2)

    static func loaded(_ machine: Machine = winback()) throws -> LoadedMachine {
        try MachineLoader.load(machine, file: "winback.machine.json", on: today)
    }

    static let anna = Contact(
        id: "K-1001", phone: "+31612345678", fields: ["first_name": "Anna", "customer_since": "2019-05-01"])

    static func context(_ machine: Machine = winback(), contact: Contact = anna) throws -> CallContext {
        try CallContext(loaded: try loaded(machine), contact: contact, agent: "Jan")
    }

    /// An instant given as UTC text.
    static func instant(_ utc: String) -> Date {
        ISO8601DateFormatter().date(from: utc) ?? Date(timeIntervalSince1970: 0)
    }

    /// Monday 2 March 2026, 10:00 in Amsterdam.
    static let mondayMorning = instant("2026-03-02T09:00:00Z")

    /// A fresh, empty data folder.
    static func dataFolder() -> DataFolder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-runtime-tests")
            .appendingPathComponent(UUID().uuidString)
        return DataFolder(root: root)
    }

    static let allowed = GateDecision(
        results: [GateResult(rule: "NL-GATE-HOURS", passed: true, reason: "test")], localTime: "test")
}
