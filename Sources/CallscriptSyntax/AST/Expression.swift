/// A condition in `if CONDITION -> NAME`. Nesting depth is limited by the parser, so walking
/// an expression recursively is safe.
public indirect enum Expression: Hashable, Sendable {
    /// `field OP literal`.
    case comparison(field: Name, op: ComparisonOperator, value: LiteralValue, span: Span)
    /// `field is set`.
    case isSet(field: Name, span: Span)
    case and(Expression, Expression, span: Span)
    case or(Expression, Expression, span: Span)
    case not(Expression, span: Span)
    /// `( ... )`, kept so the formatter can print the parentheses that were written.
    case group(Expression, span: Span)

    public var span: Span {
        switch self {
        case .comparison(_, _, _, let s), .isSet(_, let s), .and(_, _, let s), .or(_, _, let s),
            .not(_, let s), .group(_, let s):
            s
        }
    }
}

public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A literal on the right of a comparison.
public struct LiteralValue: Hashable, Sendable {
    public var kind: LiteralKind
    public var span: Span

    public init(kind: LiteralKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

public enum LiteralKind: Hashable, Sendable {
    /// `3`, `2.5` as written.
    case number(String)
    /// `"2026-07-01"`, `"Amsterdam"`: text, email, phone, date (`YYYY-MM-DD`) and datetime
    /// (`YYYY-MM-DDTHH:MM`) values are written as strings; the compiler checks the format.
    case string(String)
    /// A bare word: a `choice` value (`low`) or `yes` / `no` for a `yesno` field.
    case word(String)
}
