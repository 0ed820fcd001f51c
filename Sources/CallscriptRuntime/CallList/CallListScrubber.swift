import CallscriptMachine
import Foundation

/// A row taken off a call list, and why.
public struct RemovedRow: Sendable, Hashable {
    /// The line of the list the row starts on.
    public var line: Int
    public var id: String
    /// The number as the list wrote it.
    public var phone: String
    /// `DUPLICATE`, `NL-GATE-OBJECTION`, `NL-GATE-BASIS`, `INVALID-PHONE`, `INVALID-ROW` or `MISSING-FIELD`.
    public var rule: String
    public var reason: String
}

/// The outcome of scrubbing: the callable rows (numbers in E.164) and every removed row.
public struct ScrubResult: Sendable {
    public var callable: CSVTable
    public var removed: [RemovedRow]
    /// Interrupted steps completed, cut-off lines skipped (each a whole `path: warning: ...` line).
    public var warnings: [String]
}

/// Scrubs a call list before dialling ("ontdubbelen met de Recht van verzet-lijst"): normalises
/// every number and removes duplicates, numbers on the objection list, contacts without a
/// basis for this campaign (the basis gate's own rules) and rows that cannot be read.
public enum CallListScrubber {
    public static let duplicateRule = "DUPLICATE"
    public static let invalidPhoneRule = "INVALID-PHONE"
    public static let invalidRowRule = "INVALID-ROW"
    public static let missingFieldRule = "MISSING-FIELD"

    /// Columns with a meaning of their own; every other column is a contact field.
    static let idColumn = "id"
    static let phoneColumn = "phone"
    static let dateColumns = ["last_purchase", "contract_end"]

    /// Throws when the list has no `id` or `phone` column or a record cannot be read at all
    /// (the objection list or consent register unreadable): then nothing may be called.
    public static func scrub(
        _ table: CSVTable, file: String, machine: Machine, data: DataFolder, policy: GatePolicy = .netherlands,
        today: CalendarDate
    ) throws(RuntimeError) -> ScrubResult {
        let columns = table.header.map { $0.lowercased() }
        guard let idIndex = columns.firstIndex(of: idColumn), let phoneIndex = columns.firstIndex(of: phoneColumn)
        else {
            let missing = [idColumn, phoneColumn].filter { !columns.contains($0) }.joined(separator: " and ")
            throw .badCallList(
                file: file, line: 1,
                message: "the header row has no \(missing) column (it has: \(table.header.joined(separator: ", ")))",
                help: "name the columns id and phone in the first row, e.g. id;phone;first_name")
        }
        // As before a call: interrupted steps are completed first, so an objection a runner
        // was recording when it stopped is on the list before the list is read.
        let storeWarnings = try FileRecordStore(data).prepare()
        let objections = try ObjectionList(path: data.objectionList.path).snapshot()
        let consents: ConsentSnapshot? =
            machine.script.audience.kind == .optIn
            ? ConsentSnapshot(
                try ConsentRegister(path: data.consentRegister.path).records(), company: machine.script.company,
                purpose: policy.consentPurpose)
            : nil

        // The list is for calls today: a consent verified later today still counts.
        let endOfToday = Date(timeIntervalSince1970: TimeInterval((today.daysSinceEpoch + 1) * 86_400 - 1))
        var callable = CSVTable(
            header: table.header, rows: [], delimiter: table.delimiter, hadByteOrderMark: table.hadByteOrderMark)
        var removed: [RemovedRow] = []
        var firstByNumber: [UInt64: Int] = [:]
        var firstByID: [String: Int] = [:]
        for row in table.rows {
            let id = idIndex < row.fields.count ? row.fields[idIndex] : ""
            let phone = phoneIndex < row.fields.count ? row.fields[phoneIndex] : ""
            func remove(_ rule: String, _ reason: String) {
                removed.append(RemovedRow(line: row.line, id: id, phone: phone, rule: rule, reason: reason))
            }
            guard row.fields.count == table.header.count else {
                remove(invalidRowRule, "the row has \(row.fields.count) fields, the header \(table.header.count)")
                continue
            }
            guard !id.isEmpty else {
                remove(invalidRowRule, "the row has no id")
                continue
            }
            let number: PhoneNumber
            do { number = try PhoneNumber(parsing: phone) } catch {
                remove(invalidPhoneRule, error.reason)
                continue
            }
            if let first = firstByNumber[number.digits] {
                remove(duplicateRule, "\(number) is also on line \(first)")
                continue
            }
            if let first = firstByID[id] {
                remove(duplicateRule, "contact '\(id)' is also on line \(first)")
                continue
            }
            firstByNumber[number.digits] = row.line
            firstByID[id] = row.line
            if objections.contains(number) {
                remove(Gates.objectionRule, "\(number) is on the objection list")
                continue
            }
            let contact: Contact
            switch self.contact(row, columns: columns, header: table.header, id: id, number: number) {
            case .success(let c): contact = c
            case .failure(let problem):
                remove(invalidRowRule, problem.text)
                continue
            }
            let basis = Gates.basis(machine, contact, policy, today: today, now: endOfToday) { c throws(RuntimeError) in
                consents?.latestRecord(c)
            }
            if !basis.passed {
                remove(Gates.basisRule, basis.reason)
                continue
            }
            do { _ = try contact.values(for: machine) } catch {
                remove(missingFieldRule, error.diagnostics.map(\.message).joined(separator: "; "))
                continue
            }
            var fields = row.fields
            fields[phoneIndex] = number.e164
            callable.rows.append(CSVTable.Row(line: row.line, fields: fields))
        }
        return ScrubResult(
            callable: callable, removed: removed,
            warnings: storeWarnings + objections.warnings.map { "\(data.objectionList.path): warning: \($0)" })
    }

    private static func contact(
        _ row: CSVTable.Row, columns: [String], header: [String], id: String, number: PhoneNumber
    )
        -> Result<Contact, RowProblem>
    {
        var contact = Contact(id: id, phone: number.e164)
        for (i, column) in columns.enumerated() where column != idColumn && column != phoneColumn {
            let value = row.fields[i]
            if dateColumns.contains(column) {
                if value.isEmpty { continue }
                guard let date = CalendarDate(value) else {
                    return .failure(
                        RowProblem(text: "\(column) '\(value)' is not a date (write YYYY-MM-DD, e.g. 2025-12-31)"))
                }
                if column == "last_purchase" { contact.lastPurchase = date } else { contact.contractEnd = date }
            } else if column == "legal_form" {
                if !value.isEmpty { contact.legalForm = value }
            } else if !value.isEmpty {
                contact.fields[header[i]] = value
            }
        }
        return .success(contact)
    }
}

/// Why a row does not make a contact.
struct RowProblem: Error {
    var text: String
}
