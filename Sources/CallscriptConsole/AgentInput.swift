import CallscriptMachine
import CallscriptRuntime
import Foundation

/// What one key press or typed line means on the current screen.
public enum KeyResult: Hashable, Sendable {
    case command(AgentCommand)
    /// An event ends or redirects the call, so a stray key must not raise it: the agent
    /// presses the same key again (or `y`) to confirm; any other key cancels.
    case confirm(AgentCommand, question: String)
    /// The key means nothing here; the hint says what would.
    case hint(String)
}

/// Turns keys and lines into commands for the current prompt. Pure, so every binding is
/// unit-tested without a terminal.
public enum AgentInput {
    /// A key (or, when answers go past 9 or input is not a terminal, a line) on a line,
    /// question or end screen. Enter arrives as an empty string. `events` are the event keys
    /// the screen offers (`AgentKeys.offered(by:)`); any other letter is a hint.
    public static func key(_ raw: String, for prompt: Prompt, events: [AgentKeys.Binding] = AgentKeys.events)
        -> KeyResult
    {
        let key = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if key.isEmpty {
            switch prompt {
            case .line: return .command(.input(.continue))
            case .question(_, _, _, let answers):
                return .hint("press the number of the person's answer (1–\(answers.count))")
            case .capture: return .hint("type the value, then press Enter")
            case .ended: return .hint("the call has ended")
            }
        }
        if let number = Int(key), key.allSatisfy(\.isASCII) {
            switch prompt {
            case .question(_, _, _, let answers):
                guard (1...max(1, answers.count)).contains(number), number <= answers.count else {
                    return .hint("there is no answer \(number); choose 1–\(answers.count)")
                }
                return .command(.input(.answer(number - 1)))
            case .line: return .hint("read the line aloud, then press Enter")
            case .capture, .ended: return .hint("unknown key '\(key)'; press ? for help")
            }
        }
        return command(key, events)
    }

    /// A line typed on a capture screen: the value, or `/key` for an event, `/q` to suspend,
    /// `/?` for help. `//text` enters a value that starts with a slash. For a choice, the
    /// number of a listed word stands for the word.
    public static func captureLine(
        _ raw: String, for prompt: Prompt, events: [AgentKeys.Binding] = AgentKeys.events
    ) -> KeyResult {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = AgentKeys.captureCommandPrefix
        if line.first == prefix, line.dropFirst().first != prefix {
            let key = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if key.isEmpty { return .hint("type a key after the slash, e.g. /o for an objection") }
            return command(key, events)
        }
        let value = line.first == prefix ? String(line.dropFirst()) : line
        if value.isEmpty { return .hint("type the value, then press Enter") }
        if case .capture(_, _, let type, _) = prompt, type.kind == .choice, let choices = type.choices,
            let number = Int(value), (1...max(1, choices.count)).contains(number), number <= choices.count
        {
            return .command(.input(.capture(choices[number - 1])))
        }
        return .command(.input(.capture(value)))
    }

    /// True when `raw` confirms the pending command: its own key again, or `y`.
    public static func confirms(_ raw: String, _ pending: AgentCommand) -> Bool {
        let key = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let bare = key.first == AgentKeys.captureCommandPrefix ? String(key.dropFirst()) : key
        if bare == "y" || bare == "j" { return true }
        switch pending {
        case .input(.event(let event)): return AgentKeys.binding(for: event).map { String($0.key) == bare } ?? false
        case .suspend: return bare == String(AgentKeys.suspend)
        default: return false
        }
    }

    private static func command(_ key: String, _ events: [AgentKeys.Binding]) -> KeyResult {
        if key == String(AgentKeys.suspend) { return .command(.suspend) }
        if key == String(AgentKeys.help) { return .command(.help) }
        if let binding = events.first(where: { String($0.key) == key }) {
            let name = binding.label.prefix(1).uppercased() + binding.label.dropFirst()
            return .confirm(
                .input(.event(binding.event)),
                question:
                    "\(name): \(binding.consequence). Press \(binding.key) again to confirm, any other key to cancel")
        }
        return .hint("unknown key '\(key)'; press ? for help")
    }
}
