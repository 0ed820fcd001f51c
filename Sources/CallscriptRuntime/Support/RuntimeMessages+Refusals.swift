import CallscriptDiagnostics
import CallscriptMachine

/// The message catalogue's part for agent input the runner refuses mid-call: the refusals
/// that carry a code (the others are prompts to try again and have none).
extension InputRefusal {
    /// The refusal as a diagnostic, nil for the ones without a code.
    public var diagnostic: Diagnostic? {
        switch self {
        case .eventNotApplicable(let event, let handler):
            let why =
                switch handler {
                case .objection: "the person has objected: the call only records that and ends"
                case .minor: "the person is a minor: the call ends without an offer"
                case .voicemail: "an answering machine is on the line: the call hangs up without a word"
                case .complaint, .hangUp: "the call is ending"
                }
            let allowed = HandlerGuard.allowed[handler, default: []].map(\.rawValue).sorted()
            return Diagnostic(
                .eventNotApplicable,
                "'\(event.rawValue)' cannot apply once the '\(handler.rawValue)' handler has started: \(why)",
                at: .file(""),
                help:
                    "finish the '\(handler.rawValue)' handler's lines; only \(allowed.joined(separator: " or ")) can still be raised"
            )
        case .callEnded, .wrongInput, .noSuchAnswer, .invalidValue: return nil
        }
    }
}
