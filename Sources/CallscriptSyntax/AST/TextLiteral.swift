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
        // The common case, one piece of text without braces, is the text itself: no copy.
        if parts.count == 1, case .text(let text) = parts[0], !Self.hasBrace(text) { return text }
        var out = ""
        for part in parts {
            switch part {
            case .text(let text):
                guard Self.hasBrace(text) else {
                    out += text
                    continue
                }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(text.utf8.count + 4)
                for byte in text.utf8 {
                    bytes.append(byte)
                    // Braces are ASCII, so doubling bytes never splits a character.
                    if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { bytes.append(byte) }
                }
                out += String(decoding: bytes, as: UTF8.self)
            case .placeholder(let name):
                out += "{"
                out += name.text
                out += "}"
            }
        }
        return out
    }

    /// Whether `text` holds a brace, read from its contiguous UTF-8 (a native string always
    /// has it) without a closure call per byte.
    private static func hasBrace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { PlainBytes.containsBrace($0) }
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
