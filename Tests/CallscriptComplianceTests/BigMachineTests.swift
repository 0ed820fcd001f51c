import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import Testing

/// Bad input the verifier must survive: long chains, deep loops, many handlers. No timed
/// assertions; these would overflow the stack or never finish with a recursive or
/// path-enumerating checker.
@Suite("big machines")
struct BigMachineTests {
    static func range(_ i: Int) -> SourceRange { MachineBuilder.line(i + 10, in: "big.call") }

    /// A 100,000-state chain: identify, convenient, then says and pitches, with 1,000 handlers.
    static func chain(states n: Int, handlers h: Int, withOptout: Bool) -> Machine {
        var states: [State] = []
        states.reserveCapacity(n + h * 2)
        for i in 0..<n {
            let id = "s.\(i)"
            let next = i + 1 < n ? [Transition.next("s.\(i + 1)")] : []
            let role: Role
            switch i {
            case 0: role = .identify
            case 1: role = .disclose
            case 2: role = .askConvenient
            case n - 1: role = .end
            case n - 2: role = withOptout ? .optout : .say
            default: role = i % 3 == 0 ? .pitch : .say
            }
            var transitions = next
            if role == .askConvenient {
                transitions = [
                    Transition(kind: .answer, label: "Ja", answerClass: .yes, target: "s.3"),
                    Transition(kind: .answer, label: "Nee", answerClass: .no, target: "s.\(n - 2)"),
                ]
            }
            // Every 10th state loops back a little, so the graph is full of cycles.
            if role == .say, i > 10, i % 10 == 0 {
                transitions.append(Transition(kind: .condition, target: "s.\(i - 7)"))
            }
            let text =
                role == .identify
                ? "Goedemiddag, u spreekt met {agent} van {company}." : (role.isSpoken ? "Tekst \(i)" : nil)
            states.append(
                State(
                    id: id, step: "s", role: role, text: text, topic: role == .disclose ? "purpose" : nil,
                    transitions: transitions, source: range(i)))
        }
        var handlers: [Handler] = []
        let events = ["objection", "voicemail", "complaint", "minor", "source-question", "vulnerable"]
        for j in 0..<h {
            let event = events[j % events.count]
            let entry = "on-\(event)-\(j).1"
            handlers.append(Handler(event: event, entry: entry, source: range(n + 2 * j)))
            switch event {
            case "objection":
                states.append(
                    State(
                        id: entry, step: "on \(event)", role: .recordObjection,
                        transitions: [.next("on-\(event)-\(j).2")], source: range(n + 2 * j)))
                states.append(
                    State(
                        id: "on-\(event)-\(j).2", step: "on \(event)", role: .transferOptout, text: "Door.",
                        transitions: [], source: range(n + 2 * j + 1)))
            case "voicemail":
                states.append(
                    State(id: entry, step: "on \(event)", role: .hangup, transitions: [], source: range(n + 2 * j)))
            default:
                states.append(
                    State(
                        id: entry, step: "on \(event)", role: .say, text: "Ok.", transitions: [.next("s.\(n - 2)")],
                        source: range(n + 2 * j)))
            }
        }
        let script = ScriptInfo(
            name: "Big", company: "Zonnig Energie B.V.", principal: nil, callerID: "+31 20 555 0199",
            policy: "nl-telemarketing", sector: "energy", audience: .optIn)
        return Machine(
            compiler: "test", script: script, fields: [], start: "s.0", handlers: handlers, states: states, sources: [])
    }

    @Test func hundredThousandStatesAndAThousandHandlersPass() {
        let m = Self.chain(states: 100_000, handlers: 1_000, withOptout: true)
        let found = Verifier.verify(m, policy: NLTelemarketing.policy, on: beforeCutoff)
        #expect(found.map(\.code) == [])
    }

    @Test func aLongCounterexampleIsReportedWhole() throws {
        let n = 100_000
        let m = Self.chain(states: n, handlers: 1_000, withOptout: false)
        let found = Verifier.verify(m, policy: NLTelemarketing.policy, on: beforeCutoff)
        let d = try #require(found.first { $0.code == "NL-OPTOUT-AT-END" })
        // Shortest: a complaint handler (3 steps) that jumps to the end without an opt-out, before
        // the "Nee" path from start (4 steps) and far before the 100,000-step chain.
        #expect(d.path?.entry == "complaint")
        #expect(words(d) == ["on-complaint-2.1", "s.\(n - 2)", "s.\(n - 1)"])
        #expect(found.filter { $0.code == "NL-OPTOUT-AT-END" }.count == 1)
    }

    @Test func aLongPathIsElidedInTextButWholeInJSON() throws {
        // A chain with no shortcut: the only way to the bad end is all 50,000 states.
        let n = 50_000
        var states: [State] = []
        for i in 0..<n {
            let role: Role = i == 0 ? .identify : (i == n - 1 ? .end : .say)
            states.append(
                State(
                    id: "s.\(i)", step: "s", role: role, text: role == .end ? nil : "Tekst {company}",
                    transitions: i + 1 < n ? [.next("s.\(i + 1)")] : [], source: Self.range(i)))
        }
        let script = ScriptInfo(
            name: "Long", company: "Zonnig Energie B.V.", principal: nil, callerID: "+31 20 555 0199",
            policy: "nl-telemarketing", sector: "energy", audience: .optIn)
        let m = Machine(
            compiler: "t", script: script, fields: [], start: "s.0", handlers: [], states: states, sources: [])
        let d = try #require(findings("NL-OPTOUT-AT-END", in: m).first)
        #expect(d.path?.steps.count == n)
        #expect(d.related.count == 200)
        #expect(d.notes.first?.contains("more steps") == true)
    }
}
