/// A call list as Excel and CRM exports write it: UTF-8 with or without a byte-order mark,
/// fields separated by `;` (Dutch Excel) or `,` or a tab, optionally quoted with `"` (a quote
/// inside doubled), CRLF or LF line ends, and an optional first line `sep=;`. The first row
/// names the columns. Control characters other than tabs and line ends are refused
/// (`CSVReader`).
public struct CSVTable: Sendable {
    /// One data row: the line it starts on (1-based, counting the header) and its fields.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var rows: [Row]
    /// The separator found (or given), written back in the output.
    public var delimiter: UInt8
    /// The file started with a byte-order mark (Excel's "CSV UTF-8"); kept in the output.
    public var hadByteOrderMark: Bool

    public init(header: [String], rows: [Row], delimiter: UInt8, hadByteOrderMark: Bool) {
        self.header = header
        self.rows = rows
        self.delimiter = delimiter
        self.hadByteOrderMark = hadByteOrderMark
    }

    /// Reads a CSV file's bytes; `file` is the name shown in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(RuntimeError) -> CSVTable {
        var start = 0
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { start = 3 }
        var line = 1
        var given: UInt8?
        // Excel's hint line `sep=;` names the separator.
        if bytes.count >= start + 5, bytes[start..<start + 4].elementsEqual(Array("sep=".utf8)) {
            given = bytes[start + 4]
            // A line break, a quote or another control character cannot separate fields, nor can
            // a space (spaces around a field are dropped) or the first byte of a non-ASCII
            // letter: the hint line is broken.
            guard let hint = given, hint == 0x09 || (hint > 0x20 && hint < 0x7F), hint != 0x22 else {
                throw .badCallList(
                    file: file, line: 1, message: "the first line 'sep=' names no separator",
                    help: "write the separator right after 'sep=', e.g. sep=; or leave the line out")
            }
            start += 5
            // Spaces (or tabs) between the separator and the line end belong to the hint line.
            var end = start
            while end < bytes.count, bytes[end] == 0x20 || (bytes[end] == 0x09 && hint != 0x09) { end += 1 }
            if end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D { start = end }
        }
        // Empty lines before the header are skipped, as empty lines between rows are.
        // (A carriage return counts only before a line feed: a bare one is refused by the reader.)
        while start < bytes.count,
            bytes[start] == 0x0A || (bytes[start] == 0x0D && (start + 1 == bytes.count || bytes[start + 1] == 0x0A))
        {
            if bytes[start] == 0x0A { line += 1 }
            start += 1
        }
        guard start < bytes.count else {
            throw .badCallList(
                file: file, line: 0, message: "the call list is empty",
                help: "export the list with a header row, e.g. id;phone;first_name")
        }
        let delimiter = given ?? guessDelimiter(bytes, from: start)
        var reader = CSVReader(bytes: bytes, position: start, line: line, delimiter: delimiter, file: file)
        let headerLine = reader.line
        guard let header = try reader.nextRecord()?.map({ $0.trimmingSpaces() }) else {
            throw .badCallList(file: file, line: 0, message: "the call list is empty", help: "add a header row")
        }
        // A header of empty names is no header; written back it would be an empty line, which
        // the next reader skips, taking the first row for the header.
        guard header.contains(where: { !$0.isEmpty }) else {
            throw .badCallList(
                file: file, line: headerLine, message: "the header row names no columns",
                help: "put the column names in the first row, e.g. id;phone;first_name")
        }
        var rows: [Row] = []
        while true {
            let at = reader.line
            guard let fields = try reader.nextRecord() else { break }
            if fields.count == 1, fields[0].isEmpty { continue } // an empty line
            rows.append(Row(line: at, fields: fields))
        }
        return CSVTable(
            header: header, rows: rows, delimiter: delimiter, hadByteOrderMark: bom)
    }

    /// The separator that occurs most often outside quotes on the first line.
    static func guessDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [0x3B: 0, 0x2C: 0, 0x09: 0]
        var quoted = false
        var i = start
        while i < bytes.count, quoted || (bytes[i] != 0x0A && bytes[i] != 0x0D) {
            if bytes[i] == 0x22 {
                quoted.toggle()
            } else if !quoted, counts[bytes[i]] != nil {
                counts[bytes[i], default: 0] += 1
            }
            i += 1
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key < b.key) }
        return (best?.value ?? 0) > 0 ? (best?.key ?? 0x3B) : 0x3B
    }

    /// The table as CSV with the same separator (and byte-order mark) as it was read.
    /// The header quotes every field holding any separator, so a reader guesses the same
    /// separator from it; where it still would not (one column), a `sep=` line says which.
    public func encoded() -> [UInt8] {
        var head: [UInt8] = []
        Self.append(header, delimiter: delimiter, to: &head, quotingEverySeparator: true)
        var out: [UInt8] = hadByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        // A header that itself starts with `sep=` or with a byte-order mark's bytes would be read
        // as the hint line or as a mark: the `sep=` line keeps it a header.
        let startsLikeAMark = !hadByteOrderMark && head.starts(with: [0xEF, 0xBB, 0xBF])
        if Self.guessDelimiter(head, from: 0) != delimiter || head.starts(with: Array("sep=".utf8)) || startsLikeAMark {
            out += Array("sep=".utf8) + [delimiter, 0x0D, 0x0A]
        }
        out += head
        for row in rows { Self.append(row.fields, delimiter: delimiter, to: &out) }
        return out
    }

    /// One record, quoting a field only when it holds the separator (or, with
    /// `quotingEverySeparator`, also any of `;`, `,` and tab), a quote or a line break, or when
    /// it starts or ends with a space or tab (a reader trims those from an unquoted field).
    public static func append(
        _ fields: [String], delimiter: UInt8, to out: inout [UInt8], quotingEverySeparator: Bool = false
    ) {
        // The delimiter itself too: a `sep=` line may name another one, such as `|`.
        let separators: [UInt8] = quotingEverySeparator ? [0x3B, 0x2C, 0x09, delimiter] : [delimiter]
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(delimiter) }
            let bytes = Array(field.utf8)
            let padded = field.trimmingSpaces() != field
            if padded || bytes.contains(where: { separators.contains($0) || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out.append(0x22)
                for b in bytes {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
        out.append(contentsOf: [0x0D, 0x0A]) // Excel's line end
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (not no-break spaces: the phone normaliser reads those).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
