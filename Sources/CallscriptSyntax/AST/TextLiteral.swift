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
        if content.isPlain { return [] }
        return content.mixed.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The text with placeholders written as `{name}` and literal braces doubled: the
    /// template form a compiled machine stores.
    public var template: String {
        // The common case, one piece of text without braces, is the text itself: no copy.
        if let plain = content.plain, content.isFileRun || !Self.hasBrace(plain) { return plain }
        // Anything else is written once into a string of its exact length: appending part by
        // part grew the string several times for each text with a placeholder.
        let parts = self.parts
        var length = 0
        for index in parts.indices {
            switch parts[index] {
            case .text(var text): length += text.withUTF8 { Self.templateLength(of: $0) }
            case .placeholder(let name): length += name.text.utf8.count + 2
            }
        }
        return String(unsafeUninitializedCapacity: length) { out in
            var end = 0
            for index in parts.indices {
                switch parts[index] {
                case .text(var text):
                    text.withUTF8 { bytes in
                        guard PlainBytes.containsBrace(bytes) else {
                            end = out[end...].initialize(fromContentsOf: bytes)
                            return
                        }
                        for byte in bytes {
                            out[end] = byte
                            end += 1
                            // Braces are ASCII, so doubling bytes never splits a character.
                            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                                out[end] = byte
                                end += 1
                            }
                        }
                    }
                case .placeholder(var name):
                    out[end] = UInt8(ascii: "{")
                    end += 1
                    name.text.withUTF8 { bytes in
                        end = out[end...].initialize(fromContentsOf: bytes)
                    }
                    out[end] = UInt8(ascii: "}")
                    end += 1
                }
            }
            return end
        }
    }

    /// The length of `text` in a template: its bytes, each brace counted twice.
    private static func templateLength(of text: UnsafeBufferPointer<UInt8>) -> Int {
        guard PlainBytes.containsBrace(text) else { return text.count }
        return text.count + text.reduce(0) { $0 + ($1 == UInt8(ascii: "{") || $1 == UInt8(ascii: "}") ? 1 : 0) }
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

/// The decoded content of a string literal. Most strings are one run of plain text; those are
/// kept as where their bytes are in the file (the file's byte array, shared, and a range), not as
/// a `String`: the string is made when it is read, which for a compiled script is once, by
/// lowering. Made by the lexer, the 17 MB of texts of a 100,000-step script were allocated
/// between the tree's nodes; the texts outlive the tree (they become the machine's), so the
/// freed tree's pages could not go back to the system. Made by lowering, they fill the memory
/// of the bodies freed before them.
public struct TemplateText: Hashable, Sendable {
    private enum Storage: Sendable {
        /// One non-empty run of plain text.
        case text(String)
        /// One non-empty run of plain text that is `bytes[start..<end]`: valid UTF-8 without
        /// escapes or braces (the lexer checked it).
        case source(bytes: [UInt8], start: Int32, end: Int32)
        /// Anything else (empty for `""`).
        case parts([TemplatePart])
    }

    private var storage: Storage

    /// Content of one plain run of text.
    public init(plain: String) {
        storage = plain.isEmpty ? .parts([]) : .text(plain)
    }

    /// Content of one plain run of text that is exactly `bytes[range]`: valid UTF-8 with no
    /// escape and no brace, as the lexer found it. It is decoded when it is read.
    public init(plainBytes bytes: [UInt8], _ range: Range<Int>) {
        if range.isEmpty {
            storage = .parts([])
        } else {
            storage = .source(
                bytes: bytes, start: Int32(truncatingIfNeeded: range.lowerBound),
                end: Int32(truncatingIfNeeded: range.upperBound))
        }
    }

    /// Content of these parts; one non-empty text part is kept as `plain`.
    public init(parts: [TemplatePart]) {
        if parts.count == 1, case .text(let text) = parts[0], !text.isEmpty {
            storage = .text(text)
        } else {
            storage = .parts(parts)
        }
    }

    /// Whether the text is still a run of the file's bytes, which the lexer found without a
    /// brace (so its template is the text itself).
    var isFileRun: Bool {
        if case .source = storage { true } else { false }
    }

    /// Whether the literal is one non-empty run of plain text (`plain` is not nil), known
    /// without making the string.
    public var isPlain: Bool {
        if case .parts = storage { false } else { true }
    }

    /// The text when the literal is one non-empty run of text; nil otherwise. Made on each
    /// read for a run still in the file's bytes: read it once.
    public var plain: String? {
        switch storage {
        case .text(let text): text
        case .source(let bytes, let start, let end): String(decoding: bytes[Int(start)..<Int(end)], as: UTF8.self)
        case .parts: nil
        }
    }

    /// The parts when the literal is anything else (empty for `""`).
    public var mixed: [TemplatePart] {
        if case .parts(let parts) = storage { parts } else { [] }
    }

    /// The text and placeholders in order.
    public var parts: [TemplatePart] {
        if let plain { [.text(plain)] } else { mixed }
    }

    /// Equal when they read the same, wherever the text is held.
    public static func == (lhs: TemplateText, rhs: TemplateText) -> Bool {
        lhs.plain == rhs.plain && lhs.mixed == rhs.mixed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(plain)
        hasher.combine(mixed)
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
