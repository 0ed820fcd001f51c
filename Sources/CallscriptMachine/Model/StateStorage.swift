import CallscriptDiagnostics

/// How a `State` keeps its transitions: most states have one `next`, which is kept as its
/// target alone (a one-element array was a heap object of 96 bytes per state).
enum StateExits: Hashable, Sendable {
    /// One transition, `next` to this target.
    case next(String)
    /// Any other transitions (none for a terminal state: the empty array allocates nothing).
    case list([Transition])
    /// A state the compiler never makes (two of field, purpose and topic, or a source range
    /// beyond 32 bits): everything that did not fit in place.
    case extras(StateExtras)

    /// The one canonical form of `transitions`.
    init(_ transitions: [Transition]) {
        if transitions.count == 1, let only = transitions.first, only.kind == .next, only.label == nil,
            only.answerClass == nil, only.condition == nil
        {
            self = .next(only.target)
        } else {
            self = .list(transitions)
        }
    }

    var transitions: [Transition] {
        switch self {
        case .next(let target): [.next(target)]
        case .list(let list): list
        case .extras(let extras): extras.transitions
        }
    }

    var extras: StateExtras? {
        if case .extras(let extras) = self { extras } else { nil }
    }

    var count: Int {
        switch self {
        case .next: 1
        case .list(let list): list.count
        case .extras(let extras): extras.transitions.count
        }
    }

    subscript(_ i: Int) -> Transition {
        switch self {
        case .next(let target):
            precondition(i == 0, "transition index out of range")
            return .next(target)
        case .list(let list): return list[i]
        case .extras(let extras): return extras.transitions[i]
        }
    }

    func answerClass(_ i: Int) -> AnswerClass? {
        switch self {
        case .next: nil
        case .list(let list): list[i].answerClass
        case .extras(let extras): extras.transitions[i].answerClass
        }
    }

    func target(_ i: Int) -> String {
        switch self {
        case .next(let target):
            precondition(i == 0, "transition index out of range")
            return target
        case .list(let list): return list[i].target
        case .extras(let extras): return extras.transitions[i].target
        }
    }
}

/// What a rare state keeps out of line; compared by value.
final class StateExtras: Hashable, Sendable {
    let field: String?
    let purpose: String?
    let topic: String?
    let transitions: [Transition]
    let source: SourceRange

    init(field: String?, purpose: String?, topic: String?, transitions: [Transition], source: SourceRange) {
        self.field = field
        self.purpose = purpose
        self.topic = topic
        self.transitions = transitions
        self.source = source
    }

    static func == (a: StateExtras, b: StateExtras) -> Bool {
        a.field == b.field && a.purpose == b.purpose && a.topic == b.topic && a.transitions == b.transitions
            && a.source == b.source
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(purpose)
        hasher.combine(topic)
        hasher.combine(transitions)
        hasher.combine(source)
    }
}

/// Which property a state's `detail` string is.
enum StateDetailKind: UInt8, Hashable, Sendable {
    case none, field, purpose, topic
}

/// A `SourceRange` in 40 bytes instead of 64: offsets, lines and columns of a script fit in 32
/// bits (files are at most 32 MiB); `init` fails for a range that does not, which a machine
/// file may hold and which then stays whole (`StateExtras`).
struct PackedRange: Hashable, Sendable {
    let file: String
    let startOffset: Int32
    let startLine: Int32
    let startColumn: Int32
    let endOffset: Int32
    let endLine: Int32
    let endColumn: Int32

    init?(_ range: SourceRange) {
        guard let startOffset = Int32(exactly: range.start.offset), let startLine = Int32(exactly: range.start.line),
            let startColumn = Int32(exactly: range.start.column), let endOffset = Int32(exactly: range.end.offset),
            let endLine = Int32(exactly: range.end.line), let endColumn = Int32(exactly: range.end.column)
        else { return nil }
        (self.startOffset, self.startLine, self.startColumn) = (startOffset, startLine, startColumn)
        (self.endOffset, self.endLine, self.endColumn) = (endOffset, endLine, endColumn)
        file = range.file
    }

    private init() {
        file = ""
        (startOffset, startLine, startColumn, endOffset, endLine, endColumn) = (0, 0, 0, 0, 0, 0)
    }

    /// The range of a state whose real range is kept in its `StateExtras`.
    static let empty = PackedRange()

    var range: SourceRange {
        SourceRange(
            file: file,
            start: SourceLocation(offset: Int(startOffset), line: Int(startLine), column: Int(startColumn)),
            end: SourceLocation(offset: Int(endOffset), line: Int(endLine), column: Int(endColumn)))
    }
}
