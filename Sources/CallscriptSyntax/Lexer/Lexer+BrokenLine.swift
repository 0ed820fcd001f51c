import CallscriptDiagnostics

/// A text broken over two lines, as word processors, e-mail and a stray Enter make them: the
/// string's closing quote is on the next line. Read as one text with one error (CS0012) and a
/// fix-it that joins the lines, instead of an unterminated string and a cascade after it.
extension Lexer {
    /// At the line break inside an open string: where the text goes on (the first non-blank
    /// byte of the next line) if that line closes the string, or nil. The next line closes it
    /// when its first unescaped `"` ends the line or is followed only by what may follow a text
    /// (`->`, `{`, `,`, `)`, a comment) and the rest of the line holds an even number of quotes.
    /// A next line that opens a text of its own (`say "...`) does not close this one.
    func brokenLineResume() -> Int? {
        var index = position + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        let resume = index
        guard index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") else {
            return nil
        }
        // Find the first unescaped quote on the next line.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: "\"") { break }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        // What follows the quote must be what may follow a text.
        var after = index + 1
        while after < bytes.count,
            bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t")
                || bytes[after] == UInt8(ascii: "\r")
        {
            after += 1
        }
        guard after < bytes.count, bytes[after] != UInt8(ascii: "\n") else { return resume }
        let next = bytes[after]
        let follows =
            next == UInt8(ascii: "#") || next == UInt8(ascii: "{") || next == UInt8(ascii: ",")
            || next == UInt8(ascii: ")") || next == UInt8(ascii: "}")
            || (next == UInt8(ascii: "-") && after + 1 < bytes.count && bytes[after + 1] == UInt8(ascii: ">"))
        guard follows else { return nil }
        var quotes = 0
        var rest = after
        while rest < bytes.count, bytes[rest] != UInt8(ascii: "\n"), bytes[rest] != UInt8(ascii: "#") || quotes % 2 == 1
        {
            if bytes[rest] == UInt8(ascii: "\\") {
                rest += 2
                continue
            }
            if bytes[rest] == UInt8(ascii: "\"") { quotes += 1 }
            rest += 1
        }
        return quotes % 2 == 0 ? resume : nil
    }

    mutating func reportBrokenLine(start: Int, lineBreak: Int, resume: Int) {
        var end = lineBreak
        while end > start + 1,
            bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")
                || bytes[end - 1] == UInt8(ascii: "\r")
        {
            end -= 1
        }
        report(
            .textBrokenOverLines, "a text must stay on one line; join the lines or use \\n", start, end,
            help: "join this line and the next into one line, or write \\n where the text should break",
            fixIts: [
                FixIt(
                    message: "join the lines",
                    edits: [TextEdit(range: source.range(end, resume), replacement: " ")])
            ])
    }
}
