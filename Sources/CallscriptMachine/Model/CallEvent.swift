/// What can interrupt a call at any moment: the one list of event names. The compiler checks
/// `on EVENT` against it, the validator checks loaded handlers against it, policies name their
/// required handlers with it, and the runner, the console and `.calltest` files raise its cases.
public enum CallEvent: String, Hashable, Sendable, Codable, CaseIterable {
    case objection
    case voicemail
    case complaint
    case minor
    /// The person asks where the company got their number (AVG art. 14/15).
    case sourceQuestion = "source-question"
    /// The person seems unable to judge the offer (age, language, understanding).
    case vulnerable
    /// The person hung up. Raised by the runner, never handled by a script.
    case hangUp = "hang-up"

    /// The events a script may declare `on EVENT { ... }` for, in the order the language lists them.
    public static let handleable: [CallEvent] = allCases.filter(\.isHandleable)

    /// True when a script may declare a handler for this event.
    public var isHandleable: Bool { self != .hangUp }

    /// The event a script handler is declared for, if `name` names one.
    public init?(handlerName name: String) {
        guard let event = CallEvent(rawValue: name), event.isHandleable else { return nil }
        self = event
    }
}
