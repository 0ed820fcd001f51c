/// A half-open byte range `[start, end)` in the file a node came from. Nodes store only
/// offsets; `SourceFile` turns them into lines and columns when a person needs them.
///
/// The offsets are kept as 32-bit integers: every node of the tree holds spans, and at 100,000
/// steps the wider form was a fifth of the tree's memory. Scripts are far below 2 GiB (the
/// loader refuses files above `ScriptLimits.maximumFileBytes`); a larger offset is clamped.
public struct Span: Hashable, Sendable {
    private var lower: Int32
    private var upper: Int32

    public init(_ start: Int, _ end: Int) {
        lower = Int32(clamping: start)
        upper = Int32(clamping: end)
    }

    public var start: Int {
        get { Int(lower) }
        set { lower = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(upper) }
        set { upper = Int32(clamping: newValue) }
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
