import CallscriptRuntime

/// Where the interactive runner draws and reads. The real one is `TerminalConsole`; tests
/// script one, so the whole loop runs without a terminal.
public protocol AgentTerminal {
    /// Replaces the screen; `inputPrompt` (capture screens) is written after it without a newline.
    mutating func draw(_ screen: String, inputPrompt: String?)
    /// One key press; Enter is the empty string; nil when input has ended.
    mutating func readKey() -> String?
    /// One typed line without its newline; nil when input has ended.
    mutating func readLine() -> String?
}

/// Why the interactive loop returned.
public enum RunnerStop: Equatable, Sendable {
    /// The call reached its end.
    case ended(Outcome)
    /// The agent suspended the call (`q`); it waits at this state for `--resume`.
    case suspended(state: String?)
    /// A record could not be written; the step did not happen; everything before is on disk.
    case stopped(RuntimeError, state: String?)
    /// Input ended (end of file) before the call did; it waits at this state.
    case inputClosed(state: String?)
}

/// The interactive runner: draw the screen for the session, read one key (or a line on a
/// capture), apply it, repeat. Events and suspend ask for their key again first, refused
/// captures are shown with the reason and asked again, and a failed write stops at once.
public enum RunnerLoop {
    public static func run<T: AgentTerminal>(_ session: inout CallSession, terminal: inout T, style: ScreenStyle)
        -> RunnerStop
    {
        var notice: ScreenModel.Notice?
        var showHelp = false
        var pending: AgentCommand?
        let events = AgentKeys.offered(by: session.context.loaded)
        while true {
            let model = ScreenModel(session: session, notice: notice, showHelp: showHelp)
            terminal.draw(
                ScreenRenderer.render(model, style: style), inputPrompt: ScreenRenderer.inputPrompt(model, style: style)
            )
            let prompt = session.prompt
            if case .ended(let outcome) = prompt { return .ended(outcome) }
            let readsLine: Bool
            switch prompt {
            case .capture: readsLine = true
            case .question(_, _, _, let answers): readsLine = answers.count > 9
            default: readsLine = false
            }
            guard let raw = readsLine ? terminal.readLine() : terminal.readKey() else {
                return .inputClosed(state: session.state.phase.stateID)
            }
            notice = nil
            if showHelp {
                showHelp = false
                continue
            }
            let result: KeyResult
            if let waiting = pending {
                pending = nil
                guard AgentInput.confirms(raw, waiting) else {
                    notice = .hint("cancelled")
                    continue
                }
                result = .command(waiting)
            } else if case .capture = prompt {
                result = AgentInput.captureLine(raw, for: prompt, events: events)
            } else {
                result = AgentInput.key(raw, for: prompt, events: events)
            }
            switch result {
            case .hint(let text): notice = .hint(text)
            case .confirm(let command, let question):
                pending = command
                notice = .confirm(question)
            case .command(.help): showHelp = true
            case .command(.suspend): return .suspended(state: session.state.phase.stateID)
            case .command(.input(let input)):
                do { try session.perform(input) } catch {
                    switch error {
                    case .refused(let refusal): notice = .refused(refusal.description)
                    case .stopped(let failure): return .stopped(failure, state: session.state.phase.stateID)
                    }
                }
            }
        }
    }
}
