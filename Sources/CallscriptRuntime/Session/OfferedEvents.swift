import CallscriptMachine

/// Which events the agent's screens offer for a script: the one rule the terminal keys and the
/// desktop's event bar follow. Objection, voicemail, complaint, minor, vulnerable and hang-up are
/// always offered: the runner acts on them without a handler too, and an agent who hears that
/// the person is vulnerable must be able to stop the sale whatever the script says (the call
/// then ends without an offer). `source-question` is offered when the script has its handler,
/// which says what to tell the person; a script without one (a US script, or one written
/// before NL-DATA-SOURCE) keeps a shorter bar. Answers files, script tests and the API may
/// still raise it on any script.
extension LoadedMachine {
    /// True when the agent's screens offer a key for `event` on this script.
    public func offers(_ event: CallEvent) -> Bool {
        switch event {
        case .sourceQuestion: handlers[event.rawValue] != nil
        case .objection, .voicemail, .complaint, .minor, .vulnerable, .hangUp: true
        }
    }
}
