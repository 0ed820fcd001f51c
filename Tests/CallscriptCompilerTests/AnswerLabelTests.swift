import CallscriptCompiler
import CallscriptDiagnostics
import Testing

/// A repeated answer is reported once per repeat, against its first occurrence, in an ask of a
/// few answers (checked in a short list) and in an ask past the list's limit (a dictionary).
@Suite struct AnswerLabelTests {
    /// A script whose one ask offers `labels` in order, every answer going to the closing step.
    static func script(_ labels: [String]) -> String {
        standardHeader + """
            start -> vraag

            step vraag {
              identify "Goedemiddag, u spreekt met Sanne van Zonnig Energie."
              ask "Welke dag past u het best?" {
            \(labels.map { "    \"\($0)\" -> afsluiting" }.joined(separator: "\n"))
              }
            }

            step afsluiting {
              say "Dank u wel voor uw tijd."
              end
            }

            """
    }

    /// The repeated labels reported, each with the answer it repeats and the one it is a repeat
    /// of, counted from 0 (the answers are on consecutive lines).
    static func repeats(_ labels: [String]) -> [(label: String, answer: Int, first: Int)] {
        let text = script(labels)
        let firstLine =
            (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.contains("\"\(labels[0])\" ->")
            } ?? 0) + 1
        return compileText(text).diagnostics.filter { $0.code == "CS0167" }.map { diagnostic in
            let label = diagnostic.message.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
            let first = diagnostic.related.first?.range.start.line ?? -1
            return (label, diagnostic.range.start.line - firstLine, first - firstLine)
        }
    }

    @Test func aShortAskReportsEachRepeatAgainstTheFirst() {
        let found = Self.repeats(["Maandag", "Dinsdag", "Maandag", "Woensdag", "Maandag"])
        #expect(found.map(\.label) == ["Maandag", "Maandag"])
        #expect(found.map(\.answer) == [2, 4])
        #expect(found.map(\.first) == [0, 0])
    }

    @Test func aLongAskIsCheckedTheSameWayPastTheListLimit() {
        // Twenty distinct labels, then a repeat of the second and of the twentieth: both lie past
        // the point where the labels move from the short list to the dictionary.
        let days = (1...20).map { "Dag \($0)" }
        let found = Self.repeats(days + ["Dag 2", "Dag 20", "Dag 21"])
        #expect(found.map(\.label) == ["Dag 2", "Dag 20"])
        #expect(found.map(\.answer) == [20, 21])
        #expect(found.map(\.first) == [1, 19])
    }

    @Test func labelsThatOnlyLookAlikeAreDifferentAnswers() {
        #expect(Self.repeats(["Ja", "ja", "Ja ", "Ja, graag"]).isEmpty)
    }
}
