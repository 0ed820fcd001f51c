import CallscriptMachine
import CallscriptRuntime
import Foundation

/// One input of an answers file: what the agent would have pressed or typed.
public enum AnswerCommand: Hashable, Sendable {
    case `continue`
    /// 1-based, as on screen.
    case answerNumber(Int)
    /// The answer whose label is this text (case-insensitive).
    case answerLabel(String)
    /// The answer of this class (`yes`, `no`, `later`) of an `ask convenient` or `ask consent`.
    case answerClass(AnswerClass)
    case capture(String)
    case event(CallEvent)
    /// Stop safely here; `--resume` continues.
    case suspend
}

/// One meaningful line of an answers file.
public struct AnswerLine: Hashable, Sendable {
    /// 1-based line number in the file.
    public var line: Int
    /// The line as written, trimmed, for messages and the transcript.
    public var text: String
    public var command: AnswerCommand
}

/// A line of an answers file that is not an input, with its line number.
public struct AnswersFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var help: String

    public var description: String { "\(file):\(line): error: \(message)\n  = help: \(help)" }
}

/// The answers file of `callscript run --answers FILE`: one input per line, in call order.
///
/// ```
/// # Anna agrees and asks for the offer by e-mail
/// continue                 # the line was read
/// answer 1                 # the first answer on screen
/// answer "Ja, dat komt uit" # or by its label; or by class: answer yes / no / later
/// capture anna@voorbeeld.nl
/// event objection          # objection, voicemail, complaint, minor, hang-up
/// suspend                  # stop safely here (resume later)
/// ```
/// Empty lines and lines starting with `#` are skipped; a `#` after an input starts a comment
/// except in `capture`, whose value is the rest of the line (quote it to keep spaces at the ends).
public enum AnswersFile {
    public static func parse(_ text: String, file: String) -> Result<[AnswerLine], AnswersFileError> {
        var out: [AnswerLine] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let number = i + 1
            func fail(_ message: String, _ help: String) -> Result<[AnswerLine], AnswersFileError> {
                .failure(AnswersFileError(file: file, line: number, message: message, help: help))
            }
            let word = String(line.prefix { !$0.isWhitespace })
            let rest = line.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
            let argument = word == "capture" ? rest : stripComment(rest)
            let command: AnswerCommand
            switch word {
            case "continue":
                guard argument.isEmpty else { return fail("'continue' takes nothing after it", "write just: continue") }
                command = .continue
            case "suspend":
                guard argument.isEmpty else { return fail("'suspend' takes nothing after it", "write just: suspend") }
                command = .suspend
            case "answer":
                if argument.isEmpty {
                    return fail("'answer' needs the answer", "write answer 2, answer \"Ja\" or answer yes")
                }
                if let n = Int(argument) {
                    guard n >= 1 else {
                        return fail("answer numbers start at 1", "write the number shown on screen, e.g. answer 1")
                    }
                    command = .answerNumber(n)
                } else if let cls = AnswerClass(rawValue: argument) {
                    command = .answerClass(cls)
                } else {
                    guard let label = unquote(argument) else {
                        return fail("unclosed quote in '\(line)'", "close the label with \", e.g. answer \"Ja\"")
                    }
                    command = .answerLabel(label)
                }
            case "capture":
                guard let value = unquote(argument), !value.isEmpty else {
                    return fail("'capture' needs a value", "write the value after it, e.g. capture naam@voorbeeld.nl")
                }
                command = .capture(value)
            case "event":
                let name = argument == "hangup" || argument == "hung-up" ? "hang-up" : argument
                guard let event = CallEvent(rawValue: name) else {
                    let names = CallEvent.allCases.map(\.rawValue)
                    return fail("unknown event '\(argument)'", "use one of: \(names.joined(separator: ", "))")
                }
                command = .event(event)
            default:
                return fail(
                    "unknown input '\(word)'", "each line is continue, answer N, capture VALUE, event NAME or suspend")
            }
            out.append(AnswerLine(line: number, text: line, command: command))
        }
        return .success(out)
    }

    private static func stripComment(_ text: String) -> String {
        var inQuote = false
        for (i, c) in text.enumerated() {
            if c == "\"" { inQuote.toggle() }
            if c == "#", !inQuote { return String(text.prefix(i)).trimmingCharacters(in: .whitespaces) }
        }
        return text
    }

    /// `"Ja, graag"` -> `Ja, graag` (with `\"` and `\\`); unquoted text as is; nil when a quote is not closed.
    static func unquote(_ text: String) -> String? {
        guard text.first == "\"" else { return text }
        var out = ""
        var escaped = false
        for c in text.dropFirst() {
            if escaped {
                out.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                return out
            } else {
                out.append(c)
            }
        }
        return nil
    }
}
