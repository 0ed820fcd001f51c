/// A double-quoted string: literal text and `{name}` placeholders, with escapes resolved
/// (`\"`, `\\`, `\n`, `{{`, `}}`).
public struct TextLiteral: Hashable, Sendable {
    public var parts: [TemplatePart]
    /// The span including the quotes.
    public var span: Span

    public init(parts: [TemplatePart], span: Span) {
        self.parts = parts
        self.span = span
    }

    /// The placeholders in order of appearance.
    public var placeholders: [Name] {
        parts.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The text with placeholders written as `{name}` and literal braces doubled: the
    /// template form a compiled machine stores.
    public var template: String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text):
                for ch in text.unicodeScalars {
                    switch ch {
                    case "{": out += "{{"
                    case "}": out += "}}"
                    default: out.unicodeScalars.append(ch)
                    }
                }
            case .placeholder(let name): out += "{\(name.text)}"
            }
        }
        return out
    }

    /// The literal text only (placeholders dropped), e.g. for a `use` path or a policy name.
    public var plainText: String {
        parts.map { if case .text(let t) = $0 { t } else { "" } }.joined()
    }
}

/// A piece of a string literal.
public enum TemplatePart: Hashable, Sendable {
    case text(String)
    /// `{name}`; the span covers the braces.
    case placeholder(Name)
}

/// A whole number as written (`36`).
public struct IntegerLiteral: Hashable, Sendable {
    public var value: Int
    public var span: Span

    public init(value: Int, span: Span) {
        self.value = value
        self.span = span
    }
}
