import Foundation

/// One more language a machine can be read in, besides the script's own: the text of every
/// spoken line and answer, keyed by line ID. The flow is the script's; only the words differ,
/// so the proof of the flow holds for every language.
public struct Translation: Hashable, Sendable, Codable {
    /// The language code, as in the file name: `en`, `fr`, `tr`, `nl-BE`.
    public var language: String
    /// The translation file it was read from, relative to the main script's folder.
    public var file: String
    /// Line ID (`opening.2`, `opening.3/1`) to text template, for every line in `SpokenLines`.
    public var lines: [String: String]

    public init(language: String, file: String, lines: [String: String]) {
        self.language = language
        self.file = file
        self.lines = lines
    }
}

/// A line of a machine that the agent reads aloud or picks: a state's text, or the label
/// of one answer of a question.
public struct SpokenLine: Hashable, Sendable {
    /// The state's ID (`offer.2`), or for an answer the state's ID, `/` and the answer's
    /// 1-based number (`opening.3/2`). Stable as state IDs are: editing one step renames
    /// nothing in another.
    public var id: String
    /// The state's position in `Machine.states`.
    public var state: Int
    /// The answer's index in the state's transitions; nil for the state's own text.
    public var answer: Int?
    /// The text template in the script's language.
    public var text: String

    public init(id: String, state: Int, answer: Int?, text: String) {
        self.id = id
        self.state = state
        self.answer = answer
        self.text = text
    }
}

/// The lines of a machine that a translation must give, in state order.
public enum SpokenLines {
    /// Every spoken line and answer label of `machine`.
    public static func of(_ machine: Machine) -> [SpokenLine] {
        var out: [SpokenLine] = []
        for (position, state) in machine.states.enumerated() {
            if let text = state.text { out.append(SpokenLine(id: state.id, state: position, answer: nil, text: text)) }
            guard state.role.isQuestion else { continue }
            for (i, transition) in state.transitions.enumerated() {
                guard let label = transition.label else { continue }
                out.append(
                    SpokenLine(id: answerID(state: state.id, answer: i), state: position, answer: i, text: label))
            }
        }
        return out
    }

    /// The line ID of answer `answer` (0-based) of the question `state`.
    public static func answerID(state: String, answer: Int) -> String { "\(state)/\(answer + 1)" }
}

extension Machine {
    /// The format version of a machine without translations: its bytes and digest are what
    /// compilers before translations wrote, so such machines run on older runners unchanged.
    public static let untranslatedFormatVersion = 1

    /// The translation to read a call in for a contact whose `language` field is `requested`:
    /// the translation of exactly that language, else of its primary language (`en-GB` reads
    /// `en`); nil for the script's own text: no field, the script's language, or a language
    /// the machine has no translation for. Case and surrounding spaces do not matter.
    public func translation(for requested: String?) -> Translation? {
        guard let translations, let raw = requested?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return nil
        }
        let wanted = raw.lowercased().replacingOccurrences(of: "_", with: "-")
        if let exact = translations.first(where: { $0.language.lowercased() == wanted }) { return exact }
        let primary = wanted.split(separator: "-").first.map(String.init) ?? wanted
        if primary == script.language?.lowercased() { return nil }
        return translations.first { $0.language.lowercased() == primary }
    }

    /// The translation into `language`, if the machine carries one.
    public func translation(_ language: String) -> Translation? {
        translations?.first { $0.language == language }
    }

    /// The machine carrying `translations` (none: the key is left out), at the format version
    /// that says whether it has any: 2 with translations, 1 without.
    public func translated(_ translations: [Translation]) -> Machine {
        var copy = self
        copy.translations = translations.isEmpty ? nil : translations.sorted { $0.language < $1.language }
        copy.formatVersion = translations.isEmpty ? Machine.untranslatedFormatVersion : Machine.currentFormatVersion
        return copy
    }
}
