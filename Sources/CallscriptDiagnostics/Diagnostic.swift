/// How serious a diagnostic is. Errors fail `check`; warnings fail only with `--warnings-as-errors`.
public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary location with a short label, e.g. "first declared here" or one step of a
/// counterexample ("step 2: offer").
public struct RelatedLocation: Hashable, Sendable, Codable {
    public var label: String
    public var range: SourceRange

    public init(label: String, range: SourceRange) {
        self.label = label
        self.range = range
    }
}

/// One replacement of the text in `range`.
public struct TextEdit: Hashable, Sendable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A suggested fix: only offered when it is the single obvious fix.
public struct FixIt: Hashable, Sendable, Codable {
    public var message: String
    public var edits: [TextEdit]

    public init(message: String, edits: [TextEdit]) {
        self.message = message
        self.edits = edits
    }
}

/// One step of a conversation path through a compiled machine.
public struct PathStep: Hashable, Sendable, Codable {
    /// The stable state ID, e.g. `offer.2`.
    public var state: String
    /// The answer label chosen at this state (for questions), or the condition outcome
    /// (`if interest == low`, `else`) for branches; nil when the state simply continues.
    public var choice: String?
    /// Index of the transition taken out of this state, for replaying the path; nil at the last step.
    public var transition: Int?

    public init(state: String, choice: String? = nil, transition: Int? = nil) {
        self.state = state
        self.choice = choice
        self.transition = transition
    }
}

/// A conversation that shows a compliance breach: where it starts and the states it visits.
public struct ConversationPath: Hashable, Sendable, Codable {
    /// `start` for the main flow, or the event name (`objection`, `voicemail`, ...) for a handler.
    public var entry: String
    public var steps: [PathStep]

    public init(entry: String, steps: [PathStep]) {
        self.entry = entry
        self.steps = steps
    }

    /// The path as people read it: `intro.1 → intro.2: "Ja" → offer.1 → ...`.
    public var summary: String {
        var parts: [String] = []
        if entry != "start" { parts.append("on \(entry)") }
        for step in steps {
            if let choice = step.choice { parts.append("\(step.state): \(choice)") } else { parts.append(step.state) }
        }
        return parts.joined(separator: " → ")
    }
}

/// A problem found in a script, as a value. Text, JSON, SARIF, GitHub annotations and the
/// language server are all renderings of this one value.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// A stable code: `CS0001`... for language errors, the rule ID (`NL-OPTOUT-AT-END`) for compliance.
    public var code: String
    public var severity: Severity
    /// One lower-case phrase without a final period, in the manner of swiftc.
    public var message: String
    /// Where the problem is.
    public var range: SourceRange
    /// Labelled secondary locations (declarations, counterexample steps).
    public var related: [RelatedLocation]
    /// Extra facts (`= note:` lines).
    public var notes: [String]
    /// How to fix it, in words (`= help:` line).
    public var help: String?
    public var fixIts: [FixIt]
    /// For compliance findings: the shortest conversation that breaks the rule.
    public var path: ConversationPath?

    public init(
        code: String, severity: Severity, message: String, range: SourceRange,
        related: [RelatedLocation] = [], notes: [String] = [], help: String? = nil,
        fixIts: [FixIt] = [], path: ConversationPath? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
        self.notes = notes
        self.help = help
        self.fixIts = fixIts
        self.path = path
    }

    public init(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange,
        related: [RelatedLocation] = [], notes: [String] = [], help: String? = nil, fixIts: [FixIt] = []
    ) {
        self.init(
            code: code.id, severity: code.severity, message: message, range: range,
            related: related, notes: notes, help: help, fixIts: fixIts)
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, then position, then code, so output is deterministic.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let l = a.element
            let r = b.element
            if l.range.file != r.range.file { return l.range.file < r.range.file }
            if l.range.start.offset != r.range.start.offset { return l.range.start.offset < r.range.start.offset }
            if l.code != r.code { return l.code < r.code }
            return a.offset < b.offset
        }.map(\.element)
    }
}
