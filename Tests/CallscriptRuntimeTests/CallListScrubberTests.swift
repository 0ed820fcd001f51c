import CallscriptMachine
import Foundation
import Testing

@testable import CallscriptRuntime

@Suite struct CSVTableTests {
    func parse(_ text: String) throws -> CSVTable { try CSVTable.parse(Array(text.utf8), file: "lijst.csv") }

    @Test func dutchExcelWithBOMSemicolonsQuotesAndCRLF() throws {
        let table = try parse(
            "\u{FEFF}id;phone;voornaam;notitie\r\nK-1;06 1234 5678;Anna;\"na 17:00; via \"\"Jeroen\"\"\"\r\nK-2;0201234567;Bram;\"twee\r\nregels\"\r\nK-3;+31 6 1;Els;\r\n"
        )
        #expect(table.hadByteOrderMark && table.delimiter == UInt8(ascii: ";"))
        #expect(table.header == ["id", "phone", "voornaam", "notitie"])
        #expect(table.rows.map(\.line) == [2, 3, 5])
        #expect(table.rows[0].fields == ["K-1", "06 1234 5678", "Anna", "na 17:00; via \"Jeroen\""])
        #expect(table.rows[1].fields[3] == "twee\r\nregels")
        let again = try CSVTable.parse(table.encoded(), file: "uit.csv")
        #expect(again.header == table.header && again.rows.map(\.fields) == table.rows.map(\.fields))
    }

    @Test func commasTabsAndTheSepHint() throws {
        #expect(try parse("id,phone,voornaam\nK-1,\"06 1234 5678\",Anna\n").delimiter == UInt8(ascii: ","))
        #expect(try parse("id\tphone\nK-1\t0612345678\n").delimiter == 0x09)
        let hinted = try parse("sep=,\r\nid,phone;x\r\nK-1,0612345678;y\r\n")
        #expect(hinted.delimiter == UInt8(ascii: ",") && hinted.rows[0].fields == ["K-1", "0612345678;y"])
    }

    @Test func unreadableFilesAreErrorsWithTheLine() {
        #expect(throws: RuntimeError.self) { try parse("") }
        #expect(throws: RuntimeError.self) { try parse("\u{FEFF}") }
        #expect(
            throws: RuntimeError.badCallList(
                file: "lijst.csv", line: 3, message: "a quoted field that starts on this line is never closed",
                help: "close the field with \" (a quote inside a field is written twice: \"\")")
        ) { try parse("id;phone\nK-1;0612345678\nK-2;\"0612345679\n") }
        #expect(throws: RuntimeError.self) {
            try CSVTable.parse(
                Array("id;phone;naam\nK-1;0612345678;Jos\u{E9}".utf8.dropLast(2)) + [0xE9], file: "x.csv")
        }
    }
}

@Suite struct CallListScrubberTests {
    let winback = Fixtures.winback()
    let today = CalendarDate(year: 2026, month: 3, day: 2)

    func data(consents: [(String, String, ConsentRecord.Status)] = [], objections: String = "") throws -> DataFolder {
        let data = Fixtures.dataFolder()
        try data.prepare()
        try Data(objections.utf8).write(to: data.objectionList)
        let register = ConsentRegister(path: data.consentRegister.path)
        for (person, phone, status) in consents {
            try register.append(
                ConsentRecord(
                    person: person, phone: phone, company: winback.script.company, purpose: "telemarketing",
                    time: "2026-01-01T10:00:00Z", script: "", agent: "web", status: status, verifiedBy: "sms",
                    verifiedAt: "2026-01-01T10:00:00Z"))
        }
        return data
    }

    func scrub(_ csv: String, _ data: DataFolder, machine: Machine? = nil) throws -> ScrubResult {
        try CallListScrubber.scrub(
            try CSVTable.parse(Array(csv.utf8), file: "lijst.csv"), file: "lijst.csv", machine: machine ?? winback,
            data: data, today: today)
    }

    @Test func everyRemovedRowSaysWhy() throws {
        let data = try data(
            consents: [
                ("K-1", "+31612345678", .given), ("K-2", "+31623456789", .given), ("K-3", "+31634567890", .given),
                ("K-4", "+31645678901", .given), ("CRM-9", "06-4567 8901", .withdrawn),
            ],
            objections: "+31 (0)6 3456 7890\r\n")
        let result = try scrub(
            """
            id;phone;first_name;customer_since
            K-1;06 1234 5678;Anna;2019-05-01
            K-2;+31\u{00A0}6\u{00A0}2345\u{00A0}6789;Bram;2020-01-31
            K-3;0031 6 34567890;Fatima;2021-02-01
            K-4;06-45678901;Kees;2018-03-01
            K-5;+31 6 1234 5678;Anna;2019-05-01
            K-6;0612-34;Sanne;2019-05-01
            K-7;06 7890 1234;Joost;2019-05-01
            K-2;06 9999 0000;Bram;2020-01-31
            K-8;06 8901 2345;Eva
            ;06 5555 1234;Zonder;2019-05-01
            """, data)
        #expect(result.callable.rows.map { $0.fields[0] } == ["K-1", "K-2"])
        #expect(result.callable.rows.map { $0.fields[1] } == ["+31612345678", "+31623456789"])
        #expect(
            result.removed.map { "\($0.line) \($0.id) \($0.rule)" } == [
                "4 K-3 NL-GATE-OBJECTION", "5 K-4 NL-GATE-BASIS", "6 K-5 DUPLICATE", "7 K-6 INVALID-PHONE",
                "8 K-7 NL-GATE-BASIS", "9 K-2 DUPLICATE", "10 K-8 INVALID-ROW", "11  INVALID-ROW",
            ])
        let reasons = Dictionary(result.removed.map { ($0.line, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons[4] == "+31634567890 is on the objection list")
        #expect(reasons[6] == "+31612345678 is also on line 2")
        #expect(reasons[7]?.contains("'0612-34' is not a phone number") == true)
        #expect(reasons[8]?.hasPrefix("no consent for 'telemarketing'") == true)
        #expect(reasons[10] == "the row has 3 fields, the header 4")
    }

    @Test func theScriptsFieldsMustBeThere() throws {
        let data = try data(consents: [("K-1", "+31612345678", .given)])
        let result = try scrub("id;phone;first_name\nK-1;0612345678;Anna\n", data)
        #expect(result.removed.map(\.rule) == ["MISSING-FIELD"])
        #expect(
            result.removed.first?.reason == "contact 'K-1' has no field 'customer_since' (date) that the script needs")
    }

    @Test func theCustomerTermIsTheGatesOwn() throws {
        var machine = winback
        machine.script.audience = .customers(months: 36)
        let result = try scrub(
            """
            id,phone,first_name,customer_since,contract_end,last_purchase
            K-1,0612345678,Anna,2019-05-01,2023-03-02,
            K-2,0623456789,Bram,2019-05-01,2023-03-01,
            K-3,0634567890,Els,2019-05-01,,2024-01-15
            K-4,0645678901,Kees,2019-05-01,,
            K-5,0656789012,Lotte,2019-05-01,2024-02-30,
            """, try data(), machine: machine)
        #expect(result.callable.rows.map { $0.fields[0] } == ["K-1", "K-3"])
        #expect(result.removed.map(\.rule) == ["NL-GATE-BASIS", "NL-GATE-BASIS", "INVALID-ROW"])
        #expect(result.removed[0].reason.contains("ended more than 36 months ago"))
        #expect(result.removed[2].reason.contains("contract_end '2024-02-30' is not a date"))
    }

    @Test func aBusinessListKeepsOnlyLegalPersons() throws {
        var machine = winback
        machine.script.audience = .business
        let result = try scrub(
            """
            id,phone,first_name,customer_since,legal_form
            K-1,0612345678,Anna,2019-05-01,B.V.
            K-2,0623456789,Bram,2019-05-01,eenmanszaak
            K-3,0634567890,Els,2019-05-01,
            K-4,0645678901,Kees,2019-05-01,Stichting
            """, try data(), machine: machine)
        #expect(result.callable.rows.map { $0.fields[0] } == ["K-1", "K-4"])
        #expect(result.removed.map(\.rule) == ["NL-GATE-BASIS", "NL-GATE-BASIS"])
        #expect(result.removed[1].reason.contains("has no legal_form"))
    }

    @Test func aListWithoutIdOrPhoneColumnIsRefused() throws {
        #expect(throws: RuntimeError.self) { try scrub("naam;telefoon\nAnna;0612345678\n", try data()) }
    }

    @Test func anUnreadableObjectionListRefusesTheWholeList() throws {
        let data = try data(consents: [("K-1", "+31612345678", .given)], objections: "+31201234567\nAnna de Vries\n")
        #expect(throws: RuntimeError.self) {
            try scrub("id;phone;first_name;customer_since\nK-1;0612345678;Anna;2019-05-01\n", data)
        }
    }

    @Test func theSnapshotDecidesLikeTheGate() throws {
        let data = try data(consents: [
            ("K-1", "+31612345678", .given), ("CRM-1", "06 1234 5678", .withdrawn), ("K-1", "+31612345678", .given),
            ("K-2", "+31623456789", .given), ("K-2", "+31623456789", .withdrawn),
        ])
        let records = try ConsentRegister(path: data.consentRegister.path).records()
        let snapshot = ConsentSnapshot(records, company: winback.script.company, purpose: "telemarketing")
        for contact in [
            Contact(id: "K-1", phone: "+31612345678"), Contact(id: "K-2", phone: "+31623456789"),
            Contact(id: "CRM-1", phone: "+31699999999"), Contact(id: "K-9", phone: "+31612345678"),
            Contact(id: "K-9", phone: "+31600000000"),
        ] {
            let register = try ConsentRegister(path: data.consentRegister.path).hasConsent(
                contact: contact, company: winback.script.company, purpose: "telemarketing")
            #expect(snapshot.hasConsent(contact) == register, "\(contact.id) \(contact.phone)")
        }
    }

    /// A runner stopped between journaling an objection and appending it to the list: the
    /// scrub completes the step first, so the number is not handed to the dialler.
    @Test func anInterruptedObjectionIsHonoured() throws {
        let csv = "id;phone;first_name;customer_since\nK-1;0612345678;Anna;2019-05-01\n"
        var found = false
        for failAt in 1...12 where !found {
            let data = try data(consents: [("K-1", "+31612345678", .given)])
            let step = StepWrite(
                session: "call-7", records: [.objection(phone: "06 1234 5678")],
                audit: [
                    AuditPayload(
                        kind: "objection-recorded", time: "t", agent: "Jan", contact: "K-1", script: "d",
                        session: "call-7")
                ])
            _ = try? FileRecordStore(data, ops: .faulty(FaultPlan(failAt: failAt))).commit(step)
            let journaled = try !FileRecordStore(data).journals().isEmpty
            guard journaled, try !ObjectionList(path: data.objectionList.path).contains("+31612345678") else {
                continue
            }
            found = true
            let result = try scrub(csv, data)
            #expect(result.removed.map(\.rule) == ["NL-GATE-OBJECTION"])
            #expect(result.warnings.contains { $0.contains("completed 1 interrupted step") }, "\(result.warnings)")
        }
        #expect(found, "no fault point left the objection only in the journal")
    }
}
