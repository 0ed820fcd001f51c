import CallscriptMachine

/// One planned callback.
public struct CallbackRecord: Codable, Hashable, Sendable {
    public var person: String
    public var phone: String
    /// The agreed wall-clock time in `timeZone`.
    public var at: LocalDateTime
    public var timeZone: String
    public var company: String
    public var script: String
    public var agent: String
    public var session: String
    /// When it was planned (UTC).
    public var time: String

    public init(
        person: String, phone: String, at: LocalDateTime, timeZone: String, company: String, script: String,
        agent: String, session: String, time: String
    ) {
        self.person = person
        self.phone = phone
        self.at = at
        self.timeZone = timeZone
        self.company = company
        self.script = script
        self.agent = agent
        self.session = session
        self.time = time
    }
}

/// The callback list: JSON Lines of planned callbacks.
public struct CallbackList: Sendable {
    let file: JSONLines<CallbackRecord>

    public init(path: String) { file = JSONLines(path: path, name: "callback list") }

    public func append(_ record: CallbackRecord) throws(RuntimeError) { try file.append(record) }

    public func records() throws(RuntimeError) -> [CallbackRecord] { try file.records() }

    /// Removes every record `drop` picks in one atomic rewrite (erasure, retention).
    @discardableResult
    public func remove(where drop: (CallbackRecord) -> Bool) throws(RuntimeError) -> Int {
        try file.remove(where: drop)
    }

    /// Parses a whole file's bytes: the records and the line numbers of damaged lines.
    public static func parse(_ bytes: [UInt8]) -> (records: [CallbackRecord], damaged: [Int]) {
        JSONLines<CallbackRecord>.parse(bytes)
    }

    /// The callback agreed with this person within `windowMinutes` of `time`, if any.
    public func agreed(for contact: Contact, near time: LocalDateTime, windowMinutes: Int) throws(RuntimeError)
        -> CallbackRecord?
    {
        let number = PhoneNumber.normalize(contact.phone)
        return try records().last { r in
            (r.person == contact.id || (number != nil && PhoneNumber.normalize(r.phone) == number))
                && abs(r.at.minutesSinceEpoch - time.minutesSinceEpoch) <= windowMinutes
        }
    }
}
