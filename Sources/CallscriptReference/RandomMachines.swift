import CallscriptDiagnostics
import CallscriptGenerator
import CallscriptMachine

/// Small random machines with loops, dead ends, all roles and 0–3 handlers that may jump into
/// the main flow.
public enum RandomMachines {
    public static let company = "Sunny Energy LLC"
    public static let identifyTexts = [
        "Hi, {agent} for {company}.", "Hi, this is {agent}.", "Hi, this is Sunny Energy.", "Hi, Sunny here.",
    ]
    /// Which of `identifyTexts` name the seller (decided by hand, not by the verifier's matcher).
    public static let namingSeller: Set<String> = ["Hi, {agent} for {company}.", "Hi, this is Sunny Energy."]

    static let roles: [Role] = [
        .say, .say, .identify, .identify, .pitch, .pitch, .optout, .disclose, .disclose, .capture, .recordObjection,
        .ask,
        .askConvenient, .askConvenient, .askConsent, .askOptout, .askOptout, .askSale, .branch, .end, .hangup,
        .callback,
        .transferOptout,
    ]

    public static func make(_ rng: inout SeededRandom) -> Machine {
        let mainCount = 2 + rng.below(8)
        let handlerCount = rng.below(4)
        var blocks: [(prefix: String, count: Int)] = [("m", mainCount)]
        var handlers: [Handler] = []
        let origin = SourceRange.wholeFile("random.call")
        for h in 0..<handlerCount {
            let event = rng.pick(["objection", "voicemail", "complaint", "minor", "vulnerable"])
            let prefix = "on-\(event)-\(h)"
            blocks.append((prefix, 1 + rng.below(2)))
            handlers.append(Handler(event: event, entry: "\(prefix).1", source: origin))
        }
        var states: [State] = []
        var line = 1
        for (b, block) in blocks.enumerated() {
            for i in 1...block.count {
                let role = rng.pick(roles)
                func target() -> String {
                    if b > 0, rng.below(2) == 0 { return "\(block.prefix).\(1 + rng.below(block.count))" }
                    return "m.\(1 + rng.below(mainCount))"
                }
                var transitions: [Transition] = []
                switch role {
                case .end, .hangup, .callback, .transferOptout:
                    break
                case .ask, .askConvenient, .askConsent, .askOptout, .askSale:
                    for a in 0..<(2 + rng.below(2)) {
                        let answerClass: AnswerClass? =
                            role == .ask
                            ? nil : (role == .askConvenient ? rng.pick([.yes, .no, .later]) : rng.pick([.yes, .no]))
                        transitions.append(
                            Transition(kind: .answer, label: "A\(a)", answerClass: answerClass, target: target()))
                    }
                case .branch:
                    for _ in 0..<(1 + rng.below(2)) {
                        transitions.append(
                            Transition(kind: .condition, condition: .isSet(field: "x"), target: target()))
                    }
                    transitions.append(Transition(kind: .otherwise, target: target()))
                default:
                    if rng.below(12) != 0 { transitions.append(.next(target())) }
                }
                let text: String? =
                    role == .identify ? rng.pick(identifyTexts) : (role.isSpoken ? "Tekst \(line)" : nil)
                let range = SourceRange(
                    file: "random.call", start: SourceLocation(offset: line * 10, line: line, column: 1),
                    end: SourceLocation(offset: line * 10 + 5, line: line, column: 6))
                line += 1
                states.append(
                    State(
                        id: "\(block.prefix).\(i)", step: block.prefix, role: role, text: text,
                        topic: role == .disclose ? rng.pick(["purpose", "goods", "prize", "prize"]) : nil,
                        transitions: transitions,
                        source: range))
            }
        }
        let script = ScriptInfo(
            name: "Random", company: company, principal: nil, callerID: "+31 20 555 0199", policy: "nl-telemarketing",
            sector: "energy", audience: .optIn)
        return Machine(
            compiler: "test", script: script, fields: [], start: "m.1", handlers: handlers, states: states, sources: [])
    }
}
