import CallscriptConsole
import CallscriptRuntime
import Testing

/// The answers file format of `callscript run --answers`.
@Suite struct RunnerAnswersFileTests {
    @Test func everyFormWithComments() throws {
        let text = """
            # Anna
            continue
              answer 2   # the second answer

            answer "Ja, dat mag"
            answer yes
            capture anna@voorbeeld.nl
            capture "  spaties  "
            capture Straat #2
            event hang-up
            event hangup
            suspend
            """
        let lines = try AnswersFile.parse(text, file: "a.txt").get()
        #expect(
            lines.map(\.command) == [
                .continue, .answerNumber(2), .answerLabel("Ja, dat mag"), .answerClass(.yes),
                .capture("anna@voorbeeld.nl"),
                .capture("  spaties  "), .capture("Straat #2"), .event(.hangUp), .event(.hangUp), .suspend,
            ])
        #expect(lines.map(\.line) == [2, 3, 5, 6, 7, 8, 9, 10, 11, 12])
    }

    @Test(arguments: [
        ("continue\ncontinu", 2, "unknown input 'continu'"),
        ("event objectie", 1, "unknown event 'objectie'"),
        ("\n\nanswer", 3, "'answer' needs the answer"),
        ("answer 0", 1, "answer numbers start at 1"),
        ("answer \"Ja", 1, "unclosed quote"),
        ("capture", 1, "'capture' needs a value"),
        ("continue now", 1, "'continue' takes nothing after it"),
    ])
    func mistakesNameTheLine(_ text: String, _ line: Int, _ message: String) {
        guard case .failure(let error) = AnswersFile.parse(text, file: "a.txt") else {
            Issue.record("\(text) should not parse")
            return
        }
        #expect(error.line == line)
        #expect(error.description.hasPrefix("a.txt:\(line): error: \(message)"))
    }
}
