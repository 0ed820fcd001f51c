/// A half-open byte range `[start, end)` in the file a node came from. Nodes store only
/// offsets; `SourceFile` turns them into lines and columns when a person needs them.
public struct Span: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }
}

/// An identifier as written, with where it was written.
public struct Name: Hashable, Sendable {
    public var text: String
    public var span: Span

    public init(_ text: String, span: Span) {
        self.text = text
        self.span = span
    }
}

/// A `#` comment, kept so the formatter can put it back. `text` excludes the `#`.
public struct Comment: Hashable, Sendable {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}
