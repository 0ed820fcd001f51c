/// The bytes of one source file plus a table of line starts.
///
/// Positions everywhere else are byte offsets; this table turns an offset into a line and
/// column only when a person needs to see one, so the lexer and parser never count lines.
public struct SourceFile: Sendable {
    /// The path shown to people (relative to the working directory or the main script's folder).
    public let path: String
    /// The raw UTF-8 bytes as read from disk.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.lineStarts = ByteWords.lineStarts(bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The whole file as a string (invalid UTF-8 is replaced, which only matters for display).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Line (1-based) and column (1-based, in Unicode scalars) of a byte offset.
    public func location(ofOffset rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        return SourceLocation(offset: offset, line: low + 1, column: 1 + ByteWords.scalars(bytes, lineStart..<offset))
    }

    /// A range in this file from byte offset `start` up to (not including) `end`.
    public func range(_ start: Int, _ end: Int) -> SourceRange {
        let from = location(ofOffset: start)
        let to = min(max(start, end), bytes.count)
        // Every state of a machine has a range, and most end on the line they start on: the
        // end's column then follows from the start's without searching the lines again.
        if from.line < lineStarts.count, to >= from.offset, to < lineStarts[from.line] {
            let column = from.column + ByteWords.scalars(bytes, from.offset..<to)
            return SourceRange(
                file: path, start: from, end: SourceLocation(offset: to, line: from.line, column: column))
        }
        return SourceRange(file: path, start: from, end: location(ofOffset: to))
    }

    /// The text of a line (1-based) without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The number of lines (a final line without a newline counts).
    public var lineCount: Int { lineStarts.count }
}
