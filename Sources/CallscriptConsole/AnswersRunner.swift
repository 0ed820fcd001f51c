import CallscriptDiagnostics
import CallscriptInput
import CallscriptMachine
import CallscriptRuntime

/// How a non-interactive run ended.
public enum AnswersStop: Equatable, Sendable {
    case ended(Outcome)
    /// A `suspend` line: the call waits at this state for `--resume`.
    case suspended(line: Int, state: String?)
    /// The answers file does not fit the call at a line (CT0200, CT0201) or ended before it
    /// (CT0202, at the end of the file); the call waits where it was.
    case misfit(Diagnostic)
    /// A record could not be written: the call stopped safely (see `RunnerStop.stopped`).
    case stopped(RuntimeError, state: String?)
}

/// Runs a call from an answers file and writes a plain transcript: every screen as a few
/// lines, every input after `>`, every refusal after `!`. A refused capture is shown and the
/// next line is tried (the re-ask), exactly as on the terminal.
public enum AnswersRunner {
    /// Runs `answers` (read from a file that ends at `endOfFile`) until the call ends, a line
    /// does not fit, the file ends, or a `suspend` line.
    public static func run(
        _ session: inout CallSession, answers: [InputLine], endOfFile: SourceRange, write: (String) -> Void
    ) -> AnswersStop {
        var shownInputs = -1
        var remaining = answers[...]
        while true {
            let prompt = session.prompt
            if session.state.inputs != shownInputs {
                shownInputs = session.state.inputs
                write(transcript(prompt))
            }
            if case .ended(let outcome) = prompt {
                if let extra = remaining.first {
                    return .misfit(
                        Diagnostic(
                            .inputAfterEnd,
                            "the call already ended (\(outcome.kind.rawValue)) but the answers file goes on with '\(extra.text)'",
                            at: extra.range, help: "remove the lines from here on, or fix an earlier line"))
                }
                return .ended(outcome)
            }
            guard let next = remaining.popFirst() else {
                return .misfit(
                    Diagnostic(
                        .inputEndedEarly, "the answers file ended but the call still expects \(expected(prompt))",
                        at: endOfFile, help: "add the inputs up to the end of the call, or end the file with suspend"))
            }
            let input: SessionInput
            switch resolve(next.step, prompt) {
            case .failure(let problem):
                return .misfit(
                    Diagnostic(
                        .inputDoesNotFit, "'\(next.text)' does not fit: \(problem.description)", at: next.range,
                        help: problem.help))
            case .success(nil):
                write("  > suspend\n")
                return .suspended(line: next.line, state: session.state.phase.stateID)
            case .success(let resolved?): input = resolved
            }
            write("  > \(describe(input, prompt))\n")
            do {
                try session.perform(input)
                // NL-DATA-SOURCE: the transcript shows the source the agent answers with, as the screen does.
                if input == .event(.sourceQuestion) { write("  source: \(session.basisSource ?? "none on record")\n") }
            } catch {
                switch error {
                case .refused(.invalidValue(let field, let reason)):
                    write("  ! refused: \(field): \(reason); asked again\n")
                case .refused(let refusal):
                    // A coded refusal (an event that cannot apply) points at the line that raised it.
                    if var coded = refusal.diagnostic {
                        coded.range = next.range
                        return .misfit(coded)
                    }
                    return .misfit(
                        Diagnostic(
                            .inputDoesNotFit, "'\(next.text)' does not fit: \(refusal)", at: next.range,
                            help: "the call expects \(expected(prompt))"))
                case .stopped(let failure): return .stopped(failure, state: session.state.phase.stateID)
                }
            }
        }
    }

    /// The screen as transcript lines.
    public static func transcript(_ prompt: Prompt) -> String {
        switch prompt {
        case .line(let state, let role, let text):
            return "[\(ScreenRenderer.badge(role))] \(state)\n  \(text)\n"
        case .question(let state, let role, let text, let answers):
            var out = "[\(ScreenRenderer.badge(role))] \(state)\n  \(text)\n"
            for a in answers {
                out += "    \(a.index + 1). \(a.label)\(a.answerClass.map { " (\($0.rawValue))" } ?? "")\n"
            }
            return out
        case .capture(let state, let field, let type, let text):
            return "[CAPTURE] \(state)\n  \(text)\n    \(field): \(type.description)\n"
        case .ended(let outcome):
            return "[CALL ENDED] \(ScreenRenderer.outcomeText(outcome))\n"
        }
    }

    /// What the screen waits for, in answers-file words.
    static func expected(_ prompt: Prompt) -> String {
        switch prompt {
        case .line(let state, _, _): "'continue' (a line to read at \(state))"
        case .question(let state, _, _, let answers): "'answer 1' to 'answer \(answers.count)' (a question at \(state))"
        case .capture(let state, let field, let type, _): "'capture VALUE' (\(field), \(type.description), at \(state))"
        case .ended: "nothing (the call has ended)"
        }
    }

    /// What to write on this screen.
    static func help(_ prompt: Prompt) -> String {
        switch prompt {
        case .line: "the line on screen is read aloud: write continue, or an event"
        case .question: "answer it by number, label or class, e.g. answer 1"
        case .capture(_, let field, _, _): "enter the value: capture VALUE (or capture \(field) = VALUE)"
        case .ended: "the call has ended: remove the lines after it"
        }
    }

    /// The session input for a step on this screen; nil for suspend. Answers are picked by
    /// the one `AnswerResolver` rule that script tests use too.
    static func resolve(_ step: AgentStep, _ prompt: Prompt) -> Result<SessionInput?, AnswersMisfit> {
        func wrong() -> Result<SessionInput?, AnswersMisfit> {
            .failure(AnswersMisfit("the call expects \(expected(prompt))", help: help(prompt)))
        }
        switch step {
        case .suspend: return .success(nil)
        case .event(let event): return .success(.event(event))
        case .continue:
            guard case .line = prompt else { return wrong() }
            return .success(.continue)
        case .capture(let field, let value):
            guard case .capture(_, let shown, _, _) = prompt else { return wrong() }
            if let field, field != shown {
                return .failure(
                    AnswersMisfit(
                        "the call asks for '\(shown)', not '\(field)'",
                        help: "write capture \(shown) = VALUE, or leave the field out: capture VALUE"))
            }
            // The same reading as a typed line on the capture screen (a choice's number works).
            if case .command(.input(let input)) = AgentInput.captureLine(value, for: prompt) { return .success(input) }
            return .success(.capture(value))
        case .answer(let choice):
            guard case .question(_, _, _, let answers) = prompt else { return wrong() }
            switch AnswerResolver.resolve(choice, among: answers) {
            case .success(let index): return .success(.answer(index))
            case .failure(let mismatch): return .failure(AnswersMisfit(mismatch.description, help: mismatch.help))
            }
        }
    }

    private static func describe(_ input: SessionInput, _ prompt: Prompt) -> String {
        switch input {
        case .continue: return "continue"
        case .answer(let i):
            if case .question(_, _, _, let answers) = prompt, answers.indices.contains(i) {
                return "answer \(i + 1): \(answers[i].label)"
            }
            return "answer \(i + 1)"
        case .capture(let value): return "capture \(value)"
        case .event(let event): return "event \(event.rawValue)"
        }
    }
}

/// Why an answers-file line does not fit the screen, and what would.
public struct AnswersMisfit: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public var help: String
    init(_ description: String, help: String) {
        self.description = description
        self.help = help
    }
}
