import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptInput
import CallscriptRuntime
import Foundation
import Testing

/// Script tests and answers files name answers by the same rule and read the same lines.
@Suite struct AnswerRuleTests {
    /// `small.call` with the intro's answers "Ja", "Ja, later" and "Nee": "Ja" is a label and
    /// the beginning of another.
    func run(_ steps: String) throws -> ScriptTestCaseResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callscript-ar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try String(
            contentsOf: ScriptTestFixtures.folder.appendingPathComponent("small.call"), encoding: .utf8
        )
        .replacingOccurrences(of: "later \"Later\" -> terugbellen", with: "later \"Ja, later\" -> terugbellen")
        try script.write(to: folder.appendingPathComponent("small.call"), atomically: true, encoding: .utf8)
        let test = "script \"small.call\"\ncontact naam = \"Jan\"\ncontact punten = 1\ntest \"t\"\n" + steps
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(source: SourceFile(path: folder.appendingPathComponent("t.calltest").path, text: test))
        #expect(result.diagnostics == [])
        return try #require(result.results.first)
    }

    @Test func anExactLabelWinsOverTheBeginningOfAnother() throws {
        #expect(try run("  answer \"ja\"\n  expect line aanbod.1\n").failure == nil)
        #expect(try run("  answer Ja, l\n  expect line terugbellen.1\n").failure == nil)
    }

    @Test func anAmbiguousBeginningFailsListingTheCandidates() throws {
        let failure = try #require(try run("  answer J\n  expect line aanbod.1\n").failure)
        #expect(failure.message == "question intro.3: answer \"J\" could be 2 answers")
        #expect(failure.actual == "candidates: 1. \"Ja\", 2. \"Ja, later\"")
        #expect(failure.help == "write more of the label, or the answer's number")
        #expect(failure.range.start.line == 5)
    }

    /// The same answer lines, as an answers file and inside a test, give the same steps, so the
    /// one resolver picks the same answer for both.
    @Test func anAnswersFileAndTheSameTestLinesReadAlike() throws {
        let lines = [
            "continue", "answer 2", "answer yes", "answer later", "answer \"Ja, dat mag\"", "answer Nee, laat maar",
            "answer \"  nee \"", "event objection", "event hangup", "capture emailadres = \"jan@voorbeeld.nl\"",
            "capture interesse hoog",
        ]
        let answersText = lines.dropLast().joined(separator: "\n") + "\ncapture interesse = hoog\n"
        let (inputs, answersDiagnostics) = AnswersFile.parse(SourceFile(path: "a.answers", text: answersText))
        #expect(answersDiagnostics == [])
        let testText = "script \"x.call\"\ntest \"t\"\n" + lines.map { "  " + $0 }.joined(separator: "\n")
        let (file, testDiagnostics) = ScriptTestParser.parse(SourceFile(path: "t.calltest", text: testText))
        #expect(testDiagnostics == [])
        let actions = try #require(file?.tests.first?.steps.map(\.action))
        #expect(actions.count == inputs.count)
        let answers = [
            AnswerOption(index: 0, label: "Ja, dat mag", answerClass: .yes),
            AnswerOption(index: 1, label: "Nee, laat maar", answerClass: .no),
            AnswerOption(index: 2, label: "Later graag", answerClass: .later),
        ]
        for (input, action) in zip(inputs, actions) {
            switch (input.step, action) {
            case (.continue, .continue): continue
            case (.event(let a), .event(let b)): #expect(a == b)
            case (.capture(let field, let a), .capture(let name, let b)):
                #expect(field == name && a == b, "\(input.text)")
            case (.answer(let a), .answer(let b)):
                #expect(a == b, "\(input.text)")
                #expect(AnswerResolver.resolve(a, among: answers) == AnswerResolver.resolve(b, among: answers))
            default: Issue.record("line \(input.line) '\(input.text)' reads as \(input.step) and \(action)")
            }
        }
    }

    @Test func suspendAndACaptureWithoutItsFieldAreAnswersFileOnly() {
        let (_, diagnostics) = ScriptTestFixtures.parse(
            "script \"x.call\"\ntest \"t\"\n  suspend\n  capture hoog\n")
        #expect(
            diagnostics == [
                "3:3: error: 'suspend' belongs in answers files, not in a test [CT0006]",
                "4:15: error: capture 'hoog' needs a value [CT0003]",
            ])
    }
}
