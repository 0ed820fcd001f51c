import CallscriptMachine
import CallscriptRuntime
import Testing

/// The one rule for naming an answer: number, exact label, unique beginning, unique class.
@Suite struct AnswerResolverTests {
    /// `ask convenient` of a Dutch energy call, with a second yes and a label that begins another.
    static let answers = [
        AnswerOption(index: 0, label: "Ja", answerClass: .yes),
        AnswerOption(index: 1, label: "Ja, maar kort", answerClass: .yes),
        AnswerOption(index: 2, label: "Liever een ander moment", answerClass: .later),
        AnswerOption(index: 3, label: "Nee, dank u", answerClass: .no),
        AnswerOption(index: 4, label: "Nee, nooit meer", answerClass: nil),
    ]

    static let table: [(AnswerChoice, Int?, AnswerMismatch.Kind?)] = [
        (.number(3), 2, nil),
        (.number(6), nil, .noSuchNumber),
        (.number(0), nil, .noSuchNumber),
        // Exact label, whatever the case, the spaces or surrounding quotes; it beats the beginning of "Ja, maar kort".
        (.label("Ja"), 0, nil),
        (.label("  jA  "), 0, nil),
        (.label("\"Ja, maar  kort\""), 1, nil),
        (.label("ja, MAAR kort"), 1, nil),
        // A unique beginning.
        (.label("Liever"), 2, nil),
        (.label("nee, d"), 3, nil),
        // An ambiguous beginning is an error, not the first.
        (.label("Nee"), nil, .ambiguousLabel),
        (.label("J"), nil, .ambiguousLabel),
        (.label("Misschien"), nil, .noMatch),
        // The class when no label is or begins with the word, and only when one answer has it.
        (.answerClass(.later), 2, nil),
        (.label("later"), 2, nil),
        (.answerClass(.no), 3, nil),
        (.answerClass(.yes), nil, .ambiguousClass),
    ]

    @Test(arguments: table.indices)
    func resolves(_ row: Int) {
        let (choice, index, kind) = Self.table[row]
        switch AnswerResolver.resolve(choice, among: Self.answers) {
        case .success(let got):
            #expect(got == index, "\(choice)")
            #expect(kind == nil, "\(choice) should fail")
        case .failure(let mismatch):
            #expect(index == nil, "\(choice) should pick \(index ?? -1): \(mismatch)")
            #expect(mismatch.kind == kind, "\(choice)")
        }
    }

    @Test func ambiguityListsTheCandidates() throws {
        guard case .failure(let prefix) = AnswerResolver.resolve(.label("Nee"), among: Self.answers) else {
            Issue.record("\"Nee\" begins two answers")
            return
        }
        #expect(prefix.candidates.map(\.index) == [3, 4])
        #expect(prefix.description == "\"Nee\" begins 2 answers: 4. \"Nee, dank u\" (no), 5. \"Nee, nooit meer\"")
        #expect(prefix.help == "write more of the label, or the answer's number")
        guard case .failure(let cls) = AnswerResolver.resolve(.answerClass(.yes), among: Self.answers) else {
            Issue.record("two answers are classed yes")
            return
        }
        #expect(cls.candidates.map(\.index) == [0, 1])
        #expect(cls.description == "2 answers are classed 'yes': 1. \"Ja\" (yes), 2. \"Ja, maar kort\" (yes)")
    }

    @Test func aLabelBeginningWithTheClassWordWinsOverTheClass() {
        let answers = [
            AnswerOption(index: 0, label: "Nee", answerClass: .yes),
            AnswerOption(index: 1, label: "Yes please", answerClass: .no),
        ]
        #expect(AnswerResolver.resolve(.answerClass(.yes), among: answers) == .success(1))
        #expect(AnswerResolver.resolve(.answerClass(.no), among: answers) == .success(1))
    }

    @Test func noMatchNamesTheAnswersAndTheClass() {
        let answers = [AnswerOption(index: 0, label: "Prima", answerClass: nil)]
        guard case .failure(let m) = AnswerResolver.resolve(.answerClass(.later), among: answers) else {
            Issue.record("nothing is later")
            return
        }
        #expect(
            m.description
                == "no answer is or begins with \"later\", and none is classed 'later'; the answers are 1. \"Prima\"")
    }
}
