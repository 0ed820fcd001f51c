/// Words: identifiers and keywords, with the few keywords and names spelled with a hyphen.
extension Lexer {
    /// A word: an identifier or keyword. Non-ASCII letters are taken into the word (after an
    /// error) so `beëindig` is one bad name, not three errors.
    mutating func scanWord() -> TokenKind {
        let start = position
        // Nearly every word is ASCII and ends at an ASCII byte other than `-`: scanned and
        // looked up in one pass over the buffer.
        let (end, plainWord) = bytes.withUnsafeBufferPointer { buffer -> (Int, TokenKind?) in
            var index = start
            while index < buffer.count, isIdentifierByte(buffer[index]) { index += 1 }
            guard index == buffer.count || (buffer[index] < 0x80 && buffer[index] != UInt8(ascii: "-")) else {
                return (index, nil)
            }
            return (index, keywords.keyword(in: buffer, start, index).map { .keyword($0) } ?? .identifier)
        }
        position = end
        if let plainWord { return plainWord }
        var nonASCII = false
        while position < bytes.count {
            let byte = bytes[position]
            if isIdentifierByte(byte) {
                position += 1
            } else if byte >= 0x80, !isOpeningTypographicQuote(at: position), !isClosingTypographicQuote(at: position),
                let length = utf8Length(at: position)
            {
                nonASCII = true
                position += length
            } else {
                break
            }
        }
        if afterOn, !nonASCII {
            while position + 1 < bytes.count, bytes[position] == UInt8(ascii: "-"), isLetter(bytes[position + 1]) {
                position += 1
                while position < bytes.count, isIdentifierByte(bytes[position]) { position += 1 }
            }
        }
        if nonASCII {
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            report(
                .nonASCIIName, "name '\(text)' contains characters other than ASCII letters, digits and '_'",
                start, position,
                help: "names use ASCII letters, digits and '_' only; write accents in strings, not in names")
            return .identifier
        }
        // `caller-id` and `opt-in` are single keywords despite the hyphen; `source-question`
        // (an event) and `charity-lottery` (a sector) are single names.
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            hyphenatedWord(from: start)
        }
        if let keyword = bytes.withUnsafeBufferPointer({ keywords.keyword(in: $0, start, position) }) {
            return .keyword(keyword)
        }
        return .identifier
    }

    /// Takes the hyphenated rest of the few words spelled with one, once the word at `start`
    /// stopped before a `-`.
    private mutating func hyphenatedWord(from start: Int) {
        if matches("caller", from: start, to: position) && followedBy("-id") {
            position += 3
        } else if matches("opt", from: start, to: position) && followedBy("-in") {
            position += 3
        } else if matches("source", from: start, to: position) && followedBy("-question") {
            position += 9
        } else if matches("charity", from: start, to: position) && followedBy("-lottery") {
            position += 8
        }
    }

    private func matches(_ word: StaticString, from start: Int, to end: Int) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            var index = 0
            while index < buffer.count {
                if buffer[index] != bytes[start + index] { return false }
                index += 1
            }
            return true
        }
    }

    private func followedBy(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard position + length <= bytes.count else { return false }
        guard matches(suffix, from: position, to: position + length) else { return false }
        if position + length < bytes.count, isIdentifierByte(bytes[position + length]) { return false }
        return true
    }
}
