import CallscriptMachine

/// A sales-wording rule's patterns, compiled once for a whole machine.
///
/// A 100,000-step script has a few hundred thousand statements to check; splitting every
/// pattern and trying each at every word made this the slowest part of `check`. Here the
/// patterns are split once into byte strings and indexed by the first byte they can start
/// with, so a word is compared only with the few patterns that could match it.
struct SalesWordingMatcher: Sendable {
    private enum Piece: Sendable {
        case word([UInt8])
        case prefix([UInt8])
        case number

        init(_ text: Substring) {
            if text == "#" {
                self = .number
            } else if text.hasSuffix("*") {
                self = .prefix(Array(text.dropLast().utf8))
            } else {
                self = .word(Array(text.utf8))
            }
        }

        /// Lengths first: most words differ from most patterns in length, and comparing the
        /// bytes of every candidate was most of matching.
        func fits(_ word: ArraySlice<UInt8>) -> Bool {
            switch self {
            case .word(let exact): word.count == exact.count && word.elementsEqual(exact)
            case .prefix(let start): word.count >= start.count && word.starts(with: start)
            case .number: word.first.map(SalesWords.isDigit) ?? false
            }
        }

        /// The first bytes a word this piece fits can start with.
        var firstBytes: [UInt8] {
            switch self {
            case .word(let bytes), .prefix(let bytes):
                bytes.first.map { [$0] } ?? Array(0...255)
            case .number: Array(UInt8(ascii: "0")...UInt8(ascii: "9"))
            }
        }
    }

    private let patterns: [[Piece]]
    /// For each first byte of a word, the patterns that may start there, in rule order.
    private let candidates: [[Int]]

    init(_ rule: SalesWordingRule) {
        var patterns: [[Piece]] = []
        var candidates = [[Int]](repeating: [], count: 256)
        for text in rule.patterns {
            let pieces = text.split(separator: " ").map(Piece.init)
            guard let first = pieces.first else { continue }
            for byte in first.firstBytes { candidates[Int(byte)].append(patterns.count) }
            patterns.append(pieces)
        }
        self.patterns = patterns
        self.candidates = candidates
    }

    /// The patterns that occur in `text` (a template; placeholders are skipped), in the order
    /// the text has them, each as it was written; at each word the longest pattern wins.
    func matches(in text: String) -> [String] {
        var words = SalesWords("")
        return matches(in: text, reading: &words)
    }

    /// `matches(in:)`, reading the text into `words`, whose buffers are reused from call to call.
    func matches(in text: String, reading words: inout SalesWords) -> [String] {
        words.read(text)
        var found: [String] = []
        var index = 0
        while index < words.count {
            let matched = longestMatch(at: index, in: words)
            guard matched > 0 else {
                index += 1
                continue
            }
            var shown = (index..<(index + matched)).map(words.text).joined(separator: " ")
            // A sign is shown with its number: `20%`, `€30`.
            if matched == 1, shown == "%", index > 0, isNumber(index - 1, words) {
                shown = words.text(index - 1) + shown
            } else if matched == 1, "€$£".contains(shown), index + 1 < words.count, isNumber(index + 1, words) {
                shown += words.text(index + 1)
            }
            if !found.contains(shown) { found.append(shown) }
            index += matched
        }
        return found
    }

    private func longestMatch(at index: Int, in words: SalesWords) -> Int {
        guard let first = words.loweredBytes(index).first else { return 0 }
        var matched = 0
        for pattern in candidates[Int(first)] {
            let pieces = patterns[pattern]
            guard pieces.count > matched, index + pieces.count <= words.count else { continue }
            if pieces.indices.allSatisfy({ pieces[$0].fits(words.loweredBytes(index + $0)) }) {
                matched = pieces.count
            }
        }
        return matched
    }

    private func isNumber(_ word: Int, _ words: SalesWords) -> Bool {
        words.loweredBytes(word).first.map(SalesWords.isDigit) ?? false
    }
}
