import CallscriptMachine

/// A sales-wording rule's patterns, compiled once for a whole machine.
///
/// A 100,000-step script has a few hundred thousand statements to check, and splitting every
/// pattern and trying each at every word made this the slowest part of `check`. Here the
/// patterns are split once and indexed by their first word, so a word is tried only against
/// the patterns that can start with it (and the few that start with a prefix or a number).
struct SalesWordingMatcher: Sendable {
    private enum Piece: Sendable {
        case word(String)
        case prefix(String)
        case number

        init(_ text: Substring) {
            if text == "#" {
                self = .number
            } else if text.hasSuffix("*") {
                self = .prefix(String(text.dropLast()))
            } else {
                self = .word(String(text))
            }
        }

        func fits(_ word: String) -> Bool {
            switch self {
            case .word(let exact): word == exact
            case .prefix(let start): word.hasPrefix(start)
            case .number: SalesWordingMatcher.isNumber(word)
            }
        }
    }

    private let patterns: [[Piece]]
    /// Patterns whose first piece is an exact word, by that word.
    private let byFirstWord: [String: [Int]]
    /// Patterns whose first piece is a prefix or a number: tried at every word.
    private let open: [Int]

    init(_ rule: SalesWordingRule) {
        var patterns: [[Piece]] = []
        var byFirstWord: [String: [Int]] = [:]
        var open: [Int] = []
        for text in rule.patterns {
            let pieces = text.split(separator: " ").map(Piece.init)
            guard let first = pieces.first else { continue }
            if case .word(let word) = first {
                byFirstWord[word, default: []].append(patterns.count)
            } else {
                open.append(patterns.count)
            }
            patterns.append(pieces)
        }
        self.patterns = patterns
        self.byFirstWord = byFirstWord
        self.open = open
    }

    /// The patterns that occur in `text` (a template; placeholders are skipped), in the order
    /// the text has them, each as it was written; at each word the longest pattern wins.
    func matches(in text: String) -> [String] {
        let words = SalesWords.split(text)
        var found: [String] = []
        var index = 0
        while index < words.count {
            let matched = longestMatch(at: index, in: words)
            guard matched > 0 else {
                index += 1
                continue
            }
            var shown = words[index..<(index + matched)].map(\.written).joined(separator: " ")
            // A sign is shown with its number: `20%`, `€30`.
            if matched == 1, shown == "%", index > 0, Self.isNumber(words[index - 1].lowered) {
                shown = words[index - 1].written + shown
            } else if matched == 1, "€$£".contains(shown), index + 1 < words.count,
                Self.isNumber(words[index + 1].lowered)
            {
                shown += words[index + 1].written
            }
            if !found.contains(shown) { found.append(shown) }
            index += matched
        }
        return found
    }

    private func longestMatch(at index: Int, in words: [SalesWords.Word]) -> Int {
        var matched = 0
        func attempt(_ pattern: Int) {
            let pieces = patterns[pattern]
            guard pieces.count > matched, index + pieces.count <= words.count else { return }
            for (offset, piece) in pieces.enumerated() where !piece.fits(words[index + offset].lowered) {
                return
            }
            matched = pieces.count
        }
        for pattern in byFirstWord[words[index].lowered] ?? [] { attempt(pattern) }
        for pattern in open { attempt(pattern) }
        return matched
    }

    static func isNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    }
}
