import CallscriptDiagnostics
import CallscriptMachine

/// One statement of a test script, as the compiler would lower it: every statement but a bare
/// `-> NAME` becomes one state `step.n`.
enum Stmt {
    case say(String)
    case identify(String)
    case pitch(String)
    case optout(String)
    case disclose(String, String)
    case capture(String, String)
    case recordObjection
    case ask(String, [Answer])
    case askConvenient(String, [Answer])
    case askConsent(String, String, [Answer])
    /// `if field == value -> target ... else -> otherwise`
    case branch([(field: String, value: String, target: String)], otherwise: String)
    case goto(String)
    case end
    case hangup
    case callback(String)
    case transferOptout(String)
}

struct Answer {
    var label: String
    var answerClass: AnswerClass?
    var target: String

    static func yes(_ label: String, _ target: String) -> Answer {
        Answer(label: label, answerClass: .yes, target: target)
    }
    static func no(_ label: String, _ target: String) -> Answer {
        Answer(label: label, answerClass: .no, target: target)
    }
    static func later(_ label: String, _ target: String) -> Answer {
        Answer(label: label, answerClass: .later, target: target)
    }
    static func plain(_ label: String, _ target: String) -> Answer {
        Answer(label: label, answerClass: nil, target: target)
    }
}

/// Builds a compiled machine the way the compiler lays one out, so tests read like scripts:
///
///     var b = MachineBuilder()
///     b.step("intro", .identify("... {company}"), .askConvenient("Komt het u nu gelegen?", [.yes("Ja", "offer"), .no("Nee", "bye")]))
///     let machine = b.build()
///
/// Each statement gets its own source line (in order of declaration) so tests can check ranges.
struct MachineBuilder {
    var script = ScriptInfo(
        name: "Test", company: "Zonnig Energie B.V.", principal: nil, callerID: "+31 20 555 0199",
        policy: "nl-telemarketing", sector: "energy", audience: .optIn,
        locations: [
            "script": MachineBuilder.line(1, in: "test.call"), "company": MachineBuilder.line(2, in: "test.call"),
            "caller-id": MachineBuilder.line(3, in: "test.call"), "sector": MachineBuilder.line(4, in: "test.call"),
            "audience": MachineBuilder.line(5, in: "test.call"), "policy": MachineBuilder.line(6, in: "test.call"),
        ])
    var start = "intro"
    private var blocks: [(name: String, event: String?, file: String, statements: [Stmt])] = []

    static func line(_ n: Int, in file: String) -> SourceRange {
        SourceRange(
            file: file, start: SourceLocation(offset: n * 100, line: n, column: 3),
            end: SourceLocation(offset: n * 100 + 10, line: n, column: 13))
    }

    mutating func step(_ name: String, file: String = "test.call", _ statements: Stmt...) {
        step(name, file: file, statements: statements)
    }

    mutating func step(_ name: String, file: String = "test.call", statements: [Stmt]) {
        put((name, nil, file, statements))
    }

    mutating func on(_ event: String, name: String? = nil, file: String = "test.call", _ statements: Stmt...) {
        let block = name ?? "on-\(event)"
        put((block, event, file, statements))
    }

    /// Adds a block, or replaces the one with the same name in place (to edit a base script).
    private mutating func put(_ block: (name: String, event: String?, file: String, statements: [Stmt])) {
        if let i = blocks.firstIndex(where: { $0.name == block.name }) {
            blocks[i] = block
        } else {
            blocks.append(block)
        }
    }

    /// The compiled machine. Line numbers: header 1–9, then one line per statement from 10.
    func build() -> Machine {
        var entry: [String: String] = [:]
        for block in blocks {
            if let first = block.statements.first, case .goto = first {} else { entry[block.name] = "\(block.name).1" }
        }
        // A step that is only `-> x` resolves to x's entry (bounded, as the compiler does).
        func resolve(_ name: String) -> String {
            var current = name
            for _ in 0...blocks.count {
                if let id = entry[current] { return id }
                guard let block = blocks.first(where: { $0.name == current }),
                    case .goto(let next) = block.statements.first
                else { break }
                current = next
            }
            return "\(name).missing"
        }
        var states: [State] = []
        var handlers: [Handler] = []
        var lineNumber = 10
        for block in blocks {
            let stepName = block.event.map { "on \($0)" } ?? block.name
            let count = block.statements.count
            if let event = block.event {
                handlers.append(
                    Handler(
                        event: event, entry: "\(block.name).1",
                        source: MachineBuilder.line(lineNumber - 1, in: block.file)))
            }
            for (i, stmt) in block.statements.enumerated() {
                if case .goto = stmt { continue }
                let id = "\(block.name).\(i + 1)"
                var following: [Transition] = []
                if i + 1 < count {
                    if case .goto(let target) = block.statements[i + 1] {
                        following = [.next(resolve(target))]
                    } else {
                        following = [.next("\(block.name).\(i + 2)")]
                    }
                }
                func answers(_ list: [Answer]) -> [Transition] {
                    list.map {
                        Transition(
                            kind: .answer, label: $0.label, answerClass: $0.answerClass, target: resolve($0.target))
                    }
                }
                let range = MachineBuilder.line(lineNumber, in: block.file)
                lineNumber += 1
                func state(
                    _ role: Role, text: String? = nil, field: String? = nil, purpose: String? = nil,
                    topic: String? = nil, _ transitions: [Transition]
                ) -> State {
                    State(
                        id: id, step: stepName, role: role, text: text, field: field, purpose: purpose, topic: topic,
                        transitions: transitions, source: range)
                }
                switch stmt {
                case .say(let t): states.append(state(.say, text: t, following))
                case .identify(let t): states.append(state(.identify, text: t, following))
                case .pitch(let t): states.append(state(.pitch, text: t, following))
                case .optout(let t): states.append(state(.optout, text: t, following))
                case .disclose(let topic, let t): states.append(state(.disclose, text: t, topic: topic, following))
                case .capture(let f, let t): states.append(state(.capture, text: t, field: f, following))
                case .recordObjection: states.append(state(.recordObjection, following))
                case .ask(let q, let a): states.append(state(.ask, text: q, answers(a)))
                case .askConvenient(let q, let a): states.append(state(.askConvenient, text: q, answers(a)))
                case .askConsent(let p, let q, let a):
                    states.append(state(.askConsent, text: q, purpose: p, answers(a)))
                case .branch(let arms, let otherwise):
                    var t = arms.map {
                        Transition(
                            kind: .condition,
                            condition: .compare(
                                field: $0.field, op: .equal, value: Literal(type: .choice, value: $0.value)),
                            target: resolve($0.target))
                    }
                    t.append(Transition(kind: .otherwise, target: resolve(otherwise)))
                    states.append(state(.branch, t))
                case .goto: break
                case .end: states.append(state(.end, []))
                case .hangup: states.append(state(.hangup, []))
                case .callback(let f): states.append(state(.callback, field: f, []))
                case .transferOptout(let t): states.append(state(.transferOptout, text: t, []))
                }
            }
        }
        return Machine(
            compiler: "test", script: script, fields: [], start: resolve(start), handlers: handlers, states: states,
            sources: [SourceDigest(path: "test.call", sha256: "")])
    }
}

extension Machine {
    /// The state with this ID (tests only).
    func state(_ id: String) -> State? { states.first { $0.id == id } }
}

/// The compliant script of the language spec, reduced to what the rules look at.
enum Scripts {
    static let intro = Stmt.identify("Goedemiddag {first_name}, u spreekt met {agent} van {company}.")
    static let purpose = Stmt.disclose("purpose", "Ik bel u over uw energiecontract.")
    static let convenient = Stmt.askConvenient(
        "Komt het u nu gelegen?",
        [.yes("Ja", "offer"), .later("Liever een ander moment", "plan_callback"), .no("Nee", "goodbye")])

    /// A builder holding a script that passes every `nl-telemarketing` rule.
    static func compliant() -> MachineBuilder {
        var b = MachineBuilder()
        b.step("intro", intro, purpose, convenient)
        b.step(
            "offer", .pitch("Als oud-klant krijgt u twaalf maanden vaste korting op stroom."),
            .capture("interest", "Hoe groot is uw interesse?"),
            .branch([("interest", "low", "goodbye")], otherwise: "send_offer"))
        b.step(
            "send_offer", .capture("email", "Op welk e-mailadres mag ik het aanbod sturen?"),
            .askConsent(
                "email-offers", "Mogen wij u over dit aanbod e-mailen?", [.yes("Ja", "goodbye"), .no("Nee", "goodbye")])
        )
        b.step(
            "plan_callback", .capture("callback_at", "Wanneer komt het u beter uit?"),
            .optout("U kunt altijd bezwaar maken tegen onze telefoontjes."), .callback("callback_at"))
        b.step("goodbye", .optout("Mogen wij u in de toekomst nog bellen?"), .say("Bedankt voor uw tijd."), .end)
        b.on(
            "objection", .recordObjection, .say("Ik heb genoteerd dat wij u niet meer bellen."),
            .transferOptout("Ik verbind u door."))
        b.on("voicemail", .hangup)
        b.on(
            "complaint", .capture("complaint", "Wat is uw klacht?"), .say("Uw klacht wordt behandeld."),
            .goto("goodbye"))
        b.on("minor", .say("Dan beëindig ik dit gesprek."), .end)
        b.on(
            "source-question", .say("U gaf ons toestemming toen u klant werd."),
            .optout("Mogen wij u nog bellen?"), .end)
        b.on("vulnerable", .say("Ik beëindig het gesprek; fijne dag nog."), .end)
        return b
    }
}
