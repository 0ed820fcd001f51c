/// A double-quoted string: literal text and `{name}` placeholders, with escapes resolved
/// (`\"`, `\\`, `\n`, `{{`, `}}`).
public struct TextLiteral: Hashable, Sendable {
    public var content: TemplateText
    /// The span including the quotes.
    public var span: Span

    public init(content: TemplateText, span: Span) {
        self.content = content
        self.span = span
    }

    /// A literal of these parts (one plain run is kept as its text alone).
    public init(parts: [TemplatePart], span: Span) {
        self.init(content: TemplateText(parts: parts), span: span)
    }

    /// The text and placeholders in order.
    public var parts: [TemplatePart] {
        get { content.parts }
        set { content = TemplateText(parts: newValue) }
    }

    /// The placeholders in order of appearance.
    public var placeholders: [Name] {
        if content.plain != nil { return [] }
        return content.mixed.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The text with placeholders written as `{name}` and literal braces doubled: the
    /// template form a compiled machine stores.
    public var template: String {
        // The common case, one piece of text without braces, is the text itself: no copy.
        if let plain = content.plain, !Self.hasBrace(plain) { return plain }
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
        content.plain ?? content.mixed.map { if case .text(let t) = $0 { t } else { "" } }.joined()
    }
}

/// The decoded content of a string literal. Most strings are one run of plain text, held as
/// that `String` alone: no array of parts is made for them, which at 100,000 steps was a tenth
/// of the peak memory of `check` and an allocation per string.
public struct TemplateText: Hashable, Sendable {
    /// The text when the literal is one non-empty run of text; nil otherwise.
    public private(set) var plain: String?
    /// The parts when the literal is anything else (empty for `""`).
    public private(set) var mixed: [TemplatePart]

    /// Content of one plain run of text.
    public init(plain: String) {
        self.plain = plain.isEmpty ? nil : plain
        mixed = []
    }

    /// Content of these parts; one non-empty text part is kept as `plain`.
    public init(parts: [TemplatePart]) {
        if parts.count == 1, case .text(let text) = parts[0], !text.isEmpty {
            plain = text
            mixed = []
        } else {
            plain = nil
            mixed = parts
        }
    }

    /// The text and placeholders in order.
    public var parts: [TemplatePart] {
        if let plain { [.text(plain)] } else { mixed }
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
