import CallscriptMachine
import CallscriptRuntime
import Foundation

/// Everything one agent screen shows; built from the session, rendered by `ScreenRenderer`.
public struct ScreenModel: Hashable, Sendable {
    /// A message under the prompt.
    public enum Notice: Hashable, Sendable {
        /// The input was refused (a capture that does not fit): say why and ask again.
        case refused(String)
        /// A confirmation question for an event or suspend.
        case confirm(String)
        /// A neutral hint (a key that means nothing here).
        case hint(String)
    }

    public var scriptName: String
    /// `K-1001 · +31612345678`.
    public var contact: String
    public var agent: String
    public var prompt: Prompt
    /// The step the state belongs to (`offer`, `on objection`), nil once ended.
    public var step: String?
    /// The statement number within the step (`offer.2` -> 2).
    public var statement: Int?
    public var notice: Notice?
    public var showHelp: Bool
    /// The objection list already holds this person's number.
    public var objectionRecorded: Bool
    /// Where the consent or customer record comes from, for "where did you get my number?".
    public var source: String?
    /// The event keys this script offers (`AgentKeys.offered(by:)`), in footer order.
    public var events: [AgentKeys.Binding]

    public init(
        scriptName: String, contact: String, agent: String, prompt: Prompt, step: String? = nil,
        statement: Int? = nil, notice: Notice? = nil, showHelp: Bool = false, objectionRecorded: Bool = false,
        source: String? = nil, events: [AgentKeys.Binding] = AgentKeys.events
    ) {
        self.source = source
        self.events = events
        self.scriptName = scriptName
        self.contact = contact
        self.agent = agent
        self.prompt = prompt
        self.step = step
        self.statement = statement
        self.notice = notice
        self.showHelp = showHelp
        self.objectionRecorded = objectionRecorded
    }

    /// The screen for the session as it is now.
    public init(session: CallSession, notice: Notice? = nil, showHelp: Bool = false) {
        let context = session.context
        let prompt = session.prompt
        var step: String?
        var statement: Int?
        if let id = session.state.phase.stateID, let position = context.loaded.index.index(of: id) {
            step = context.loaded.index[position].step
            statement = id.split(separator: ".").last.flatMap { Int($0) }
        }
        self.init(
            scriptName: context.loaded.machine.script.name, contact: "\(context.contact.id) · \(context.contact.phone)",
            agent: context.agent, prompt: prompt, step: step, statement: statement, notice: notice, showHelp: showHelp,
            objectionRecorded: session.state.objectionRecorded, source: session.basisSource,
            events: AgentKeys.offered(by: context.loaded))
    }

    /// The step of the `on source-question` handler's lines (the compiler names a handler's
    /// step `on EVENT`).
    public static let sourceQuestionStep = "on " + CallEvent.sourceQuestion.rawValue

    /// True while the person's question about their data is answered: the screen shows the
    /// source beside the handler's lines (NL-DATA-SOURCE).
    public var answersSourceQuestion: Bool { step == Self.sourceQuestionStep }
}

/// How to draw: colour (only on a terminal, never with `NO_COLOR`) and the width in columns.
public struct ScreenStyle: Hashable, Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool, width: Int = 80) {
        self.color = color
        self.width = max(40, min(width, 120))
    }
}

/// Draws the agent's screen as a pure function of the model: role badge and step, the exact
/// text to read in a marked block, numbered answers or the capture's type and an example, a
/// refusal or confirmation under it, and the event keys in the footer.
public enum ScreenRenderer {
    public static func render(_ model: ScreenModel, style: ScreenStyle) -> String {
        let paint = Painter(on: style.color)
        var out: [String] = []
        let rule = paint.dim(String(repeating: "─", count: style.width))
        out.append(" " + paint.bold(model.scriptName) + paint.dim("  ·  \(model.contact)  ·  agent \(model.agent)"))
        if let source = model.source {
            out += wrap("source: " + source, width: style.width - 2).map { " " + paint.dim($0) }
        }
        out.append(rule)
        if model.showHelp {
            out += help(model.prompt, model.events, paint)
        } else {
            out += body(model, style, paint)
        }
        switch model.notice {
        case .refused(let reason)?:
            out += [""] + wrap("✗ " + reason, width: style.width - 4).map { paint.red("  " + $0) }
        case .confirm(let question)?:
            out += [""] + wrap("? " + question, width: style.width - 4).map { paint.yellow("  " + $0) }
        case .hint(let hint)?: out += [""] + wrap("· " + hint, width: style.width - 4).map { paint.dim("  " + $0) }
        case nil: break
        }
        out.append(rule)
        if case .ended = model.prompt {
        } else {
            out += footerLines(model.prompt, events: model.events, width: style.width - 1).map { " " + paint.dim($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The prompt printed after the screen on a capture, where the agent types.
    public static func inputPrompt(_ model: ScreenModel, style: ScreenStyle) -> String? {
        guard case .capture(_, let field, _, _) = model.prompt else { return nil }
        return "  " + Painter(on: style.color).bold("\(field) ›") + " "
    }

    /// `IDENTIFY`, `PITCH`, `OPT-OUT`...: what the agent is about to do, in one word.
    public static func badge(_ role: Role) -> String {
        switch role {
        case .identify: "IDENTIFY"
        case .say: "SAY"
        case .pitch: "PITCH"
        case .optout: "OPT-OUT"
        case .disclose: "DISCLOSE"
        case .capture: "CAPTURE"
        case .ask: "QUESTION"
        case .askConvenient: "CONVENIENT?"
        case .askConsent: "CONSENT"
        case .askOptout: "OPT-OUT?"
        case .askSale: "SALE?"
        case .transferOptout: "TRANSFER OPT-OUT"
        case .recordObjection: "OBJECTION"
        case .branch: "BRANCH"
        case .end, .hangup, .callback: "END"
        }
    }

    /// The footer: the offered event keys, suspend and help; on a capture they take a slash.
    public static func footer(_ prompt: Prompt, events: [AgentKeys.Binding] = AgentKeys.events) -> String {
        footerKeys(prompt, events: events).joined(separator: "  ")
    }

    /// The footer broken between keys (never inside `k vulnerable`) to fit `width` columns.
    static func footerLines(_ prompt: Prompt, events: [AgentKeys.Binding], width: Int) -> [String] {
        var lines: [String] = []
        for key in footerKeys(prompt, events: events) {
            if let last = lines.last, last.count + 2 + key.count <= width {
                lines[lines.count - 1] = last + "  " + key
            } else {
                lines.append(key)
            }
        }
        return lines
    }

    private static func footerKeys(_ prompt: Prompt, events: [AgentKeys.Binding]) -> [String] {
        let slash: String
        if case .capture = prompt { slash = String(AgentKeys.captureCommandPrefix) } else { slash = "" }
        var keys = events.map { "\(slash)\($0.key) \($0.label)" }
        keys.append("\(slash)\(AgentKeys.suspend) suspend")
        keys.append("\(slash)\(AgentKeys.help) help")
        return keys
    }

    /// A value of the type the agent could type, shown as an example.
    public static func example(for type: FieldType) -> String {
        switch type.kind {
        case .text: "zoals de persoon het zegt"
        case .number: "12 or 2,5"
        case .yesno: "ja or nee"
        case .date: "2026-07-01"
        case .datetime: "2026-07-01T14:30"
        case .email: "naam@voorbeeld.nl"
        case .phone: "+31 6 1234 5678"
        case .choice: type.choices?.first ?? "one of the words"
        }
    }

    /// How an outcome reads on the end screen and in transcripts.
    public static func outcomeText(_ outcome: Outcome) -> String {
        switch outcome.kind {
        case .end: "call ended by the agent"
        case .hangup: "hung up without a word (voicemail)"
        case .callback: outcome.callbackAt.map { "callback planned at \($0)" } ?? "callback planned (no time captured)"
        case .transferOptout: "put through to the opt-out line"
        case .personHungUp: "the person hung up"
        case .objection: "objection recorded; call ended"
        case .minor: "call ended: the person seems to be 16 or younger"
        }
    }

    private static func body(_ model: ScreenModel, _ style: ScreenStyle, _ paint: Painter) -> [String] {
        var out: [String] = []
        let position = [model.step, model.statement.map { "line \($0)" }].compactMap { $0 }.joined(separator: " · ")
        func header(_ role: Role) {
            out.append(" " + paint.badge(" \(badge(role)) ", role) + "  " + paint.dim(position))
            out.append("")
            if model.answersSourceQuestion { out += sourceAnswer(model.source, style, paint) }
        }
        func block(_ text: String) {
            for line in wrap(text, width: style.width - 6) {
                out.append("  " + paint.accent("┃") + " " + paint.bold(line))
            }
            out.append("")
        }
        switch model.prompt {
        case .line(_, let role, let text):
            header(role)
            block(text)
            let action =
                role == .transferOptout
                ? "Read this aloud, put the call through, then press Enter" : "Read this aloud, then press Enter"
            out.append("  " + action)
        case .question(_, let role, let text, let answers):
            header(role)
            block(text)
            let width = answers.map(\.label.count).max() ?? 0
            for answer in answers {
                let number = answers.count > 9 ? String(answer.index + 1).leftPadded(to: 2) : String(answer.index + 1)
                let pad = String(repeating: " ", count: max(0, width - answer.label.count))
                let kind = answer.answerClass.map { paint.dim("  (\($0.rawValue))") } ?? ""
                out.append("   " + paint.bold("[\(number)]") + " " + answer.label + pad + kind)
            }
            out.append("")
            out.append(
                answers.count > 9
                    ? "  Type the number of the person's answer, then Enter"
                    : "  Press the number of the person's answer")
        case .capture(_, let field, let type, let text):
            header(.capture)
            block(text)
            if type.kind == .choice, let choices = type.choices {
                let list = choices.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "   ")
                out.append("  \(field): one of   " + paint.bold(list))
                out.append("  Type the word or its number, then Enter")
            } else {
                out.append("  \(field): \(type.description), e.g. " + paint.bold(example(for: type)))
                out.append("  Type the value, then Enter")
            }
        case .ended(let outcome):
            out.append(" " + paint.endBadge(" CALL ENDED ") + "  " + outcomeText(outcome))
            if model.objectionRecorded { out.append("  The number is on the objection list: do not call again.") }
        }
        return out
    }

    private static func help(_ prompt: Prompt, _ events: [AgentKeys.Binding], _ paint: Painter) -> [String] {
        var out = [" " + paint.bold("Keys"), ""]
        out.append("  Enter      the line was read aloud: continue")
        out.append("  1–9        the person's answer to the question")
        out.append("  (capture)  type the value and Enter; for a choice its number works too")
        for binding in events {
            out.append("  \(binding.key)          \(binding.label): \(binding.consequence)")
        }
        out.append("  \(AgentKeys.suspend)          suspend safely; `callscript run --resume` continues here")
        let slashed = (events.map(\.key) + [AgentKeys.suspend]).map { "/\($0)" }.joined(separator: ", ")
        out.append("  On a capture screen type the key after a slash: " + slashed)
        out.append("  Events ask for the same key again to confirm. Press any key to go back.")
        return out
    }

    /// The source, in bold above the handler's lines, while the person's question is answered.
    private static func sourceAnswer(_ source: String?, _ style: ScreenStyle, _ paint: Painter) -> [String] {
        guard let source else {
            let none = "No source is on record for this call: say so; the person can ask the company in writing."
            return wrap(none, width: style.width - 4).map { "  " + paint.yellow($0) } + [""]
        }
        var out = ["  " + paint.yellow("Where the data comes from (tell the person):")]
        out += wrap(source, width: style.width - 4).map { "  " + paint.bold($0) }
        out.append("")
        return out
    }

    /// Greedy word wrap that keeps the script's own line breaks.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }
}

/// ANSI styling that is a no-op without colour.
struct Painter {
    let on: Bool

    private func sgr(_ codes: String, _ text: String) -> String { on ? "\u{1B}[\(codes)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { sgr("1", text) }
    func dim(_ text: String) -> String { sgr("2", text) }
    func red(_ text: String) -> String { sgr("1;31", text) }
    func yellow(_ text: String) -> String { sgr("1;33", text) }
    func accent(_ text: String) -> String { sgr("36", text) }
    func endBadge(_ text: String) -> String {
        on ? sgr("1;97;100", text) : "[\(text.trimmingCharacters(in: .whitespaces))]"
    }

    /// The role badge: reverse colours by role on a terminal, brackets in plain text.
    func badge(_ text: String, _ role: Role) -> String {
        guard on else { return "[\(text.trimmingCharacters(in: .whitespaces))]" }
        let colour: String
        switch role {
        case .identify, .disclose: colour = "1;97;44"
        case .pitch: colour = "1;30;43"
        case .optout, .transferOptout, .askOptout: colour = "1;30;42"
        case .askConsent: colour = "1;97;45"
        case .askConvenient, .ask, .askSale, .capture: colour = "1;30;46"
        default: colour = "1;97;100"
        }
        return sgr(colour, text)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
