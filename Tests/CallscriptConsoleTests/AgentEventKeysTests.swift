import CallscriptCompiler
import CallscriptConsole
import CallscriptDiagnostics
import CallscriptInput
import CallscriptMachine
import CallscriptTestSupport
import Foundation
import Testing

@testable import CallscriptRuntime

/// The keys for `source-question` (b) and `vulnerable` (k): offered only by scripts with the
/// handler (`vulnerable` always), confirmed like every event, and what they do on real example scripts.
@Suite struct AgentEventKeysTests {
    let style = ScreenStyle(color: false, width: 80)

    static func load(_ example: String) throws -> LoadedMachine {
        let path = RepositoryPaths.examples.appendingPathComponent(example).path
        let result = Compiler.compile(path: path, options: CompileOptions(checkDate: RunnerFixtures.today))
        guard let machine = result.machine, !result.hasErrors else {
            throw RunnerFixtures.Failure(description: "\(example) does not compile")
        }
        return try MachineLoader.load(machine, file: example, on: RunnerFixtures.today)
    }

    /// The consent Anna gave on the web form, as the basis gate hands it over.
    static let consent = BasisSource(
        kind: .consent, origin: "webformulier zonnig.nl/aanbod", verifiedBy: "sms", verifiedAt: "2026-03-02T09:19:02Z")

    static func session(_ loaded: LoadedMachine, contact: Contact, basis: BasisSource?) throws -> (
        DataFolder, CallSession
    ) {
        let data = DataFolder(
            root: FileManager.default.temporaryDirectory.appendingPathComponent("callscript-keys-\(UUID().uuidString)"))
        let context = try CallContext(loaded: loaded, contact: contact, agent: "Jan")
        let gates = GateDecision(
            results: [
                GateResult(rule: "NL-GATE-HOURS", passed: true, reason: "test"),
                GateResult(rule: "NL-GATE-BASIS", passed: true, reason: "test", basis: basis),
            ], localTime: "test")
        return (data, try CallSession.start(id: "call-1", context: context, gates: gates, data: data))
    }

    static let els = Contact(
        id: "K-2001", phone: "+31612345679",
        fields: ["voornaam": "Els", "vorig_pakket": "weekend", "bezorggebied": "ja"],
        lastPurchase: CalendarDate(year: 2026, month: 6, day: 1))

    /// A script that leaves out `on source-question` (NL-DATA-SOURCE warns about it).
    static func withoutSourceHandler() throws -> LoadedMachine { try load("noncompliant/NL-DATA-SOURCE.call") }

    @Test func aScriptOffersTheKeysOfTheHandlersItHas() throws {
        // winback.call has both handlers (`on vulnerable` from gedeeld/afsluiting.call).
        #expect(
            AgentKeys.offered(by: try RunnerFixtures.winback()).map(\.key) == ["o", "v", "c", "b", "m", "k", "h"])
        // The US solar script has neither handler: no b, but k, which is always offered so a
        // sale to a vulnerable person can be stopped on any script; the insurance script has
        // no `on source-question`.
        #expect(
            AgentKeys.offered(by: try Self.load("us-solar/solar-quote.call")).map(\.key) == [
                "o", "v", "c", "m", "k", "h",
            ])
        #expect(AgentKeys.offered(by: try Self.withoutSourceHandler()).map(\.key) == ["o", "v", "c", "m", "k", "h"])
    }

    @Test func theFooterShowsOnlyTheOfferedKeysAndWrapsBetweenThem() throws {
        let (_, session) = try Self.session(try Self.load("krant/abonnement.call"), contact: Self.els, basis: nil)
        let lines = ScreenRenderer.render(ScreenModel(session: session), style: style).split(separator: "\n")
        #expect(
            lines.suffix(2) == [
                " o objection  v voicemail  c complaint  b data source  m minor  k vulnerable",
                " h hung up  q suspend  ? help",
            ])
        let (_, other) = try Self.session(
            try Self.withoutSourceHandler(),
            contact: Contact(id: "K-7", phone: "+31612345670", fields: ["voornaam": "Ria"]),
            basis: nil)
        let screen = ScreenRenderer.render(ScreenModel(session: other), style: style)
        #expect(
            screen.hasSuffix(
                "\n o objection  v voicemail  c complaint  m minor  k vulnerable  h hung up\n q suspend  ? help\n"))
        #expect(!screen.contains("data source"))
    }

    @Test func aKeyTheScriptDoesNotOfferIsAHint() throws {
        var (_, session) = try Self.session(
            try Self.withoutSourceHandler(),
            contact: Contact(id: "K-7", phone: "+31612345670", fields: ["voornaam": "Ria"]),
            basis: Self.consent)
        var terminal = ScriptedTerminal(["b", "b", "q"])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(terminal.screens[1].contains("· unknown key 'b'; press ? for help"))
        #expect(stop == .suspended(state: "opening.1"))
    }

    @Test func theHelpNamesTheOfferedKeysAndWhatTheyDo() throws {
        var (_, session) = try Self.session(try Self.load("krant/abonnement.call"), contact: Self.els, basis: nil)
        var terminal = ScriptedTerminal(["?"])
        _ = RunnerLoop.run(&session, terminal: &terminal, style: style)
        let help = terminal.screens[1]
        #expect(help.contains("  b          data source: the person asks where their data comes from"))
        #expect(help.contains("  k          vulnerable: the person seems unable to judge the offer"))
        #expect(help.contains("type the key after a slash: /o, /v, /c, /b, /m, /k, /h, /q"))
    }

    /// NL-DATA-SOURCE: `b`, confirmed, starts the handler; its lines show the source in bold above
    /// them, and the audit trail's event entry keeps the source the agent had on screen.
    @Test func theSourceQuestionShowsTheSourceAndRecordsIt() throws {
        var (data, session) = try Self.session(
            try RunnerFixtures.winback(), contact: RunnerFixtures.anna, basis: Self.consent)
        var terminal = ScriptedTerminal(["", "b", "b", "q"])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(terminal.screens[2].contains("? Data source: the person asks where their data comes from"))
        #expect(terminal.screens[2].contains("Press b again to confirm"))
        let answer = terminal.screens[3]
        #expect(answer.contains("[SAY]  on source-question · line 1"))
        #expect(answer.contains("  Where the data comes from (tell the person):"))
        #expect(
            answer.contains("  consent: webformulier zonnig.nl/aanbod; verified by sms at\n  2026-03-02T09:19:02Z\n"))
        #expect(answer.contains("┃ U gaf"))
        #expect(stop == .suspended(state: "on-source-question.1"))
        // The other screens keep the source in the header only.
        #expect(!terminal.screens[1].contains("tell the person"))
        let entries = try FileRecordStore(data).auditContents().entries.compactMap(\.payload)
        let event = try #require(entries.first { $0.kind == "event" })
        #expect(event.event == "source-question")
        #expect(event.handled == true)
        #expect(event.text == Self.consent.line)
        let transcript = AuditTranscript.render(try FileRecordStore(data).auditContents())
        #expect(transcript.contains("event source-question during "))
        #expect(transcript.contains("; source shown: consent: webformulier zonnig.nl/aanbod; verified by sms"))
    }

    @Test func withoutASourceTheAgentIsToldToSaySo() throws {
        var (_, session) = try Self.session(try RunnerFixtures.winback(), contact: RunnerFixtures.anna, basis: nil)
        var terminal = ScriptedTerminal(["b", "y", "q"])
        _ = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(terminal.screens[2].contains("No source is on record for this call: say so"))
    }

    /// `k`, confirmed, starts the script's `on vulnerable` lines: no further offer.
    @Test func vulnerableStartsTheHandler() throws {
        var (data, session) = try Self.session(try Self.load("krant/abonnement.call"), contact: Self.els, basis: nil)
        var terminal = ScriptedTerminal(["", "k", "x", "k", "k", ""])
        let stop = RunnerLoop.run(&session, terminal: &terminal, style: style)
        #expect(terminal.screens[2].contains("? Vulnerable: the person seems unable to judge the offer"))
        #expect(terminal.screens[3].contains("· cancelled"))
        #expect(terminal.screens[5].contains("[SAY]  on vulnerable · line 1"))
        #expect(stop == .ended(Outcome(kind: .end, state: "on-vulnerable.2")))
        let entries = try FileRecordStore(data).auditContents().entries.compactMap(\.payload)
        #expect(entries.contains { $0.kind == "event" && $0.event == "vulnerable" && $0.handled == true })
        #expect(!entries.contains { $0.kind == "shown" && $0.role == Role.pitch.rawValue })
    }

    @Test func anAnswersRunPrintsTheSourceWhenThePersonAsks() throws {
        var (_, session) = try Self.session(
            try RunnerFixtures.winback(), contact: RunnerFixtures.anna, basis: Self.consent)
        let source = SourceFile(path: "a.answers", text: "continue\nevent source-question\nsuspend\n")
        let (lines, diagnostics) = AnswersFile.parse(source)
        #expect(diagnostics.isEmpty)
        var out = ""
        let end = source.range(source.bytes.count, source.bytes.count)
        _ = AnswersRunner.run(&session, answers: lines, endOfFile: end) { out += $0 }
        #expect(
            out.contains(
                "  > event source-question\n  source: consent: webformulier zonnig.nl/aanbod; verified by sms at 2026-03-02T09:19:02Z\n[SAY] on-source-question.1"
            ))
    }
}
