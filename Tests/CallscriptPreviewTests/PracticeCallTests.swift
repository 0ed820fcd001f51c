import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptPreview
import CallscriptRuntime
import Foundation
import Testing

/// Practice calls on the step function, and the path taken written as a `.calltest` that the
/// test runner passes.
@Suite struct PracticeCallTests {
    static let winback = "energie-optin/winback.call"

    /// A sale with two refused captures and a complaint in the middle of the consent question.
    static let sale: [PracticeInput] = [
        .init(kind: "continue"), .init(kind: "continue"), .init(kind: "answer", index: 0), .init(kind: "continue"),
        .init(kind: "capture", value: "veel"), .init(kind: "capture", value: "hoog"),
        .init(kind: "capture", value: "jan-at-voorbeeld"), .init(kind: "capture", value: "jan@voorbeeld.nl"),
        .init(kind: "continue"), .init(kind: "event", value: "complaint"),
        .init(kind: "capture", value: "Ik word te vaak gebeld"), .init(kind: "continue"), .init(kind: "continue"),
        .init(kind: "continue"),
    ]

    static func loaded(_ f: PreviewFixture) throws -> LoadedMachine {
        let preview = try #require(
            ScriptPreview(winback, in: f.service.workspace, on: CalendarDate(year: 2026, month: 12, day: 1)))
        return try #require(preview.loaded)
    }

    @Test func theStepFunctionRunsTheClicksAndKeepsRefusedCaptures() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let call = try PracticeCall(
            loaded: try Self.loaded(f), contact: PreviewFixture.jan, agent: "Sanne", inputs: Self.sale)
        #expect(call.dropped == nil)
        #expect(call.entries.count == Self.sale.count)
        #expect(call.entries.filter { $0.refusal != nil }.count == 2)
        guard case .ended(let outcome) = call.prompt else {
            Issue.record("the call should have ended, it shows \(call.prompt)")
            return
        }
        #expect(outcome.kind == .end)
        let shown = call.start.effects + call.entries.flatMap(\.effects)
        #expect(shown.contains(.event(.complaint, handled: true, during: "aanbod_per_mail.3")))
        guard case .shown(_, _, let first) = call.start.effects.first else {
            Issue.record("the call starts with a line")
            return
        }
        #expect(first.hasPrefix("Goedemiddag Jan, u spreekt met Sanne"))
    }

    @Test func inputsThatNoLongerFitAreDroppedWithTheReason() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        // An answer while a line is on screen: the script "changed" under the recorded inputs.
        let call = try PracticeCall(
            loaded: try Self.loaded(f), contact: PreviewFixture.jan, agent: "Sanne",
            inputs: [.init(kind: "continue"), .init(kind: "answer", index: 1), .init(kind: "continue")])
        #expect(call.entries.count == 1)
        #expect(call.dropped?.index == 1)
        #expect(call.dropped?.reason.contains("read the line and continue") == true)
    }

    @Test func aWrongContactIsRefusedBeforeTheCall() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        var contact = PreviewFixture.jan
        contact["jaarverbruik_kwh"] = "veel"
        #expect(throws: RuntimeError.self) {
            _ = try PracticeCall(loaded: try Self.loaded(f), contact: contact, agent: "Sanne", inputs: [])
        }
    }

    @Test(arguments: [
        ("sale with refusals and a complaint", sale),
        (
            "objection during the pitch",
            [
                PracticeInput(kind: "continue"), .init(kind: "continue"), .init(kind: "answer", index: 0),
                .init(kind: "event", value: "objection"), .init(kind: "continue"), .init(kind: "continue"),
            ]
        ),
        ("callback", [PracticeInput(kind: "answer", index: 1), .init(kind: "capture", value: "2026-12-03T19:30")]),
        ("hung up at the start", [PracticeInput(kind: "event", value: "hang-up")]),
        ("voicemail mid-call, not ended", [PracticeInput(kind: "continue"), .init(kind: "continue")]),
    ])
    func theRecordedPathIsATestThatPasses(name: String, inputs: [PracticeInput]) throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        // `answer 1` at a line is refused; the callback path starts after the two opening lines.
        let fixed =
            inputs.first?.kind == "answer"
            ? [PracticeInput(kind: "continue"), .init(kind: "continue")] + inputs : inputs
        let loaded = try Self.loaded(f)
        let call = try PracticeCall(loaded: loaded, contact: PreviewFixture.jan, agent: "Sanne", inputs: fixed)
        #expect(call.dropped == nil, "\(String(describing: call.dropped))")
        let tests = f.folder.appendingPathComponent("energie-optin/tests")
        let text = RecordedTestWriter.text(
            call.recorded(name: name), machine: loaded.machine, script: "../winback.call")
        var suite = ScriptTestSuite()
        let result = suite.run(source: SourceFile(path: tests.appendingPathComponent("rec.calltest").path, text: text))
        let failures = result.results.compactMap(\.failure).map { "\($0.message) \($0.actual ?? "")" }
        #expect(result.passed, "\(text)\n\(result.diagnostics.map(\.message))\n\(failures)")
        #expect(result.results.map(\.name) == [name])
        #expect(text.contains("agent \"Sanne\"") && text.contains("contact zonnepanelen = nee"))
    }

    @Test func theTestExpectsWhatHappenedWhereItHappened() throws {
        let f = try PreviewFixture(copying: ["energie-optin"])
        let loaded = try Self.loaded(f)
        let call = try PracticeCall(loaded: loaded, contact: PreviewFixture.jan, agent: "Sanne", inputs: Self.sale)
        let text = RecordedTestWriter.text(
            call.recorded(name: "verkoop"), machine: loaded.machine, script: "../winback.call")
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func index(_ prefix: String) -> Int { lines.firstIndex { $0.hasPrefix(prefix) } ?? -1 }
        #expect(index("answer \"Ja, dat komt uit\"") > index("expect line opening.3"))
        #expect(lines.contains("capture interesse = \"veel\""))
        #expect(lines[index("capture interesse = \"veel\"") + 1] == "expect refused")
        // The complaint is raised where it happened: at the consent question.
        #expect(index("event complaint") == index("expect line aanbod_per_mail.3") + 1)
        #expect(lines.last == "expect outcome end")
    }
}
