import CallscriptDiagnostics

/// Byte offsets to lines and columns for a pass that visits one file in source order, as
/// lowering does (two locations per state). `SourceFile.location(ofOffset:)` searches the
/// whole line table each time: at 100,000 steps that table is megabytes and the search's
/// last levels miss the caches. The cursor starts from the line it found last and gallops
/// from there, so nearby offsets cost a step or two. The same answers as `SourceFile`.
struct LineCursor {
    let file: SourceFile
    /// The line (0-based) of the last offset asked for.
    private var line = 0

    init(_ file: SourceFile) { self.file = file }

    /// What `file.range(start, end)` gives.
    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        let from = location(start)
        return SourceRange(file: file.path, start: from, end: location(max(start, end)))
    }

    /// What `file.location(ofOffset:)` gives.
    mutating func location(_ rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, 0), file.bytes.count)
        let found = file.lineStarts.withUnsafeBufferPointer { starts in
            // Invariant: starts[low] <= offset, and high == starts.count or starts[high] > offset.
            var low: Int
            var high: Int
            if starts[line] <= offset {
                low = line
                var step = 1
                high = line + 1
                while high < starts.count, starts[high] <= offset {
                    low = high
                    step <<= 1
                    high = min(line + step, starts.count)
                }
            } else {
                high = line
                var step = 1
                low = line - 1
                while low > 0, starts[low] > offset {
                    high = low
                    step <<= 1
                    low = max(line - step, 0)
                }
            }
            while high - low > 1 {
                let middle = (low + high) / 2
                if starts[middle] <= offset { low = middle } else { high = middle }
            }
            return low
        }
        line = found
        let lineStart = file.lineStarts[found]
        // Count scalars as `SourceFile` does, eight bytes at a time: every state asks for two
        // columns, most of them deep into an indented line.
        let column = 1 + ByteWords.scalars(file.bytes, lineStart..<offset)
        return SourceLocation(offset: offset, line: found + 1, column: column)
    }
}
