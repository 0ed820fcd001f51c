/// A reserved word of the language. Keywords are lower-case; `caller-id` and `opt-in` are
/// single tokens. Answer classes (`yes`, `no`, `later`), type names and event names are
/// deliberately not keywords so designers can use them as names.
public enum Keyword: String, CaseIterable, Hashable, Sendable {
    case script, company, principal
    case callerID = "caller-id"
    case policy, sector, audience
    case optIn = "opt-in"
    case customers, business, months, language, version, recording
    case use, contact, capture, start, step, on
    case say, identify, pitch, optout, disclose, record, objection
    case ask, convenient, consent
    case `if`, `else`, and, or, not, `is`, set
    case end, hangup, callback, at, transfer

    /// Every reserved word as written in scripts, in declaration order. The grammar test
    /// compares this list with the `reserved-keyword` production of `Grammar/callscript.ebnf`.
    public static let reservedWords: [String] = allCases.map(\.rawValue)

    /// Keywords that start a statement inside a step or handler body.
    public var startsStatement: Bool {
        switch self {
        case .say, .identify, .pitch, .optout, .disclose, .capture, .record: true
        default: false
        }
    }

    /// Keywords that start a step ending (including `else`, which continues an `if` ending).
    public var startsEnding: Bool {
        switch self {
        case .ask, .if, .else, .end, .hangup, .callback, .transfer: true
        default: false
        }
    }

    /// Keywords that start a top-level declaration. `capture` is also a statement; inside a
    /// body it is treated as a statement.
    public var startsDeclaration: Bool {
        switch self {
        case .script, .use, .contact, .capture, .start, .step, .on: true
        default: false
        }
    }

    /// Keywords that start a header entry inside `script "..." { }`.
    public var startsHeaderEntry: Bool {
        switch self {
        case .company, .principal, .callerID, .policy, .sector, .audience, .language, .version, .recording: true
        default: false
        }
    }

    /// Looks up a keyword from the bytes `bytes[start..<end]` without building a String.
    public static func lookup(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Keyword? {
        bytes.withUnsafeBufferPointer { table.keyword(in: $0, start, end) }
    }

    /// The table of every keyword; a lexer keeps a copy, so that looking up a word does not go
    /// through the lazy global's guard each time.
    static let table = KeywordTable(allCases)
}

/// The keywords by first letter and length, their spellings in one flat array: looking up a
/// word compares it with the one or few keywords of its letter and length, reading no nested
/// arrays (every identifier in a script is looked up).
struct KeywordTable: Sendable {
    static let longest = 10
    /// For bucket `(letter, length)`: the range of `entries` holding its keywords.
    private var bucketStart: [Int16]
    /// Keywords ordered by bucket, and where each one's spelling starts in `spellings`.
    private var entries: [(keyword: Keyword, offset: Int32)] = []
    private var spellings: [UInt8] = []

    init(_ keywords: [Keyword]) {
        let bucketCount = 26 * (Self.longest + 1)
        var buckets = [[Keyword]](repeating: [], count: bucketCount)
        for keyword in keywords {
            let spelling = Array(keyword.rawValue.utf8)
            buckets[Self.bucket(spelling[0], spelling.count)].append(keyword)
        }
        bucketStart = [Int16](repeating: 0, count: bucketCount + 1)
        for (index, bucket) in buckets.enumerated() {
            bucketStart[index] = Int16(entries.count)
            for keyword in bucket {
                entries.append((keyword, Int32(spellings.count)))
                spellings += Array(keyword.rawValue.utf8)
            }
        }
        bucketStart[bucketCount] = Int16(entries.count)
    }

    private static func bucket(_ first: UInt8, _ length: Int) -> Int {
        Int(first &- UInt8(ascii: "a")) * (longest + 1) + length
    }

    /// The keyword spelled by `buffer[start..<end]`, if any.
    func keyword(in buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword? {
        guard end - start >= 2, end - start <= Self.longest, start >= 0, end <= buffer.count else { return nil }
        return keyword(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    }

    /// The keyword spelled by `word` (2 to `longest` bytes), if any.
    private func keyword(_ word: UnsafeBufferPointer<UInt8>) -> Keyword? {
        guard let first = word.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
        let bucket = Self.bucket(first, word.count)
        var entry = Int(bucketStart[bucket])
        let last = Int(bucketStart[bucket + 1])
        return spellings.withUnsafeBufferPointer { spelled in
            candidates: while entry < last {
                let offset = Int(entries[entry].offset)
                var index = 1
                while index < word.count {
                    if spelled[offset + index] != word[index] {
                        entry += 1
                        continue candidates
                    }
                    index += 1
                }
                return entries[entry].keyword
            }
            return nil
        }
    }
}
