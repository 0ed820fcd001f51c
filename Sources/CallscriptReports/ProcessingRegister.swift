import CallscriptMachine

/// The AVG (GDPR) art. 30 processing register for a set of campaigns, built from their
/// compiled machines and the data folder's retention periods: per campaign, which personal
/// data it reads and captures, for which purpose, where the runner stores it and how long.
/// `callscript register` writes it as Markdown and JSON (Docs/compliance.md).
public struct ProcessingRegister: Sendable, Hashable, Codable {
    /// Where the runner keeps one kind of record, and for how long.
    public struct Storage: Sendable, Hashable, Codable {
        /// `audit`, `answers`, `sessions`, `consents`, `callbacks` or `objections`.
        public var record: String
        /// The file or folder in the data folder: `audit.jsonl`, `sessions/`, ...
        public var location: String
        /// A retention period such as `3y`, or `until the person withdraws the objection`.
        public var kept: String
    }

    /// One piece of personal data a campaign processes.
    public struct DataItem: Sendable, Hashable, Codable {
        /// The field's name, or `phone` and `contact id` for the contact record's own entries.
        public var name: String
        /// `text`, `email`, `choice(...)`, ...
        public var type: String
        /// `contact` (read from the contact record) or `capture` (asked during the call).
        public var source: String
        /// The script's `purpose "..."`; nil when it gives none.
        public var purpose: String?
        /// The states that ask for it (captures only).
        public var askedAt: [String]
        public var storedIn: [Storage]
    }

    /// One consent an `ask consent` records.
    public struct Consent: Sendable, Hashable, Codable {
        public var purpose: String
        public var askedAt: [String]
        public var storedIn: [Storage]
    }

    /// One campaign's entry.
    public struct Campaign: Sendable, Hashable, Codable {
        public var campaign: String
        /// The main script, relative to the folder the register was made for.
        public var file: String
        public var version: Int?
        /// Who processes the data for the calls (the header's `company`).
        public var processor: String
        /// On whose behalf (the header's `principal`); nil when the company calls for itself.
        public var controller: String?
        public var policy: String
        /// Why calling is allowed: `consent (opt-in)` or `customer relationship (N months)`.
        public var basis: String
        public var language: String
        /// The translations the calls can be read in besides `language`.
        public var translations: [String]
        public var reads: [DataItem]
        public var captures: [DataItem]
        public var consents: [Consent]
        /// Where an objection (the phone number) is kept.
        public var objections: Storage
        /// Captures without a purpose (CS0179), for the officer to chase.
        public var missingPurposes: [String]
    }

    /// `callscript-register`.
    public var format = "callscript-register"
    public var formatVersion = 1
    /// The data folder the retention periods are from; nil for the defaults.
    public var dataFolder: String?
    /// Retention period per record kind, as in `settings.json`.
    public var retention: [String: String]
    public var campaigns: [Campaign]

    /// Builds the register. `machines` are (path shown, machine) in the order to list them;
    /// `retention` maps `answers`, `sessions`, `audit`, `consents` and `callbacks` to periods.
    public init(machines: [(file: String, machine: Machine)], retention: [String: String], dataFolder: String?) {
        self.dataFolder = dataFolder
        self.retention = retention
        func kept(_ kind: String) -> String { retention[kind] ?? "3y" }
        let audit = Storage(record: "audit", location: "audit.jsonl", kept: kept("audit"))
        let answers = Storage(record: "answers", location: "audit.jsonl", kept: kept("answers"))
        let sessions = Storage(record: "sessions", location: "sessions/", kept: kept("sessions"))
        let consents = Storage(record: "consents", location: "consents.jsonl", kept: kept("consents"))
        let callbacks = Storage(record: "callbacks", location: "callbacks.jsonl", kept: kept("callbacks"))
        let objections = Storage(
            record: "objections", location: "objections.txt", kept: "permanently: an objection is never erased")
        campaigns = machines.map { file, machine in
            var asked: [String: [String]] = [:]
            var callbackFields: Set<String> = []
            var consentStates: [String: [String]] = [:]
            for state in machine.states {
                if state.role == .capture, let field = state.field { asked[field, default: []].append(state.id) }
                if state.role == .callback, let field = state.field { callbackFields.insert(field) }
                if state.role == .askConsent, let purpose = state.purpose {
                    consentStates[purpose, default: []].append(state.id)
                }
            }
            let contactRecord = [
                DataItem(
                    name: "phone", type: "phone", source: "contact", purpose: "calling the person; checking objections",
                    askedAt: [], storedIn: [audit, objections]),
                DataItem(
                    name: "contact id", type: "text", source: "contact", purpose: "linking records to the person",
                    askedAt: [], storedIn: [audit, sessions]),
            ]
            let reads = machine.fields.filter { $0.origin == .contact }.map { field in
                DataItem(
                    name: field.name, type: field.type.description, source: "contact", purpose: field.purpose,
                    askedAt: [], storedIn: [audit])
            }
            let captures = machine.fields.filter { $0.origin == .capture }.map { field in
                DataItem(
                    name: field.name, type: field.type.description, source: "capture", purpose: field.purpose,
                    askedAt: asked[field.name] ?? [],
                    storedIn: [answers, sessions] + (callbackFields.contains(field.name) ? [callbacks] : []))
            }
            let script = machine.script
            let basis =
                script.audience.kind == .optIn
                ? "consent (opt-in)" : "customer relationship (\(script.audience.months ?? 0) months)"
            return Campaign(
                campaign: script.name, file: file, version: script.version, processor: script.company,
                controller: script.principal, policy: script.policy, basis: basis, language: script.language ?? "nl",
                translations: machine.translations?.map(\.language) ?? [], reads: contactRecord + reads,
                captures: captures,
                consents: consentStates.keys.sorted().map {
                    Consent(purpose: $0, askedAt: consentStates[$0] ?? [], storedIn: [consents])
                },
                objections: objections,
                missingPurposes: captures.filter { $0.purpose == nil }.map(\.name))
        }
    }
}
