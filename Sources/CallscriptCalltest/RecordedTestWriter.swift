import CallscriptMachine
import CallscriptRuntime

/// A conversation played by hand on the step function (the designer's preview), to be kept
/// as a script test: what was entered, and what each input did.
public struct RecordedCall: Sendable, Hashable {
    /// One input and its result: the step's effects, or why it was refused (a capture of the
    /// wrong type, kept so the test checks the refusal too).
    public struct Entry: Sendable, Hashable {
        /// What the agent did.
        public var input: SessionInput
        /// What the step did (none when refused).
        public var effects: [Effect]
        /// Why the input was refused, if it was.
        public var refusal: InputRefusal?

        public init(input: SessionInput, effects: [Effect], refusal: InputRefusal? = nil) {
            self.input = input
            self.effects = effects
            self.refusal = refusal
        }
    }

    /// The test's name.
    public var name: String
    /// The agent's name read for `{agent}`; nil for the default.
    public var agent: String?
    /// The contact's raw values by field name, as typed (the contact-file forms).
    public var contact: [String: String]
    /// The effects of `Stepper.start`.
    public var start: [Effect]
    /// The inputs after the start, in order.
    public var entries: [Entry]

    public init(name: String, agent: String?, contact: [String: String], start: [Effect], entries: [Entry]) {
        self.name = name
        self.agent = agent
        self.contact = contact
        self.start = start
        self.entries = entries
    }
}

/// Writes a recorded call as a `.calltest` file that replays it exactly: every state shown is
/// an `expect line` (so an event happens where it happened), answers are named as
/// `callscript paths` names them, refused captures are followed by `expect refused`, and the
/// records and the outcome are expected as they occurred.
public enum RecordedTestWriter {
    /// `script` is the script's path relative to the folder the test file goes to.
    public static func text(_ call: RecordedCall, machine: Machine, script: String) -> String {
        var out = """
            # Recorded in `callscript preview`: a conversation played through "\(machine.script.name)".
            # Rename the test, add `expect say "..."` lines for the wording that matters.

            script \(quote(script))

            """
        if let agent = call.agent, !agent.isEmpty, agent != "Agent" { out += "agent \(quote(agent))\n" }
        for field in machine.fields where field.origin == .contact {
            out += "contact \(field.name) = \(safeLiteral(call.contact[field.name] ?? "", field.type))\n"
        }
        out += "\ntest \(quote(call.name.isEmpty ? "preview" : call.name))\n"
        let states = Dictionary(machine.states.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lines = effectLines(call.start)
        for entry in call.entries {
            switch entry.input {
            case .continue: break
            case .answer(let choice):
                let answered = entry.effects.first { if case .answered = $0 { true } else { false } }
                if case .answered(let id, _, _, _)? = answered, let state = states[id] {
                    lines.append(PathTestWriter.answer(state, choice))
                } else {
                    lines.append("answer \(choice + 1)")
                }
            case .capture(let value):
                let field = entry.effects.lazy.compactMap { e -> String? in
                    if case .captured(_, let f, _) = e { f } else { nil }
                }.first
                let refusedField: String? =
                    if case .invalidValue(let f, _)? = entry.refusal { f } else { nil }
                let name = field ?? refusedField ?? "?"
                lines.append("capture \(name) = \(quote(value))")
                if refusedField != nil { lines.append("expect refused") }
            case .event(let event): lines.append("event \(event.rawValue)")
            }
            if entry.refusal == nil { lines += effectLines(entry.effects) }
        }
        for line in lines { out += "  " + line + "\n" }
        return out
    }

    /// The expectations an input's effects make true, in the order they happened.
    private static func effectLines(_ effects: [Effect]) -> [String] {
        var lines: [String] = []
        for effect in effects {
            switch effect {
            case .shown(let id, let role, let text):
                let padded = "expect line \(id)"
                let comment = "\(role.rawValue): \(short(text, 48))".replacingOccurrences(of: "\n", with: " ")
                lines.append(padded + String(repeating: " ", count: max(2, 38 - padded.count)) + "# " + comment)
            case .recordObjection: lines.append("expect objection recorded")
            case .recordConsent(_, let purpose): lines.append("expect consent \(quote(purpose))")
            case .planCallback(_, let at):
                lines.append("expect callback" + (at.map { " \(quote($0.description))" } ?? ""))
            case .ended(let outcome):
                var line = "expect outcome \(outcome.kind.rawValue)"
                if let at = outcome.callbackAt { line += " \(at)" }
                lines.append(line)
            case .continued, .answered, .captured, .branched, .event: continue
            }
        }
        return lines
    }

    /// A contact value bare when it is one plain word of a word-like type, quoted otherwise.
    private static func safeLiteral(_ value: String, _ type: FieldType) -> String {
        let plain =
            !value.isEmpty
            && value.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".,:+-_".unicodeScalars.contains($0))
            }
        return plain ? literal(value, type) : quote(value)
    }
}
