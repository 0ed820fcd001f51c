/// A point in a source file: the byte offset and the line and column people see.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    /// Byte offset from the start of the file.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (what editors show for Dutch text like "beëindig").
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}

/// A half-open range `[start, end)` in one file, with resolved lines and columns so that it
/// can be shown without the source (a compiled machine carries these for every state).
public struct SourceRange: Hashable, Sendable, Codable {
    /// The file's display path; for compiled machines, relative to the main script's folder.
    public var file: String
    public var start: SourceLocation
    public var end: SourceLocation

    public init(file: String, start: SourceLocation, end: SourceLocation) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A range for a whole file when no position applies (I/O errors, missing headers).
    public static func wholeFile(_ file: String) -> SourceRange {
        let origin = SourceLocation(offset: 0, line: 1, column: 1)
        return SourceRange(file: file, start: origin, end: origin)
    }

    /// A file that has no source position to show (a contact file that is a folder, a data
    /// folder that is full): line and column 0, shown as `file:` alone. With an empty `file`
    /// (a refused call, a closed standard output) no position is shown at all.
    public static func file(_ file: String, line: Int = 0) -> SourceRange {
        let point = SourceLocation(offset: 0, line: line, column: line == 0 ? 0 : 1)
        return SourceRange(file: file, start: point, end: point)
    }

    /// True when the range names a line (not just a file, or nothing).
    public var hasPosition: Bool { start.line > 0 }
}
