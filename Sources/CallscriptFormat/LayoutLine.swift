/// One line of formatted output before comments are woven in.
struct LayoutLine: Sendable {
    /// Indentation level (two spaces each).
    var indent: Int
    var text: String
    /// Source byte offsets covered by the code on this line; comments are placed by them.
    var start: Int
    var end: Int
    /// Which top-level item the line belongs to; a blank line is forced between steps,
    /// handlers and the header, and between items of different kinds.
    var item: Int
    var itemKind: ItemKind
    /// A closing `}`: comments just before it are indented one level deeper.
    var isClosing: Bool = false
    /// Ask answers are aligned into columns within their block.
    var answer: AnswerColumns?

    enum ItemKind: Equatable, Sendable {
        case header, field, use, start, block
    }

    /// The parts of an answer line, aligned later: `yes   "Ja"   -> offer`.
    struct AnswerColumns: Sendable {
        var classWord: String?
        var label: String
        var target: String
        /// Answers of one `ask` share a block number.
        var block: Int
    }
}
