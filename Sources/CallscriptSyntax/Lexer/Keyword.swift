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
        let length = end - start
        guard length >= 2, length <= 10 else { return nil }
        let first = bytes[start]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
        let bucket = table[Int(first - UInt8(ascii: "a"))]
        candidates: for (spelling, keyword) in bucket where spelling.count == length {
            var index = 1
            while index < length {
                if spelling[index] != bytes[start + index] { continue candidates }
                index += 1
            }
            return keyword
        }
        return nil
    }

    /// Keywords grouped by first letter: a handful of comparisons per identifier.
    private static let table: [[([UInt8], Keyword)]] = {
        var buckets = [[([UInt8], Keyword)]](repeating: [], count: 26)
        for keyword in allCases {
            let spelling = Array(keyword.rawValue.utf8)
            buckets[Int(spelling[0] - UInt8(ascii: "a"))].append((spelling, keyword))
        }
        return buckets
    }()
}
