import CallscriptMachine
import CallscriptRuntime

/// A call as the API shows it (Docs/api.md, `Call`).
public struct CallView: Codable, Sendable, Hashable {
    public var id: String
    public var campaign: String
    public var contact: String
    public var agent: String
    /// The language the lines are read in: the contact's `language` when the script carries
    /// that translation, else the script's language (`nl` when it says none).
    public var language: String
    /// `active`, `suspended` or `ended`.
    public var status: String
    public var resumed: Bool
    public var practice: Bool
    public var screen: ScreenView
    public var events: [EventView]
    public var outcome: OutcomeView?
    /// Where the consent or customer record comes from, shown when the call starts
    /// (NL-DATA-SOURCE); absent when the basis names none. In English, as the audit trail keeps it.
    public var source: String?
    /// The same source in parts, so the desktop words it in its own language.
    public var sourceDetail: SourceView?
}

/// Where the call's basis comes from, in parts (`BasisSource`): the record's own words stay as
/// written, the rest is the desktop's to translate.
public struct SourceView: Codable, Sendable, Hashable {
    /// `consent` or `customer-record`.
    public var kind: String
    /// The record's own `source` text (data, never translated).
    public var origin: String?
    public var recordedAt: String?
    public var recordedBy: String?
    /// A customer record without an origin: its last purchase or contract end (YYYY-MM-DD).
    public var relationDate: String?
    /// How and when the consent was verified.
    public var verifiedBy: String?
    public var verifiedAt: String?
}

/// What the agent sees now.
public struct ScreenView: Codable, Sendable, Hashable {
    /// `line`, `question`, `capture` or `ended`.
    public var kind: String
    public var state: String?
    public var role: String?
    public var step: String?
    public var text: String?
    public var answers: [AnswerView]
    public var capture: CaptureView?
    /// A sentence for the agent about this line (what a "no" means on the opt-out line).
    public var hint: String?
}

public struct AnswerView: Codable, Sendable, Hashable {
    /// 1-based, as on screen.
    public var number: Int
    public var label: String
    public var `class`: String?
}

public struct CaptureView: Codable, Sendable, Hashable {
    public var field: String
    /// The field type: `text`, `number` (12 or 2,5), `yesno`, `date`, `datetime`, `email`,
    /// `phone`, `choice`.
    public var type: String
    public var choices: [String]?
    /// An example of what to type.
    public var format: String?
}

/// An event the agent may raise at any moment, with its key on the desktop and in the terminal.
public struct EventView: Codable, Sendable, Hashable {
    public var name: String
    public var key: String
}

public struct OutcomeView: Codable, Sendable, Hashable {
    public var kind: String
    public var detail: String?
}

extension ScreenView {
    /// The screen for a prompt of a machine.
    init(_ prompt: Prompt, index: MachineIndex) {
        func step(_ id: String) -> String? { index.index(of: id).map { index[$0].step } }
        switch prompt {
        case .line(let state, let role, let text):
            self.init(
                kind: "line", state: state, role: role.rawValue, step: step(state), text: text, answers: [],
                capture: nil, hint: Self.hint(for: role))
        case .question(let state, let role, let text, let answers):
            self.init(
                kind: "question", state: state, role: role.rawValue, step: step(state), text: text,
                answers: answers.map {
                    AnswerView(number: $0.index + 1, label: $0.label, class: $0.answerClass?.rawValue)
                }, capture: nil, hint: Self.hint(for: role))
        case .capture(let state, let field, let type, let text):
            self.init(
                kind: "capture", state: state, role: Role.capture.rawValue, step: step(state), text: text, answers: [],
                capture: CaptureView(
                    field: field, type: type.kind.rawValue, choices: type.choices, format: Self.example(type.kind)),
                hint: nil)
        case .ended:
            self.init(kind: "ended", state: nil, role: nil, step: nil, text: nil, answers: [], capture: nil, hint: nil)
        }
    }

    static func hint(for role: Role) -> String? {
        switch role {
        case .optout:
            return
                "If the person does not want to be called again, raise the objection event (key o): the number goes on the objection list for every agent at once."
        case .askConvenient: return "A \"no\" or \"later\" ends the pitch: the script goes to a callback or goodbye."
        default: return nil
        }
    }

    static func example(_ kind: FieldType.Kind) -> String? {
        switch kind {
        case .text, .choice: nil
        case .number: "12"
        case .yesno: "ja / nee"
        case .date: "2026-12-24"
        case .datetime: "2026-12-24T14:30"
        case .email: "naam@voorbeeld.nl"
        case .phone: "06 12345678"
        }
    }
}

extension OutcomeView {
    init(_ outcome: Outcome) {
        self.init(kind: outcome.kind.rawValue, detail: outcome.callbackAt.map { "callback at \($0)" } ?? outcome.state)
    }
}

extension SourceView {
    init(_ basis: BasisSource) {
        self.init(
            kind: basis.kind.rawValue, origin: basis.origin, recordedAt: basis.recordedAt, recordedBy: basis.recordedBy,
            relationDate: basis.relationDate, verifiedBy: basis.verifiedBy, verifiedAt: basis.verifiedAt)
    }
}

extension EventView {
    /// The same keys, in the same order, as the terminal runner (`AgentKeys.events`; a test
    /// compares them).
    static let all: [EventView] = [
        EventView(name: CallEvent.objection.rawValue, key: "o"),
        EventView(name: CallEvent.voicemail.rawValue, key: "v"),
        EventView(name: CallEvent.complaint.rawValue, key: "c"),
        EventView(name: CallEvent.sourceQuestion.rawValue, key: "b"),
        EventView(name: CallEvent.minor.rawValue, key: "m"),
        EventView(name: CallEvent.vulnerable.rawValue, key: "k"),
        EventView(name: CallEvent.hangUp.rawValue, key: "h"),
    ]

    /// The events the event bar offers for `machine` (`LoadedMachine.offers`).
    static func offered(by machine: LoadedMachine) -> [EventView] {
        all.filter { CallEvent(rawValue: $0.name).map(machine.offers) ?? false }
    }
}
