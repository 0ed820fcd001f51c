/// Reads one record of a call list at a time; a quoted field may hold separators and line
/// breaks. Control characters are refused: no spreadsheet or CRM export writes them, and a
/// stray one (a bare carriage return from an old Mac export, a form feed pasted from a
/// document, the NUL bytes of UTF-16) would be misread as part of a name or a number.
struct CSVReader {
    let bytes: [UInt8]
    var position: Int
    /// The line the next record starts on.
    var line: Int
    let delimiter: UInt8
    let file: String
    /// Where the current line starts, for the column in an error.
    private var lineStart: Int

    init(bytes: [UInt8], position: Int, line: Int, delimiter: UInt8, file: String) {
        self.bytes = bytes
        self.position = position
        self.line = line
        self.delimiter = delimiter
        self.file = file
        self.lineStart = position
    }

    mutating func nextRecord() throws(RuntimeError) -> [String]? {
        guard position < bytes.count else { return nil }
        var fields: [String] = []
        var field: [UInt8] = []
        let startLine = line
        var quoted = false
        var wasQuoted = false
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            if b < 0x20 || b == 0x7F { try checkControl(b, quoted: quoted) }
            if quoted {
                if b == 0x22 {
                    if position < bytes.count, bytes[position] == 0x22 {
                        field.append(0x22)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if b == 0x0A { newLine() }
                    field.append(b)
                }
                continue
            }
            switch b {
            case 0x22 where field.allSatisfy({ $0 == 0x20 }):
                field = []
                quoted = true
                wasQuoted = true
            case delimiter:
                fields.append(try text(field, wasQuoted))
                field = []
                wasQuoted = false
            case 0x0A:
                newLine()
                fields.append(try text(field, wasQuoted))
                return fields
            case 0x0D: continue // before a line feed or at the end (checkControl refused the rest)
            default: field.append(b)
            }
        }
        if quoted {
            throw .badCallList(
                file: file, line: startLine, message: "a quoted field that starts on this line is never closed",
                help: "close the field with \" (a quote inside a field is written twice: \"\")")
        }
        fields.append(try text(field, wasQuoted))
        return fields
    }

    private mutating func newLine() {
        line += 1
        lineStart = position
    }

    /// Tabs and line ends are allowed, and a carriage return inside quotes (a cell with a line
    /// break); outside quotes a carriage return must end the line with a line feed.
    private func checkControl(_ b: UInt8, quoted: Bool) throws(RuntimeError) {
        switch b {
        case 0x09, 0x0A: return
        case 0x0D where quoted || position == bytes.count || bytes[position] == 0x0A: return
        default: break
        }
        // Columns count characters, as an editor shows them, not bytes.
        let column = bytes[lineStart..<position].count { $0 & 0xC0 != 0x80 }
        let hex = String(b, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        let help: String
        switch b {
        case 0x00:
            help =
                "the file looks like UTF-16 (Excel's \"Unicode text\"): save it as \"CSV UTF-8 (door komma's gescheiden)\""
        case 0x0D:
            help =
                "end every line with a line feed (old Mac exports end lines with a carriage return alone): "
                + "save the list again as \"CSV UTF-8 (door komma's gescheiden)\", or remove the character"
        default:
            help = "remove the character from the field: a call list holds only text, separators and line ends"
        }
        let what = b == 0x0D ? "a carriage return without a line feed" : "a control character (\(code))"
        throw .badCallList(
            file: file, line: line, column: column, message: "column \(column) holds \(what)", help: help)
    }

    private func text(_ field: [UInt8], _ quoted: Bool) throws(RuntimeError) -> String {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw .badCallList(
                file: file, line: line, message: "the call list is not UTF-8 text",
                help: "save it from Excel as \"CSV UTF-8 (door komma's gescheiden)\"")
        }
        return quoted ? text : text.trimmingSpaces()
    }
}
