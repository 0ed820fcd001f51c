import Foundation

/// `callscript export`: everything the data folder holds about one person (AVG art. 15), as
/// one JSON document: their audit entries, saved sessions, consents, callbacks and whether
/// their number is on the objection list.
public struct DataExport: Codable, Sendable, Hashable {
    public struct Entry: Codable, Sendable, Hashable {
        public var seq: Int
        public var payload: AuditPayload

        public init(seq: Int, payload: AuditPayload) {
            self.seq = seq
            self.payload = payload
        }
    }

    public var format = "callscript-export"
    public var formatVersion = 1
    public var contact: String
    /// UTC, when the export was made.
    public var exported: String
    /// Every number of theirs found in the records, normalised.
    public var phones: [String]
    /// The numbers among `phones` on the objection list (kept after erasure, to honour it).
    public var objections: [String]
    public var audit: [Entry]
    public var sessions: [SessionSnapshot]
    public var consents: [ConsentRecord]
    public var callbacks: [CallbackRecord]

    /// An export of data gathered elsewhere (a database store).
    public init(
        contact: String, exported: String, phones: [String], objections: [String], audit: [Entry],
        sessions: [SessionSnapshot], consents: [ConsentRecord], callbacks: [CallbackRecord]
    ) {
        self.contact = contact
        self.exported = exported
        self.phones = phones
        self.objections = objections
        self.audit = audit
        self.sessions = sessions
        self.consents = consents
        self.callbacks = callbacks
    }

    /// Gathers contact `id`'s data. Salts are left out: they protect the person, not data about them.
    public static func gather(contact id: String, data: DataFolder, clock: RuntimeClock = .system)
        throws(RuntimeError) -> DataExport
    {
        var audit: [Entry] = []
        var phones: Set<String> = []
        for entry in try AuditLog(path: data.auditLog.path).read().entries {
            guard var p = entry.payload, p.contact == id, p.redacted != true, p.kind != "erasure" else { continue }
            p.salt = nil
            if let phone = p.phone { phones.insert(DataEraser.normalized(phone)) }
            audit.append(Entry(seq: entry.seq, payload: p))
        }
        let consents = try ConsentRegister(path: data.consentRegister.path).records().filter { $0.person == id }
        let callbacks = try CallbackList(path: data.callbackList.path).records().filter { $0.person == id }
        for phone in consents.map(\.phone) + callbacks.map(\.phone) { phones.insert(DataEraser.normalized(phone)) }
        let listed = try ObjectionList(path: data.objectionList.path).numbers()
        var sessions: [SessionSnapshot] = []
        let files = (try? FileManager.default.contentsOfDirectory(atPath: data.sessions.path)) ?? []
        for name in files.sorted() where name.hasSuffix(".json") {
            let path = data.sessions.appendingPathComponent(name).path
            if let snapshot = try? SessionSnapshot.decode(Data(try LockedFile.readAll(path)), file: name),
                snapshot.contact == id
            {
                sessions.append(snapshot)
            }
        }
        return DataExport(
            contact: id, exported: Timestamp.utc(clock.now()), phones: phones.sorted(),
            objections: phones.filter(listed.contains).sorted(), audit: audit, sessions: sessions,
            consents: consents, callbacks: callbacks)
    }

    /// Pretty, key-sorted JSON with a final newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}
