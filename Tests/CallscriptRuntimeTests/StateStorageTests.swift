import CallscriptDiagnostics
import CallscriptMachine
import Foundation
import Testing

/// `State` is stored compactly (one `next` as its target, a 32-bit source range, one of
/// field/purpose/topic in place); every property must still read back what was written, and
/// equal values must compare and hash equal however they were made.
@Suite struct StateStorageTests {
    static let range = SourceRange(
        file: "main.call", start: SourceLocation(offset: 120, line: 7, column: 3),
        end: SourceLocation(offset: 150, line: 7, column: 33))

    @Test func oneNextIsTheSameStateHoweverItIsMade() {
        let listed = State(
            id: "a.1", step: "a", role: .say, text: "Hallo", transitions: [.next("a.2")], source: Self.range)
        let direct = State(id: "a.1", step: "a", role: .say, text: "Hallo", next: "a.2", source: Self.range)
        #expect(listed == direct)
        #expect(listed.hashValue == direct.hashValue)
        #expect(direct.transitions == [.next("a.2")])
        #expect(direct.transitionCount == 1)
        #expect(direct.transition(at: 0) == .next("a.2"))
        #expect(direct.target(ofTransition: 0) == "a.2")
        #expect(direct.source == Self.range)
        // A `next` with a label is not the plain one.
        let labelled = State(
            id: "a.1", step: "a", role: .say, text: "Hallo",
            transitions: [Transition(kind: .next, label: "x", target: "a.2")], source: Self.range)
        #expect(labelled != direct)
        #expect(labelled.transitions[0].label == "x")
    }

    @Test func everyPropertyReadsBackAfterEveryChange() {
        var state = State(id: "a.1", step: "a", role: .say, next: "a.2", source: Self.range)
        let answers = [
            Transition(kind: .answer, label: "Ja", answerClass: .yes, target: "b.1"),
            Transition(kind: .answer, label: "Nee", answerClass: .no, target: "c.1"),
        ]
        state.transitions = answers
        state.role = .askConsent
        state.purpose = "nieuwsbrief"
        state.text = "Mag dat?"
        #expect(state.transitions == answers)
        #expect(state.transitionCount == 2)
        #expect(state.target(ofTransition: 1) == "c.1")
        #expect((state.purpose, state.field, state.topic) == ("nieuwsbrief", nil, nil))
        // Two of field, purpose and topic, and a range beyond 32 bits: kept whole.
        state.field = "email"
        let wide = SourceRange(
            file: "main.call", start: SourceLocation(offset: 1 << 40, line: -1, column: 3),
            end: SourceLocation(offset: Int.max, line: 1 << 33, column: 0))
        state.source = wide
        state.topic = "goods"
        #expect((state.field, state.purpose, state.topic) == ("email", "nieuwsbrief", "goods"))
        #expect(state.source == wide)
        #expect(state.transitions == answers)
        // Back to the plain values: the same state as one made with them.
        state.field = nil
        state.topic = nil
        state.source = Self.range
        let plain = State(
            id: "a.1", step: "a", role: .askConsent, text: "Mag dat?", purpose: "nieuwsbrief", transitions: answers,
            source: Self.range)
        #expect(state == plain)
        #expect(state.hashValue == plain.hashValue)
        state.transitions = []
        #expect(state.transitions.isEmpty)
        #expect(state.transitionCount == 0)
    }

    @Test func codableKeepsTheKeysAndValues() throws {
        let states = [
            State(
                id: "a.1", step: "a", role: .capture, text: "E-mail?", field: "email", next: "a.2", source: Self.range),
            State(
                id: "a.2", step: "a", role: .disclose, text: "Wij", field: "x", purpose: "y", topic: "goods",
                transitions: [.next("a.3"), .next("a.4")], source: Self.range),
            State(id: "a.3", step: "a", role: .end, transitions: [], source: .wholeFile("main.call")),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(states)
        #expect(try JSONDecoder().decode([State].self, from: data) == states)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(object[0].keys.sorted() == ["field", "id", "role", "source", "step", "text", "transitions"])
        #expect(object[2].keys.sorted() == ["id", "role", "source", "step", "transitions"])
    }

    @Test func theStoredFormStaysSmall() {
        // The point of the compact form: 176 bytes before, a one-element array besides.
        #expect(MemoryLayout<State>.stride <= 128)
        #expect(MemoryLayout<Transition>.stride <= 48)
    }
}
