import CallscriptDiagnostics
import CallscriptIO
import CallscriptMachine
import CallscriptRuntime
import CallscriptTestSupport
import Foundation
import Testing

/// One `## RTxxxx: title` section of Docs/diagnostics.md.
struct DocumentedRuntimeCode: Sendable {
    var code: String
    var title: String
    /// From `Exit status: N.`; nil when the section does not say.
    var exitStatus: Int32?
    /// The example message of the section (its ```text block).
    var example: String = ""
}

enum RuntimeCodesDoc {
    static func sections() throws -> [DocumentedRuntimeCode] {
        let text = try String(
            contentsOf: RepositoryPaths.docs.appendingPathComponent("diagnostics.md"), encoding: .utf8)
        var sections: [DocumentedRuntimeCode] = []
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inBlock = line == "```text" && !sections.isEmpty
                continue
            }
            if inBlock {
                sections[sections.count - 1].example += line + "\n"
            } else if line.hasPrefix("## RT"), let colon = line.firstIndex(of: ":") {
                let code = String(line[line.index(line.startIndex, offsetBy: 3)..<colon])
                let title = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                sections.append(DocumentedRuntimeCode(code: code, title: title))
            } else if line.hasPrefix("Severity: error. Exit status: "), !sections.isEmpty {
                sections[sections.count - 1].exitStatus = Int32(line.dropFirst(30).prefix(1))
            }
        }
        return sections
    }
}

/// One error of every kind, so the catalogue and the doc are checked code by code.
enum RuntimeErrorSamples {
    static let decision = GateDecision(
        results: [
            GateResult(rule: Gates.objectionRule, passed: true, reason: "not on the objection list"),
            GateResult(rule: Gates.hoursRule, passed: false, reason: "2026-04-06 is Tweede Paasdag, a public holiday"),
        ], localTime: "2026-04-06T10:00 Europe/Amsterdam")

    static let all: [RuntimeError] = [
        .scriptNotFound(path: "winback.call"),
        .machineUnreadable(path: "machines", problem: .isFolder),
        .scriptHasErrors(path: "winback.call", errors: 2),
        .noSavedSession(file: "sessions/call-7.json", id: "call-7"),
        .notASession(file: "call-7.json"),
        .sessionVersion(file: "call-7.json", version: 9),
        .sessionForOtherMachine(saved: "3fa2c1d4e5f6a7b8", loaded: "9b8a7c6d5e4f3a2b"),
        .sessionForOtherContact(file: "call-7.json", saved: "K-1001", given: "K-1002"),
        .sessionDoesNotFit(file: "call-7.json", detail: "state 'offer.9' does not exist in the machine"),
        .replayMismatch(file: "audit.jsonl", entry: 12, detail: "it is at 'offer.2' but the replay is at 'intro.1'"),
        .sessionAheadOfLog(file: "call-7.json", saved: 5, logged: 3),
        .noInterruptedCall(contact: "K-1001", folder: "callscript-data", otherMachine: true),
        .sessionBusy(session: "call-20261130-090000-3fa2c1"),
        .sessionEnded(session: "call-20261130-090000-3fa2c1"),
        .invalidSessionID(id: "../audit"),
        .contactNotFound(path: "contacts/K-1001.json"),
        .contactUnreadable(path: "contacts", problem: .isFolder),
        .badContact(file: "export.json", .tooLarge(limit: 1 << 20)),
        .badContact(file: "K-1001.json", .notAnObject),
        .badContact(file: "K-1001.json", .missingID),
        .badContact(file: "K-1001.json", .missingPhone(contact: "K-1001")),
        .badContact(file: "K-1001.json", .invalidPhone(contact: "K-1001", phone: "0612")),
        .badContact(file: "K-1001.json", .fieldNotScalar(contact: "K-1001", field: "adres")),
        .badContact(file: "K-1001.json", .fieldsNotObject(contact: "K-1001")),
        .badContact(file: "K-1001.json", .invalidDate(contact: "K-1001", key: "contract_end")),
        .contactFields(file: "K-1001.json", contact: "K-1001", problems: [.missing(field: "voornaam", type: "text")]),
        .contactFields(
            file: "K-1001.json", contact: "K-1001", problems: [.invalid(field: "verbruik", reason: "not a number")]),
        .agentNameEmpty,
        .badPhone(PhoneNumberError(input: "06-1234x678", problem: .invalidCharacter("x", position: 8))),
        .badCallList(
            file: "bellijst.csv", line: 1,
            message: "the header row has no id and phone column (it has: naam, telefoon)",
            help: "name the columns id and phone in the first row, e.g. id;phone;first_name"),
        .callRefused(decision),
        .resumeRefused(decision),
        .io(path: "callscript-data/objections.txt", operation: "write", reason: "No space left on device"),
        .dataFolder(path: "callscript-data", reason: "it is a file, not a folder"),
        .badObjectionLine(
            path: "callscript-data/objections.txt", line: 2,
            problem: PhoneNumberError(input: "bel niet: 06 1234 5678", problem: .invalidCharacter("b", position: 1)),
            more: 0),
        .simulatedTimeOnRealData(path: "callscript-data"),
        .practiceOnRealData(path: "callscript-data"),
        .realCallOnPracticeData(path: "oefen-data"),
        .journalDamaged(path: "callscript-data/pending/call-7.step", reason: "it is not a step journal"),
        .storeLibraryMissing(reason: "libpq.so.5: cannot open shared object file: No such file or directory"),
        .storeUnreachable(
            store: "postgres://callscript@db.floor.local/callscript",
            reason: "connection to server at \"db.floor.local\" (10.0.4.12), port 5432 failed: Connection refused"),
        .storeNotMigrated(store: "postgres://callscript@db.floor.local/callscript", found: 0, expected: 1),
        .storeFailed(
            store: "postgres://callscript@db.floor.local/callscript", operation: "commit a step",
            reason: "PostgreSQL error 53100: could not extend file: No space left on device"),
        .auditTruncated(path: "audit.jsonl", line: 41),
        .auditBroken(path: "audit.jsonl", problem: "line 12: entry changed"),
        .auditLogUnreadable(path: "callscript-data/audit", problem: .isFolder),
        .auditKey(path: "/etc/callscript/audit.key", problem: .missing),
        .auditKey(path: "/etc/callscript/audit.key", problem: .readableByOthers(mode: "644")),
        .auditKey(path: "/etc/callscript/audit.key", problem: .malformed),
        .auditKey(path: "callscript-data/audit.key", problem: .insideDataFolder(folder: "callscript-data")),
        .auditKey(path: "audit.key", problem: .exists),
        .auditKey(path: "callscript-data", problem: .notGiven(command: "erase", option: "--audit-key")),
        .badSettings(path: "callscript-data/settings.json", problem: .notAnObject),
        .badSettings(
            path: "callscript-data/settings.json", problem: .longerThanCustomerTerm(kind: "audit", period: "5y")),
        .erasureNeedsContact(path: "callscript-data"),
        .outputStream(name: "standard output", reason: "No space left on device"),
        .outputFile(OutputFileError(path: "winback.json", operation: "write", reason: "No space left on device")),
        .inputUnreadable(path: "tests", problem: .isFolder),
        .badContact(file: "US-1001.json", .invalidTimeZone(contact: "US-1001", zone: "Pacific Time")),
    ]

    /// Agent input refused with a code (the others are prompts to try again).
    static let refusals: [InputRefusal] = [.eventNotApplicable(event: .complaint, handler: .objection)]
}

@Suite struct RuntimeCodesDocTests {
    @Test func everyRuntimeCodeIsDocumentedOnceWithItsTitle() throws {
        let sections = try RuntimeCodesDoc.sections()
        let documented = sections.map(\.code)
        #expect(documented.count == Set(documented).count, "a code is documented twice")
        for code in DiagnosticCode.allRuntimeCodes {
            let section = sections.first { $0.code == code.id }
            #expect(section != nil, "\(code.id) is not documented")
            #expect(section?.title == code.title, "\(code.id): the doc's title differs from the code's")
        }
        let unknown = documented.filter { id in !DiagnosticCode.allRuntimeCodes.contains { $0.id == id } }
        #expect(unknown.isEmpty, "documented but not declared: \(unknown)")
    }

    @Test func codesAreUniqueAndInTheirRanges() {
        let ids = DiagnosticCode.allRuntimeCodes.map(\.id)
        #expect(ids.count == Set(ids).count)
        for id in ids {
            let number = Int(id.dropFirst(2)) ?? -1
            #expect(id.hasPrefix("RT") && (1...599).contains(number) && number % 100 != 0, "\(id)")
        }
    }

    @Test func everyCodeHasACatalogueEntryWithHelp() {
        var seen: Set<String> = []
        for error in RuntimeErrorSamples.all {
            let diagnostics = error.diagnostics
            #expect(!diagnostics.isEmpty, "\(error) gives no diagnostic")
            for d in diagnostics {
                seen.insert(d.code)
                #expect(d.severity == .error)
                #expect(d.help.map { !$0.isEmpty } == true, "\(d.code) has no help")
                #expect(d.message.first.map { !$0.isUppercase } == true, "\(d.code): '\(d.message)'")
                #expect(!d.message.hasSuffix("."), "\(d.code): '\(d.message)'")
            }
        }
        for refusal in RuntimeErrorSamples.refusals {
            let d = refusal.diagnostic
            #expect(d?.help.map { !$0.isEmpty } == true, "\(refusal) has no help")
            if let d { seen.insert(d.code) }
        }
        let missing = DiagnosticCode.allRuntimeCodes.map(\.id).filter { !seen.contains($0) }
        #expect(missing.isEmpty, "codes without a sample error: \(missing)")
    }

    @Test func docExamplesAreWhatTheCatalogueSaysAndTheExitStatusMatches() throws {
        let sections = try RuntimeCodesDoc.sections()
        for error in RuntimeErrorSamples.all {
            for d in error.diagnostics {
                guard let section = sections.first(where: { $0.code == d.code }) else { continue }
                #expect(section.exitStatus == error.exitCode, "\(d.code): the doc's exit status differs")
                // The doc shows the first line as the CLI prints it: with `callscript:` when no file.
                let shown = (d.range.file.isEmpty ? "callscript: " : "") + RuntimeMessages.text([d])
                let firstLine = shown.split(separator: "\n").first.map(String.init) ?? ""
                let documented = section.example.split(separator: "\n").first.map(String.init) ?? ""
                // Examples use realistic values, so compare the fixed parts: code and where it points.
                #expect(documented.hasSuffix("[\(d.code)]"), "\(d.code): example '\(documented)'")
                #expect(firstLine.hasSuffix("[\(d.code)]"))
                #expect(
                    documented.hasPrefix("callscript: ") == firstLine.hasPrefix("callscript: "),
                    "\(d.code): the example and the message disagree on having a file: '\(documented)'")
            }
        }
    }

    @Test func textRendersLikeTheCompilersDiagnostics() {
        let text = RuntimeError.contactUnreadable(path: "contacts", problem: .isFolder).description
        #expect(
            text == """
                contacts: error: cannot read the contact file: it is a folder, not a file [RT0102]
                  = help: pass a file inside the folder: one person's contact file, e.g. contacts/K-1001.json
                """)
        let truncated = RuntimeError.auditTruncated(path: "audit.jsonl", line: 41).description
        #expect(truncated.hasPrefix("audit.jsonl:41:1: error: the last audit entry is cut off"))
    }

    @Test func summaryIsOneLineWithEveryCode() {
        let error = RuntimeError.contactFields(
            file: "K-8.json", contact: "K-8",
            problems: [.missing(field: "voornaam", type: "text"), .invalid(field: "verbruik", reason: "not a number")])
        #expect(
            error.summary
                == "contact 'K-8' has no field 'voornaam' (text) that the script needs [RT0111]; contact 'K-8': field 'verbruik': not a number [RT0112]"
        )
    }

    @Test func refusedCallGivesOneDiagnosticPerRefusingGate() {
        let diagnostics = RuntimeError.callRefused(RuntimeErrorSamples.decision).diagnostics
        #expect(diagnostics.map(\.code) == ["RT0201"])
        #expect(
            diagnostics.first?.message
                == "call refused by NL-GATE-HOURS: 2026-04-06 is Tweede Paasdag, a public holiday")
        #expect(diagnostics.first?.notes.first?.hasPrefix("checked at 2026-04-06T10:00 Europe/Amsterdam") == true)
    }

    @Test func runtimeDiagnosticsEncodeInTheJSONReport() throws {
        let diagnostics = RuntimeError.badContact(file: "K-1001.json", .missingID).diagnostics
        let report = JSONReport(tool: "callscript test", files: ["K-1001.json"], diagnostics: diagnostics)
        let decoded = try JSONDecoder().decode(JSONReport.self, from: try report.encoded())
        #expect(decoded.diagnostics == diagnostics)
        #expect(decoded.diagnostics.first?.code == "RT0105")
        #expect(decoded.summary.errors == 1)
    }

    @Test func aContactPathThatIsAFolderIsNamedInWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contacts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: RuntimeError.contactUnreadable(path: folder.path, problem: .isFolder)) {
            try Contact.load(folder)
        }
        #expect(throws: RuntimeError.contactNotFound(path: folder.path + "/K-1001.json")) {
            try Contact.load(folder.appendingPathComponent("K-1001.json"))
        }
        #expect(throws: RuntimeError.machineUnreadable(path: folder.path, problem: .isFolder)) {
            try MachineLoader.load(contentsOf: folder, on: CalendarDate(year: 2026, month: 11, day: 30))
        }
    }
}
