import CallscriptDiagnostics

/// How a string was opened. Only straight double quotes are valid; the others are read as
/// strings after an error, so a pasted “text” or a 'text' gives one diagnostic.
enum QuoteStyle {
    case straight, typographic, single
}

/// String literals: escapes, placeholders, literal braces, and the errors a designer is
/// likely to make in them. Only here does the lexer build text.
extension Lexer {
    /// Scans a string whose opening quote is at `position` and returns its decoded content.
    /// An unterminated string ends at the end of its line so the next line lexes normally.
    mutating func scanString(openingLength: Int, quotes: QuoteStyle) -> TemplateText {
        let start = position
        position += openingLength
        var parts: [TemplatePart] = []
        var text: [UInt8] = []
        var runStart = position
        var finalRun: Range<Int>?
        var joinedLine = false
        while true {
            position = skipPlainStringBytes(from: position)
            guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                text.append(contentsOf: bytes[runStart..<position])
                if quotes == .straight, !joinedLine, position < bytes.count, let resume = brokenLineResume() {
                    // A text broken over two lines: one error, and the text read as if joined,
                    // so the next line does not turn into a cascade of errors.
                    reportBrokenLine(start: start, lineBreak: position, resume: resume)
                    while let last = text.last,
                        last == UInt8(ascii: " ") || last == UInt8(ascii: "\t")
                            || last == UInt8(ascii: "\r")
                    {
                        text.removeLast()
                    }
                    text.append(UInt8(ascii: " "))
                    joinedLine = true
                    position = resume
                    runStart = position
                    continue
                }
                reportUnterminated(start: start)
                break
            }
            let byte = bytes[position]
            if let closeLength = closingQuoteLength(at: position, quotes) {
                if text.isEmpty {
                    // Most strings are one run of plain text: kept as where it is in the
                    // file's bytes, without the copy into `text` (`TemplateText`).
                    finalRun = runStart..<position
                } else {
                    text.append(contentsOf: bytes[runStart..<position])
                }
                if quotes != .straight {
                    reportWrongQuotes(
                        quotes, start: start, openingLength: openingLength, close: position, closeLength: closeLength)
                }
                position += closeLength
                break
            }
            switch byte {
            case UInt8(ascii: "\\"):
                text.append(contentsOf: bytes[runStart..<position])
                scanEscape(into: &text)
            case UInt8(ascii: "{"):
                text.append(contentsOf: bytes[runStart..<position])
                scanOpeningBrace(text: &text, parts: &parts)
            case UInt8(ascii: "}"):
                text.append(contentsOf: bytes[runStart..<position])
                if peekByte(1) == UInt8(ascii: "}") {
                    position += 2
                } else {
                    report(
                        .unmatchedBrace, "unmatched '}' in string", position, position + 1,
                        help: "write '}}' for a literal brace",
                        fixIts: [
                            FixIt(
                                message: "double the brace",
                                edits: [TextEdit(range: source.range(position, position + 1), replacement: "}}")])
                        ])
                    position += 1
                }
                text.append(UInt8(ascii: "}"))
            case 0x80...0xFF:
                if let length = utf8Length(at: position) {
                    position += length
                    continue
                }
                text.append(contentsOf: bytes[runStart..<position])
                reportInvalidUTF8(at: position)
                text.append(contentsOf: [0xEF, 0xBF, 0xBD])
                position += 1
            default:
                position += 1
                continue
            }
            runStart = position
        }
        if let finalRun {
            if parts.isEmpty { return TemplateText(plainBytes: bytes, finalRun) }
            if !finalRun.isEmpty { parts.append(.text(String(decoding: bytes[finalRun], as: UTF8.self))) }
        } else if !text.isEmpty {
            if parts.isEmpty { return TemplateText(plain: String(decoding: text, as: UTF8.self)) }
            parts.append(.text(String(decoding: text, as: UTF8.self)))
        }
        return TemplateText(parts: parts)
    }

    /// The offset of the next byte at or after `start` that the string scanner must look at
    /// (quotes, backslash, braces, line break, non-ASCII). Text is mostly plain ASCII, so this
    /// loop is where lexing spends its time: it tests eight bytes at once (`PlainBytes`).
    private func skipPlainStringBytes(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            if let base = buffer.baseAddress {
                while index + 8 <= buffer.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let found = PlainBytes.stringStops(in: word)
                    if found != 0 { return index + PlainBytes.firstFlagged(found) }
                    index += 8
                }
            }
            while index < buffer.count, !PlainBytes.isStringStop(buffer[index]) { index += 1 }
            return index
        }
    }

    private mutating func scanEscape(into text: inout [UInt8]) {
        guard let next = peekByte(1), next != UInt8(ascii: "\n") else {
            // A backslash at the end of the line: the string is unterminated; keep it literally.
            text.append(UInt8(ascii: "\\"))
            position += 1
            return
        }
        switch next {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            text.append(next)
            position += 2
        case UInt8(ascii: "n"):
            text.append(UInt8(ascii: "\n"))
            position += 2
        default:
            let length = next < 0x80 ? 1 : (utf8Length(at: position + 1) ?? 1)
            let shown = String(decoding: bytes[position..<(position + 1 + length)], as: UTF8.self)
            report(
                .unknownEscape, "unknown escape sequence '\(shown)' in string", position, position + 1 + length,
                help: "the escapes are \\\", \\\\ and \\n; write \\\\ for a backslash",
                fixIts: [
                    FixIt(
                        message: "escape the backslash",
                        edits: [TextEdit(range: source.range(position, position + 1), replacement: "\\\\")])
                ])
            // Keep the backslash literally; the next character is lexed as ordinary text.
            text.append(UInt8(ascii: "\\"))
            position += 1
        }
    }

    /// `{{`, a `{name}` placeholder, or a bad or unclosed placeholder.
    private mutating func scanOpeningBrace(text: inout [UInt8], parts: inout [TemplatePart]) {
        if peekByte(1) == UInt8(ascii: "{") {
            text.append(UInt8(ascii: "{"))
            position += 2
            return
        }
        // Look for the closing brace on this line, before the string could end or a new
        // brace opens: each byte is looked at at most twice, so this stays linear.
        var close = position + 1
        while close < bytes.count {
            let byte = bytes[close]
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "{")
            {
                break
            }
            close += 1
        }
        guard close < bytes.count, bytes[close] == UInt8(ascii: "}") else {
            report(
                .unclosedBrace, "unclosed '{' in string", position, position + 1,
                help: "write '{{' for a literal brace, or close the placeholder with '}'",
                fixIts: [
                    FixIt(
                        message: "double the brace",
                        edits: [TextEdit(range: source.range(position, position + 1), replacement: "{{")])
                ])
            text.append(UInt8(ascii: "{"))
            position += 1
            return
        }
        let nameStart = position + 1
        if isIdentifier(nameStart, close) {
            if !text.isEmpty {
                parts.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
            let name = String(decoding: bytes[nameStart..<close], as: UTF8.self)
            parts.append(.placeholder(Name(name, span: Span(position, close + 1))))
        } else {
            let shown = String(decoding: bytes[position...close], as: UTF8.self)
            report(
                .invalidPlaceholder, close == nameStart ? "empty placeholder '{}'" : "invalid placeholder '\(shown)'",
                position, close + 1,
                help: "a placeholder is a name in braces, such as {first_name}; write '{{' and '}}' for literal braces")
            text.append(contentsOf: bytes[position...close])
        }
        position = close + 1
    }

    private func isIdentifier(_ start: Int, _ end: Int) -> Bool {
        guard start < end, !isDigit(bytes[start]) else { return false }
        var index = start
        while index < end {
            if !isIdentifierByte(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    private mutating func reportUnterminated(start: Int) {
        var end = position
        while end > start + 1,
            bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")
                || bytes[end - 1] == UInt8(ascii: "\r")
        {
            end -= 1
        }
        report(
            .unterminatedString, "unterminated string", start, end,
            help: "add a closing '\"' at the end of the text",
            fixIts: [
                FixIt(
                    message: "insert the closing quote",
                    edits: [TextEdit(range: source.range(end, end), replacement: "\"")])
            ])
    }

    private func closingQuoteLength(at index: Int, _ quotes: QuoteStyle) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") { return 1 }
        switch quotes {
        case .straight: return nil
        case .typographic: return isClosingTypographicQuote(at: index) ? 3 : nil
        case .single: return byte == UInt8(ascii: "'") ? 1 : nil
        }
    }

    private mutating func reportWrongQuotes(
        _ quotes: QuoteStyle, start: Int, openingLength: Int, close: Int, closeLength: Int
    ) {
        report(
            .wrongQuotes, quotes == .single ? "string uses single quotes" : "string uses typographic quotes", start,
            close + closeLength,
            help: quotes == .single
                ? "strings use double quotes: \"...\""
                : "strings use straight double quotes: \"...\" (word processors replace them with curly ones)",
            fixIts: [
                FixIt(
                    message: "use straight quotes",
                    edits: [
                        TextEdit(range: source.range(start, start + openingLength), replacement: "\""),
                        TextEdit(range: source.range(close, close + closeLength), replacement: "\""),
                    ])
            ])
    }

    /// `“` or `„` (Dutch opening quote), which word processors insert instead of `"`.
    func isOpeningTypographicQuote(at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9E)
    }

    /// `”`.
    func isClosingTypographicQuote(at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9D
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or nil (overlong forms,
    /// surrogates and values above U+10FFFF are ill-formed).
    func utf8Length(at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return nil }
        var offset = 2
        while offset < length {
            if bytes[index + offset] & 0xC0 != 0x80 { return nil }
            offset += 1
        }
        return length
    }

    /// The sequence length at `index`, reporting (once per file) and returning 1 when invalid.
    mutating func utf8LengthOrReport(at index: Int) -> Int {
        if let length = utf8Length(at: index) { return length }
        reportInvalidUTF8(at: index)
        return 1
    }

    mutating func reportInvalidUTF8(at index: Int) {
        guard !reportedInvalidUTF8 else { return }
        reportedInvalidUTF8 = true
        let hex = String(bytes[index], radix: 16, uppercase: true)
        report(
            .invalidUTF8, "invalid UTF-8 byte 0x\(hex)", index, index + 1,
            help:
                "save the file as UTF-8 (it may be in Latin-1 or Windows-1252); only the first invalid byte is reported"
        )
    }
}
