import CallscriptMachine

/// One line of the consent register.
public struct ConsentRecord: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable {
        case given
        case withdrawn
    }

    /// The contact ID.
    public var person: String
    /// E.164 number, so a record still matches when IDs change between systems.
    public var phone: String
    public var company: String
    public var purpose: String
    /// UTC, `2026-03-02T09:15:02Z`.
    public var time: String
    /// Digest of the machine whose `ask consent` recorded it (the script version).
    public var script: String
    public var agent: String
    public var status: Status

    public init(
        person: String, phone: String, company: String, purpose: String, time: String, script: String,
        agent: String, status: Status = .given
    ) {
        self.person = person
        self.phone = phone
        self.company = company
        self.purpose = purpose
        self.time = time
        self.script = script
        self.agent = agent
        self.status = status
    }
}

/// The consent register: JSON Lines of consent given and withdrawn (see `Docs/data-formats.md`).
public struct ConsentRegister: Sendable {
    let file: JSONLines<ConsentRecord>

    public init(path: String) { file = JSONLines(path: path, name: "consent register") }

    /// Appends a record durably (a withdrawal is a record with status `withdrawn`).
    public func append(_ record: ConsentRecord) throws(RuntimeError) { try file.append(record) }

    public func records() throws(RuntimeError) -> [ConsentRecord] { try file.records() }

    /// Removes every record `drop` picks in one atomic rewrite (erasure, retention).
    @discardableResult
    public func remove(where drop: (ConsentRecord) -> Bool) throws(RuntimeError) -> Int { try file.remove(where: drop) }

    /// Parses a whole file's bytes: the records and the line numbers of damaged lines.
    public static func parse(_ bytes: [UInt8]) -> (records: [ConsentRecord], damaged: [Int]) {
        JSONLines<ConsentRecord>.parse(bytes)
    }

    /// The latest record for this person (by ID or phone), company and purpose decides:
    /// consent holds when it exists and is `given`.
    public func hasConsent(contact: Contact, company: String, purpose: String) throws(RuntimeError) -> Bool {
        let latest = try records().last { r in
            (r.person == contact.id || r.phone == contact.phone) && r.company == company && r.purpose == purpose
        }
        return latest?.status == .given
    }
}
