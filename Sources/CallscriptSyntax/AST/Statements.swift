/// The inside of a step or handler: statements run in order, then one ending.
public struct StepBody: Hashable, Sendable {
    public var statements: [Statement]
    /// Nil only when the source had a syntax error or the body is missing its ending (the
    /// compiler reports the latter).
    public var ending: StepEnding?
    /// From `{` to `}` inclusive.
    public var span: Span

    public init(statements: [Statement], ending: StepEnding?, span: Span) {
        self.statements = statements
        self.ending = ending
        self.span = span
    }
}

/// A statement that runs and then continues with the next one.
public struct Statement: Hashable, Sendable {
    public var kind: StatementKind
    public var span: Span

    public init(kind: StatementKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

public enum StatementKind: Hashable, Sendable {
    /// `say "text"`: a neutral line.
    case say(TextLiteral)
    /// `identify "text"`: the identification line.
    case identify(TextLiteral)
    /// `pitch "text"`: a commercial line.
    case pitch(TextLiteral)
    /// `optout "text"`: the notice of the right to object (recht van verzet).
    case optout(TextLiteral)
    /// `disclose purpose "text"` / `disclose goods "text"`: a required disclosure (used by
    /// policies such as `us-tsr`: the purpose is to sell, the nature of the goods).
    case disclose(topic: Name, text: TextLiteral)
    /// `capture NAME "prompt"`.
    case capture(field: Name, prompt: TextLiteral)
    /// `record objection`.
    case recordObjection

    /// The topics `disclose` takes: why we call and what is sold (`purpose`, `goods`), and
    /// what a policy may require before a sale: the basis of the call (`basis`), `price`,
    /// contract `term`, the `withdrawal` period, the written `confirmation` that follows a
    /// yes, the `recording` notice and the `prize` promotion terms.
    public static let disclosureTopics = [
        "purpose", "goods", "basis", "price", "term", "withdrawal", "confirmation", "recording", "prize",
    ]
}

/// How a step ends.
public struct StepEnding: Hashable, Sendable {
    public var kind: EndingKind
    public var span: Span

    public init(kind: EndingKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

public enum EndingKind: Hashable, Sendable {
    /// `ask ... { answers }`.
    case ask(AskBlock)
    /// `-> NAME`.
    case jump(Name)
    /// `if C -> A` lines, then `else -> B`. `otherwise` is nil only after a syntax error.
    case branches([ConditionalJump], otherwise: Name?)
    /// `end`.
    case end
    /// `hangup`.
    case hangup
    /// `callback at NAME`.
    case callback(field: Name)
    /// `transfer optout "announcement"`.
    case transferOptout(TextLiteral)
}

/// `if CONDITION -> NAME`.
public struct ConditionalJump: Hashable, Sendable {
    public var condition: Expression
    public var target: Name
    public var span: Span

    public init(condition: Expression, target: Name, span: Span) {
        self.condition = condition
        self.target = target
        self.span = span
    }
}

/// Which kind of question an `ask` is.
public enum AskKind: Hashable, Sendable {
    case plain
    /// `ask convenient`.
    case convenient
    /// `ask consent "purpose"`.
    case consent(purpose: TextLiteral)
    /// `ask optout`: the opt-out offer as a question ("may we keep calling you?").
    case optout
    /// `ask sale`: the question whether the person wants the offer (nl-energy).
    case sale
}

/// `ask [convenient | consent "purpose" | optout | sale] "question" { answers }`.
public struct AskBlock: Hashable, Sendable {
    public var kind: AskKind
    public var question: TextLiteral
    public var answers: [AnswerClause]
    public var span: Span

    public init(kind: AskKind, question: TextLiteral, answers: [AnswerClause], span: Span) {
        self.kind = kind
        self.question = question
        self.answers = answers
        self.span = span
    }
}

/// `[yes|no|later] "label" -> target`. The class word is required for `ask convenient` and
/// `ask consent` and not allowed for a plain `ask` (the compiler checks this).
public struct AnswerClause: Hashable, Sendable {
    public var answerClass: Name?
    public var label: TextLiteral
    public var target: Name
    public var span: Span

    public init(answerClass: Name?, label: TextLiteral, target: Name, span: Span) {
        self.answerClass = answerClass
        self.label = label
        self.target = target
        self.span = span
    }
}
