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
/// Lookups go through a sorted index beside it (`consents.idx`, see `ConsentLookup.swift`).
public struct ConsentRegister: Sendable {
    let file: JSONLines<ConsentRecord>
    /// Records appended after the index was built are read on each check up to this many bytes;
    /// beyond, the index is rebuilt.
    public var tailLimit = 64 * 1024

    public init(path: String) { file = JSONLines(path: path, name: "consent register") }

    public var path: String { file.path }

    /// Appends a record durably (a withdrawal is a record with status `withdrawn`).
    public func append(_ record: ConsentRecord) throws(RuntimeError) { try file.append(record, confirming: index) }

    public func records() throws(RuntimeError) -> [ConsentRecord] { try file.records() }

    /// Removes every record `drop` picks in one atomic rewrite (erasure, retention).
    @discardableResult
    public func remove(where drop: (ConsentRecord) -> Bool) throws(RuntimeError) -> Int { try file.remove(where: drop) }

    /// Parses a whole file's bytes: the records and the line numbers of damaged lines.
    public static func parse(_ bytes: [UInt8]) -> (records: [ConsentRecord], damaged: [Int]) {
        JSONLines<ConsentRecord>.parse(bytes)
    }

    /// The latest record for this person, company and purpose decides: consent holds when it
    /// exists and is `given`. A record is this person's when its contact ID or its number is:
    /// numbers are compared after the one normaliser, so a withdrawal written `06-1234 5678` by
    /// another system still withdraws the consent recorded as `+31612345678`.
    public func hasConsent(contact: Contact, company: String, purpose: String) throws(RuntimeError) -> Bool {
        try latest(for: contact, company: company, purpose: purpose)?.status == .given
    }

    /// True when the record is about this contact (by ID or normalised number), company and purpose.
    static func matches(
        _ r: ConsentRecord, _ contact: Contact, _ number: PhoneNumber?, _ company: String, _ purpose: String
    )
        -> Bool
    {
        r.company == company && r.purpose == purpose
            && (r.person == contact.id || (number != nil && (try? PhoneNumber(parsing: r.phone)) == number))
    }
}

/// The consent register read once, for deciding the basis of many contacts at a time (scrubbing
/// a call list): the latest record per contact ID and per number, for one company and purpose.
public struct ConsentSnapshot: Sendable {
    public let company: String
    public let purpose: String
    private var byPerson: [String: (order: Int, given: Bool)] = [:]
    private var byNumber: [UInt64: (order: Int, given: Bool)] = [:]

    public init(_ records: [ConsentRecord], company: String, purpose: String) {
        self.company = company
        self.purpose = purpose
        for (order, r) in records.enumerated() where r.company == company && r.purpose == purpose {
            let entry = (order: order, given: r.status == .given)
            byPerson[r.person] = entry
            if let number = try? PhoneNumber(parsing: r.phone) { byNumber[number.digits] = entry }
        }
    }

    /// The same answer as `ConsentRegister.hasConsent` for this company and purpose.
    public func hasConsent(_ contact: Contact) -> Bool {
        let person = byPerson[contact.id]
        let number = (try? PhoneNumber(parsing: contact.phone)).flatMap { byNumber[$0.digits] }
        let latest = [person, number].compactMap { $0 }.max { $0.order < $1.order }
        return latest?.given ?? false
    }
}
