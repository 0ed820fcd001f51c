import CallscriptMachine
import Foundation

/// The person a call is made for, read from a contact file (see `Docs/data-formats.md`):
/// `{"id": "K-1001", "phone": "+31 6 1234 5678", "fields": {"first_name": "Anna"},
///   "last_purchase": "2025-03-01", "contract_end": "2025-12-31"}`.
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

    public init(
        id: String, phone: String, fields: [String: String] = [:], lastPurchase: CalendarDate? = nil,
        contractEnd: CalendarDate? = nil
    ) {
        self.id = id
        self.phone = phone
        self.fields = fields
        self.lastPurchase = lastPurchase
        self.contractEnd = contractEnd
    }

    /// The largest contact file read (1 MiB; a real one is a few hundred bytes).
    public static let maximumFileBytes = 1 << 20

    /// Reads a contact file's bytes; `file` is the path shown in errors.
    public static func decode(_ data: Data, file: String) throws(RuntimeError) -> Contact {
        func bad(_ message: String, _ help: String) -> RuntimeError {
            .badContact(file: file, message: message, help: help)
        }
        guard data.count <= maximumFileBytes else {
            throw bad(
                "contact file is larger than \(maximumFileBytes / 1024) KiB",
                "a contact file holds one person's details; check that the right file was given")
        }
        guard let object = try? JSONDecoder().decode([String: JSONScalar].self, from: data) else {
            throw bad(
                "contact file is not a JSON object", "write {\"id\": ..., \"phone\": \"+31...\", \"fields\": {...}}")
        }
        guard case .text(let id)? = object["id"], !id.isEmpty else {
            throw bad("contact has no 'id' (text)", "add the contact's ID from your CRM, e.g. \"id\": \"K-1001\"")
        }
        guard case .text(let raw)? = object["phone"] else {
            throw bad("contact '\(id)' has no 'phone' (text)", "add the number, e.g. \"phone\": \"+31 6 1234 5678\"")
        }
        guard let phone = PhoneNumber.normalize(raw) else {
            throw bad(
                "contact '\(id)' has phone '\(raw)', which is not a valid number",
                "write it with its country code, e.g. +31 6 1234 5678")
        }
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
                case .object, .other:
                    throw bad(
                        "contact '\(id)': field '\(name)' is not text, a number or true/false",
                        "write the value as text")
                }
            }
        default: throw bad("contact '\(id)': 'fields' is not an object", "write \"fields\": {\"name\": \"value\"}")
        }
        func date(_ key: String) throws(RuntimeError) -> CalendarDate? {
            switch object[key] {
            case nil, .null?: return nil
            case .text(let text)?:
                if let date = CalendarDate(text) { return date }
            default: break
            }
            throw bad("contact '\(id)': '\(key)' is not a date", "write YYYY-MM-DD, e.g. \"2025-12-31\"")
        }
        return Contact(
            id: id, phone: phone, fields: fields, lastPurchase: try date("last_purchase"),
            contractEnd: try date("contract_end"))
    }

    /// Reads a contact file from disk.
    public static func load(_ url: URL) throws(RuntimeError) -> Contact {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .io(path: url.path, operation: "read contact file", reason: error.localizedDescription)
        }
        return try decode(data, file: url.lastPathComponent)
    }

    /// The typed values of every contact field the machine declares; every one must be present
    /// and of its type, so a call never starts with a line the agent cannot read.
    public func values(for machine: Machine, file: String = "contact") throws(RuntimeError) -> [String: FieldValue] {
        var out: [String: FieldValue] = [:]
        var problems: [String] = []
        for field in machine.fields where field.origin == .contact {
            guard let raw = fields[field.name] else {
                problems.append(
                    "contact '\(id)' has no field '\(field.name)' (\(field.type.description)) that the script needs")
                continue
            }
            switch FieldParser.parse(raw, as: field.type) {
            case .success(let value): out[field.name] = value
            case .failure(let refusal): problems.append("contact '\(id)': field '\(field.name)': \(refusal.reason)")
            }
        }
        if !problems.isEmpty {
            throw .badContact(
                file: file, message: problems.joined(separator: "; "),
                help: "add the fields under \"fields\" in the contact file before calling")
        }
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
