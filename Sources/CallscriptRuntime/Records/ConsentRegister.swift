import CallscriptMachine

/// One line of the consent register: consent given or withdrawn, with the evidence a
/// regulator asks for (how and when it was verified, the person, the company and subject, the
/// term). Lines written before the evidence fields existed stay readable; see `evidence`.
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
    /// The person's name as verified (consent belongs to a person, not a number).
    public var name: String?
    /// What the calls are about, as the person was told (`aanbiedingen voor energiecontracten`).
    public var subject: String?
    /// How the consent was verified: `call`, `sms`, `email`, `app`, `letter`, ...
    public var verifiedBy: String?
    /// When it was verified, UTC.
    public var verifiedAt: String?
    /// The last day of the term the person was told (`YYYY-MM-DD`), if one was stated.
    public var validUntil: String?
    /// Where the consent was obtained (`webformulier zonnig.nl/aanbod, 2 maart 2026`).
    public var source: String?

    public init(
        person: String, phone: String, company: String, purpose: String, time: String, script: String,
        agent: String, status: Status = .given, name: String? = nil, subject: String? = nil,
        verifiedBy: String? = nil, verifiedAt: String? = nil, validUntil: String? = nil, source: String? = nil
    ) {
        self.person = person
        self.phone = phone
        self.company = company
        self.purpose = purpose
        self.time = time
        self.script = script
        self.agent = agent
        self.status = status
        self.name = name
        self.subject = subject
        self.verifiedBy = verifiedBy
        self.verifiedAt = verifiedAt
        self.validUntil = validUntil
        self.source = source
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

    /// The latest record for this person, company and purpose (given or withdrawn), or nil.
    public func latestRecord(contact: Contact, company: String, purpose: String) throws(RuntimeError)
        -> ConsentRecord?
    {
        try latest(for: contact, company: company, purpose: purpose)
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
    private var records: [ConsentRecord] = []
    private var byPerson: [String: Int] = [:]
    private var byNumber: [UInt64: Int] = [:]

    public init(_ records: [ConsentRecord], company: String, purpose: String) {
        self.company = company
        self.purpose = purpose
        for r in records where r.company == company && r.purpose == purpose {
            let order = self.records.count
            self.records.append(r)
            byPerson[r.person] = order
            if let number = try? PhoneNumber(parsing: r.phone) { byNumber[number.digits] = order }
        }
    }

    /// The same answer as `ConsentRegister.latestRecord` for this company and purpose.
    public func latestRecord(_ contact: Contact) -> ConsentRecord? {
        let person = byPerson[contact.id]
        let number = (try? PhoneNumber(parsing: contact.phone)).flatMap { byNumber[$0.digits] }
        return [person, number].compactMap { $0 }.max().map { records[$0] }
    }

    /// The same answer as `ConsentRegister.hasConsent` for this company and purpose.
    public func hasConsent(_ contact: Contact) -> Bool { latestRecord(contact)?.status == .given }
}
