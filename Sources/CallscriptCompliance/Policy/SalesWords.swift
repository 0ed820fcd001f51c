import CallscriptMachine

/// The words of a statement as the sales-wording rules read them: letters and digits (with
/// `.` and `,` inside numbers) and the signs `€ $ £ %`, of the spoken text, placeholders left out.
///
/// Every `say`, `identify` and `disclose` of a script passes through here, so the text is
/// scanned as UTF-8 bytes, decoding a scalar only where a byte is not ASCII.
enum SalesWords {
    struct Word: Sendable {
        var written: String
        var lowered: String
    }

    static func split(_ template: String) -> [Word] {
        var bytes: [UInt8]
        if Template.hasBraces(template) {
            bytes = []
            for part in Template(template).parts {
                if case .text(let text) = part { bytes.append(contentsOf: text.utf8) } else { bytes.append(0x20) }
            }
        } else {
            bytes = Array(template.utf8)
        }
        var result: [Word] = []
        var start = 0
        var end = 0
        func flush() {
            // A number keeps inner separators (`2,50`) but not a trailing one (`30,-`).
            while end > start, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            if end > start { result.append(word(bytes[start..<end])) }
        }
        var i = 0
        while i < bytes.count {
            let (kind, width) = classify(bytes, at: i)
            switch kind {
            case .sign:
                flush()
                let sign = String(decoding: bytes[i..<(i + width)], as: UTF8.self)
                result.append(Word(written: sign, lowered: sign))
                start = i + width
                end = start
            case .wordCharacter:
                end = i + width
            case .other:
                let byte = bytes[i]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."), end == i, end > start,
                    isDigit(bytes[i - 1]), i + 1 < bytes.count, isDigit(bytes[i + 1])
                {
                    end = i + 1
                } else {
                    flush()
                    start = i + width
                    end = start
                }
            }
            i += width
        }
        flush()
        return result
    }

    private enum Kind { case sign, wordCharacter, other }

    /// The kind of the scalar starting at `i`, and its length in bytes.
    private static func classify(_ bytes: [UInt8], at i: Int) -> (Kind, Int) {
        let lead = bytes[i]
        if lead < 0x80 {
            if lead == UInt8(ascii: "$") || lead == UInt8(ascii: "%") { return (.sign, 1) }
            let letter = (lead | 0x20) >= UInt8(ascii: "a") && (lead | 0x20) <= UInt8(ascii: "z")
            return (letter || isDigit(lead) ? .wordCharacter : .other, 1)
        }
        // The bytes come from a String, so they are valid UTF-8.
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (.other, width) }
        if scalar == "€" || scalar == "£" { return (.sign, width) }
        return (scalar.properties.isAlphabetic ? .wordCharacter : .other, width)
    }

    private static func word(_ bytes: ArraySlice<UInt8>) -> Word {
        let written = String(decoding: bytes, as: UTF8.self)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return Word(written: written, lowered: written.lowercased()) }
        guard bytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return Word(written: written, lowered: written)
        }
        let lowered = String(
            decoding: bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
        return Word(written: written, lowered: lowered)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
