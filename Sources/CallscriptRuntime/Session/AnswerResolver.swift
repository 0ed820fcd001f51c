import CallscriptMachine

/// How an input line names one of a question's answers: `answer "Ja, graag"`, `answer 2`,
/// `answer yes`. The same in `.calltest` tests and `run --answers` files.
public enum AnswerChoice: Sendable, Hashable {
    /// The label as shown (placeholders filled), or its beginning.
    case label(String)
    /// 1-based position on screen.
    case number(Int)
    /// `yes`, `no` or `later` written bare. Read like a label first: a label that is or
    /// begins with the word wins over the class.
    case answerClass(AnswerClass)
}

/// Why a choice names no single answer; lists the answers it could have meant.
public struct AnswerMismatch: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The number is not on screen.
        case noSuchNumber
        /// No label is or begins with the text, and no single answer has its class.
        case noMatch
        /// Several labels are the text, or (none being it) begin with it.
        case ambiguousLabel
        /// No label fits and several answers have the class.
        case ambiguousClass
    }

    public var kind: Kind
    /// The answers it could have meant (ambiguous), or all answers (no match).
    public var candidates: [AnswerOption]
    public var description: String
    /// What to write instead.
    public var help: String
}

/// The one rule for picking an answer from what an agent-input line wrote, for the script
/// tests and the answers runner alike (see "Naming an answer" in Docs/testing-scripts.md):
///
/// 1. a number picks that answer on screen;
/// 2. a label picks the answer with exactly that label (case, surrounding quotes and spaces
///    ignored, runs of spaces read as one);
/// 3. else the only answer whose label begins with it;
/// 4. else, for `yes`, `no` or `later`, the only answer of that class.
///
/// An ambiguous label, beginning or class is an error that lists the candidates: never
/// silently the first.
public enum AnswerResolver {
    /// The 0-based index of the answer `choice` names among `answers`.
    public static func resolve(_ choice: AnswerChoice, among answers: [AnswerOption]) -> Result<Int, AnswerMismatch> {
        switch choice {
        case .number(let n):
            guard answers.indices.contains(n - 1) else {
                return .failure(
                    AnswerMismatch(
                        kind: .noSuchNumber, candidates: answers,
                        description: "there is no answer \(n); the question has \(answers.count)",
                        help: "write a number from 1 to \(answers.count), or the answer's label"))
            }
            return .success(n - 1)
        case .answerClass(let cls): return resolve(text: cls.rawValue, among: answers)
        case .label(let text): return resolve(text: text, among: answers)
        }
    }

    private static func resolve(text: String, among answers: [AnswerOption]) -> Result<Int, AnswerMismatch> {
        let wanted = key(text)
        let exact = answers.filter { key($0.label) == wanted }
        if exact.count == 1 { return .success(exact[0].index) }
        if exact.count > 1 {
            return .failure(
                AnswerMismatch(
                    kind: .ambiguousLabel, candidates: exact,
                    description: "\(exact.count) answers are labelled \"\(text)\": \(list(exact))",
                    help: "pick one by its number"))
        }
        let prefixed = wanted.isEmpty ? [] : answers.filter { key($0.label).hasPrefix(wanted) }
        if prefixed.count == 1 { return .success(prefixed[0].index) }
        if prefixed.count > 1 {
            return .failure(
                AnswerMismatch(
                    kind: .ambiguousLabel, candidates: prefixed,
                    description: "\"\(text)\" begins \(prefixed.count) answers: \(list(prefixed))",
                    help: "write more of the label, or the answer's number"))
        }
        if let cls = AnswerClass(rawValue: wanted) {
            let classed = answers.filter { $0.answerClass == cls }
            if classed.count == 1 { return .success(classed[0].index) }
            if classed.count > 1 {
                return .failure(
                    AnswerMismatch(
                        kind: .ambiguousClass, candidates: classed,
                        description: "\(classed.count) answers are classed '\(cls.rawValue)': \(list(classed))",
                        help: "pick one by its number or label"))
            }
        }
        let classNote = AnswerClass(rawValue: wanted).map { ", and none is classed '\($0.rawValue)'" } ?? ""
        return .failure(
            AnswerMismatch(
                kind: .noMatch, candidates: answers,
                description: "no answer is or begins with \"\(text)\"\(classNote); the answers are \(list(answers))",
                help: "write the answer as shown, its number or its class (yes, no, later)"))
    }

    /// `1. "Ja" (yes), 2. "Nee" (no)`: the answers as the agent sees them.
    public static func list(_ answers: [AnswerOption]) -> String {
        answers.map { a in "\(a.index + 1). \"\(a.label)\"\(a.answerClass.map { " (\($0.rawValue))" } ?? "")" }
            .joined(separator: ", ")
    }

    /// The label as compared: lower-case, without surrounding quotes, spaces collapsed.
    static func key(_ text: String) -> String {
        var words = collapsed(text)
        while words.count >= 2, words.first == "\"", words.last == "\"" {
            words = collapsed(words.dropFirst().dropLast())
        }
        return words.lowercased()
    }

    private static func collapsed(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
