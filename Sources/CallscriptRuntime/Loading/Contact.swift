import CallscriptIO
import CallscriptMachine
import Foundation

/// The person a call is made for, read from a contact file (see `Docs/data-formats.md`):
/// `{"id": "K-1001", "phone": "+31 6 1234 5678", "fields": {"first_name": "Anna"},
///   "last_purchase": "2025-03-01", "contract_end": "2025-12-31"}`, and optionally `time_zone`
/// (IANA, for a policy read on the callee's clock), `state` (US postal code), `source`
/// (where the customer record comes from, shown when the call starts) and `legal_form` (for
/// `audience business`: `BV`, `stichting`, `eenmanszaak`, ...).
public struct Contact: Hashable, Sendable {
    /// The organisation's own stable ID for the person (used to redact the audit trail).
    public var id: String
    /// E.164 form.
    public var phone: String
    /// Raw field values as text (numbers and booleans in the file are turned into text).
    public var fields: [String: String]
    /// For `audience customers`: the last purchase and the end of the last contract.
    public var lastPurchase: CalendarDate?
    public var contractEnd: CalendarDate?
    /// The callee's IANA time zone (`America/Los_Angeles`); without it a callee-clock policy
    /// uses every zone the number's area code can be in.
    public var timeZone: String?
    /// The callee's US state (`FL`), for state overlays; the area code counts too.
    public var state: String?
    /// Where the customer record comes from (`klantenbestand, contract 2024-118`), shown to
    /// the agent when the call starts (NL-DATA-SOURCE).
    public var source: String?
    /// The organisation's legal form as the record gives it (`B.V.`, `stichting`), which an
    /// `audience business` call needs (`LegalForm`).
    public var legalForm: String?

    public init(
        id: String, phone: String, fields: [String: String] = [:], lastPurchase: CalendarDate? = nil,
        contractEnd: CalendarDate? = nil, timeZone: String? = nil, state: String? = nil, source: String? = nil,
        legalForm: String? = nil
    ) {
        self.id = id
        self.phone = phone
        self.fields = fields
        self.lastPurchase = lastPurchase
        self.contractEnd = contractEnd
        self.timeZone = timeZone
        self.state = state
        self.source = source
        self.legalForm = legalForm
    }

    /// The largest contact file read (1 MiB; a real one is a few hundred bytes).
    public static let maximumFileBytes = 1 << 20

    /// Reads a contact file's bytes; `file` is the path shown in errors.
    public static func decode(_ data: Data, file: String) throws(RuntimeError) -> Contact {
        func bad(_ problem: ContactProblem) -> RuntimeError { .badContact(file: file, problem) }
        guard data.count <= maximumFileBytes else { throw bad(.tooLarge(limit: maximumFileBytes)) }
        guard let object = try? JSONDecoder().decode([String: JSONScalar].self, from: data) else {
            throw bad(.notAnObject)
        }
        guard case .text(let id)? = object["id"], !id.isEmpty else { throw bad(.missingID) }
        guard case .text(let raw)? = object["phone"] else { throw bad(.missingPhone(contact: id)) }
        guard let phone = PhoneNumber.normalize(raw) else { throw bad(.invalidPhone(contact: id, phone: raw)) }
        var fields: [String: String] = [:]
        switch object["fields"] {
        case nil, .null?: break
        case .object(let entries)?:
            for (name, value) in entries {
                switch value {
                case .text(let s): fields[name] = s
                case .number(let n): fields[name] = n
                case .bool(let b): fields[name] = b ? "yes" : "no"
                case .null: continue
                case .object, .other: throw bad(.fieldNotScalar(contact: id, field: name))
                }
            }
        default: throw bad(.fieldsNotObject(contact: id))
        }
        func date(_ key: String) throws(RuntimeError) -> CalendarDate? {
            switch object[key] {
            case nil, .null?: return nil
            case .text(let text)?:
                if let date = CalendarDate(text) { return date }
            default: break
            }
            throw bad(.invalidDate(contact: id, key: key))
        }
        func text(_ key: String) throws(RuntimeError) -> String? {
            switch object[key] {
            case nil, .null?: return nil
            case .text(let text)?:
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : trimmed
            default: throw bad(.notText(contact: id, key: key))
            }
        }
        let zone = try text("time_zone")
        if let zone, TimeZone(identifier: zone) == nil { throw bad(.invalidTimeZone(contact: id, zone: zone)) }
        return Contact(
            id: id, phone: phone, fields: fields, lastPurchase: try date("last_purchase"),
            contractEnd: try date("contract_end"), timeZone: zone, state: try text("state")?.uppercased(),
            source: try text("source"), legalForm: try text("legal_form"))
    }

    /// Reads a contact file from disk.
    public static func load(_ url: URL) throws(RuntimeError) -> Contact { try load(path: url.path) }

    /// Reads a contact file from disk; errors name the path as given.
    public static func load(path: String) throws(RuntimeError) -> Contact {
        switch InputFile.read(path, limit: maximumFileBytes) {
        case .success(let bytes): return try decode(Data(bytes), file: path)
        case .failure(.notFound): throw .contactNotFound(path: path)
        case .failure(.tooLarge(let limit)): throw .badContact(file: path, .tooLarge(limit: limit))
        case .failure(let problem): throw .contactUnreadable(path: path, problem: problem)
        }
    }

    /// The typed values of every contact field the machine declares; every one must be present
    /// and of its type, so a call never starts with a line the agent cannot read.
    public func values(for machine: Machine, file: String = "contact") throws(RuntimeError) -> [String: FieldValue] {
        var out: [String: FieldValue] = [:]
        var problems: [ContactFieldProblem] = []
        for field in machine.fields where field.origin == .contact {
            guard let raw = fields[field.name] else {
                problems.append(.missing(field: field.name, type: field.type.description))
                continue
            }
            switch FieldParser.parse(raw, as: field.type) {
            case .success(let value): out[field.name] = value
            case .failure(let refusal): problems.append(.invalid(field: field.name, reason: refusal.reason))
            }
        }
        if !problems.isEmpty { throw .contactFields(file: file, contact: id, problems: problems) }
        return out
    }
}

/// One JSON value of a contact file, read leniently so that wrong types get our own message.
indirect enum JSONScalar: Decodable {
    case text(String)
    case number(String)
    case bool(Bool)
    case null
    case object([String: JSONScalar])
    case other

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
            return
        }
        if let b = try? c.decode(Bool.self) {
            self = .bool(b)
            return
        }
        if let i = try? c.decode(Int.self) {
            self = .number(String(i))
            return
        }
        if let d = try? c.decode(Decimal.self) {
            self = .number(d.description)
            return
        }
        if let s = try? c.decode(String.self) {
            self = .text(s)
            return
        }
        if let o = try? c.decode([String: JSONScalar].self) {
            self = .object(o)
            return
        }
        self = .other
    }
}
