import CallscriptMachine
import CallscriptRuntime

/// What the agent asked for with one key press or one line: an input for the session, or a
/// request to the runner itself.
public enum AgentCommand: Hashable, Sendable {
    /// Feed this input to the session (continue, answer, capture, event).
    case input(SessionInput)
    /// Stop safely: everything confirmed is on disk; `--resume` continues here.
    case suspend
    /// Show the key help.
    case help
}

/// The single keys an agent uses, chosen for the left hand on a QWERTY keyboard, with the
/// digits for answers. Letters are lower-case only, so escape sequences (arrows, F-keys such
/// as `ESC O P`) can never trigger an event.
public enum AgentKeys {
    /// One event key and how the footer names it.
    public struct Binding: Hashable, Sendable {
        public var key: Character
        public var event: CallEvent
        public var label: String
        /// What pressing it does, shown when the agent is asked to confirm.
        public var consequence: String
    }

    /// Every event key in footer order. `b` (bron) and `k` (kwetsbaar) are named after the
    /// Dutch words, since no letter of "source" or "vulnerable" is free and Dutch is the
    /// agents' language; a screen offers only `offered(by:)`.
    public static let events: [Binding] = [
        Binding(
            key: "o", event: .objection, label: "objection",
            consequence: "the number goes on the objection list for good"),
        Binding(key: "v", event: .voicemail, label: "voicemail", consequence: "hang up without leaving a message"),
        Binding(key: "c", event: .complaint, label: "complaint", consequence: "take down the complaint"),
        Binding(
            key: "b", event: .sourceQuestion, label: "data source",
            consequence:
                "the person asks where their data comes from: the source shows on screen and the script's answer follows"
        ),
        Binding(key: "m", event: .minor, label: "minor", consequence: "end the call: the person seems 16 or younger"),
        Binding(
            key: "k", event: .vulnerable, label: "vulnerable",
            consequence:
                "the person seems unable to judge the offer (age, language, understanding): stop selling, the script closes the call"
        ),
        Binding(key: "h", event: .hangUp, label: "hung up", consequence: "the person hung up; the call ends"),
    ]

    /// The event keys a screen for `machine` offers, in footer order (`LoadedMachine.offers`).
    public static func offered(by machine: LoadedMachine) -> [Binding] { events.filter { machine.offers($0.event) } }
    /// Suspends the call safely.
    public static let suspend: Character = "q"
    public static let help: Character = "?"
    /// In a capture the keyboard types the value, so commands are a slash and the key (`/o`).
    public static let captureCommandPrefix: Character = "/"

    /// The binding for an event.
    public static func binding(for event: CallEvent) -> Binding? { events.first { $0.event == event } }
}
