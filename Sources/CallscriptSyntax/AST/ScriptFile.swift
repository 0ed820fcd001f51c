/// The syntax tree of one `.call` file. A main script has a header; a file brought in with
/// `use` has none.
public struct ScriptFile: Hashable, Sendable {
    public var header: ScriptHeader?
    public var items: [TopLevelItem]
    /// Every comment in source order, for the formatter.
    public var comments: [Comment]
    public var span: Span

    public init(header: ScriptHeader?, items: [TopLevelItem], comments: [Comment], span: Span) {
        self.header = header
        self.items = items
        self.comments = comments
        self.span = span
    }
}

/// A declaration at the top level of a file.
public enum TopLevelItem: Hashable, Sendable {
    case use(UseDeclaration)
    case field(FieldDeclaration)
    case start(StartDeclaration)
    case step(StepDeclaration)
    case handler(HandlerDeclaration)

    public var span: Span {
        switch self {
        case .use(let d): d.span
        case .field(let d): d.span
        case .start(let d): d.span
        case .step(let d): d.span
        case .handler(let d): d.span
        }
    }
}

/// `script "name" { ... }`.
public struct ScriptHeader: Hashable, Sendable {
    public var name: TextLiteral
    public var entries: [HeaderEntry]
    public var span: Span

    public init(name: TextLiteral, entries: [HeaderEntry], span: Span) {
        self.name = name
        self.entries = entries
        self.span = span
    }
}

/// One line of the header, e.g. `company "Zonnig Energie B.V."`.
public struct HeaderEntry: Hashable, Sendable {
    public var kind: HeaderEntryKind
    /// The keyword's span (for "duplicate entry" and "missing" diagnostics).
    public var keywordSpan: Span
    public var span: Span

    public init(kind: HeaderEntryKind, keywordSpan: Span, span: Span) {
        self.kind = kind
        self.keywordSpan = keywordSpan
        self.span = span
    }
}

public enum HeaderEntryKind: Hashable, Sendable {
    case company(TextLiteral)
    case principal(TextLiteral)
    case callerID(TextLiteral)
    case policy(TextLiteral)
    case sector(Name)
    case audience(AudienceClause)
    case language(TextLiteral)
    case version(IntegerLiteral)

    /// The keyword as written in scripts.
    public var keyword: String {
        switch self {
        case .company: "company"
        case .principal: "principal"
        case .callerID: "caller-id"
        case .policy: "policy"
        case .sector: "sector"
        case .audience: "audience"
        case .language: "language"
        case .version: "version"
        }
    }
}

/// `audience opt-in` or `audience customers 36 months`.
public enum AudienceClause: Hashable, Sendable {
    case optIn
    case customers(months: IntegerLiteral)
}

/// `use "shared/closing.call"`.
public struct UseDeclaration: Hashable, Sendable {
    public var path: TextLiteral
    public var span: Span

    public init(path: TextLiteral, span: Span) {
        self.path = path
        self.span = span
    }
}

/// Where a field's value comes from.
public enum FieldOrigin: String, Hashable, Sendable {
    /// From the contact record the call is made for.
    case contact
    /// Entered by the agent during the call.
    case capture
}

/// `contact first_name: text` or `capture interest: choice(low, medium, high)`.
public struct FieldDeclaration: Hashable, Sendable {
    public var origin: FieldOrigin
    public var name: Name
    public var type: TypeExpression
    /// `purpose "..."` after the type: why the personal data is processed (AVG art. 30).
    public var purpose: TextLiteral?
    public var span: Span

    public init(origin: FieldOrigin, name: Name, type: TypeExpression, purpose: TextLiteral? = nil, span: Span) {
        self.origin = origin
        self.name = name
        self.type = type
        self.purpose = purpose
        self.span = span
    }
}

/// A field type as written.
public struct TypeExpression: Hashable, Sendable {
    public var kind: TypeKind
    public var span: Span

    public init(kind: TypeKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

public enum TypeKind: Hashable, Sendable {
    case text, number, yesno, date, datetime, email, phone
    case choice([Name])
}

/// `start intro`.
public struct StartDeclaration: Hashable, Sendable {
    public var target: Name
    public var span: Span

    public init(target: Name, span: Span) {
        self.target = target
        self.span = span
    }
}

/// `step offer { ... }`.
public struct StepDeclaration: Hashable, Sendable {
    public var name: Name
    public var body: StepBody
    public var span: Span

    public init(name: Name, body: StepBody, span: Span) {
        self.name = name
        self.body = body
        self.span = span
    }
}

/// `on objection { ... }`. The event name is checked by the compiler, not the parser, so an
/// unknown event gets a "did you mean" suggestion.
public struct HandlerDeclaration: Hashable, Sendable {
    public var event: Name
    public var body: StepBody
    public var span: Span

    public init(event: Name, body: StepBody, span: Span) {
        self.event = event
        self.body = body
        self.span = span
    }
}
