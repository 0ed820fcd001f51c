import CallscriptMachine

/// Which events the agent's screens offer for a script: the one rule the terminal keys and the
/// desktop's event bar follow. Objection, voicemail, complaint, minor and hang-up are always
/// offered (the runner acts on them without a handler too). `source-question` and `vulnerable`
/// are offered when the script has their handler: the handler says what to tell the person
/// (where the data comes from, or that the call stops without an offer), and a script without
/// one (a US script, or one written before NL-DATA-SOURCE and NL-VULNERABLE) keeps a short bar.
/// Answers files, script tests and the API may still raise them on any script.
extension LoadedMachine {
    /// True when the agent's screens offer a key for `event` on this script.
    public func offers(_ event: CallEvent) -> Bool {
        switch event {
        case .sourceQuestion, .vulnerable: handlers[event.rawValue] != nil
        case .objection, .voicemail, .complaint, .minor, .hangUp: true
        }
    }
}
