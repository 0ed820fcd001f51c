import CallscriptMachine

/// The words of a statement as the sales-wording rules read them: letters and digits (with
/// `.` and `,` inside numbers) and the signs `€ $ £ %`, of the spoken text, placeholders left out.
///
/// Every `say`, `identify` and `disclose` of a script passes through here, so the text is
/// scanned as UTF-8 bytes, decoding a scalar only where a byte is not ASCII, and words are
/// ranges of two byte buffers (as written, and in lower case): no string is made for a word
/// unless a pattern matches it.
struct SalesWords {
    /// The spoken text's bytes.
    private(set) var written: [UInt8] = []
    /// Every word in lower case, one after the other.
    private(set) var lowered: [UInt8] = []
    /// Each word's bytes in `written`.
    private(set) var writtenRanges: [Range<Int>] = []
    /// Each word's bytes in `lowered`.
    private(set) var loweredRanges: [Range<Int>] = []
    /// The text is all ASCII, and `lowered` is all of it in lower case.
    private var ascii = false

    var count: Int { writtenRanges.count }

    /// The word as written.
    func text(_ word: Int) -> String { String(decoding: written[writtenRanges[word]], as: UTF8.self) }

    /// The word in lower case.
    func loweredBytes(_ word: Int) -> ArraySlice<UInt8> { lowered[loweredRanges[word]] }

    init(_ template: String) { read(template) }

    /// Reads another text, keeping the buffers' capacity: one `SalesWords` serves a whole machine.
    mutating func read(_ template: String) {
        written.removeAll(keepingCapacity: true)
        lowered.removeAll(keepingCapacity: true)
        writtenRanges.removeAll(keepingCapacity: true)
        loweredRanges.removeAll(keepingCapacity: true)
        var template = template
        ascii = template.withUTF8 { Self.spokenBytes(of: $0, into: &written) }
        // Most texts are ASCII: then the lower-case buffer is the text lowered in one pass, and
        // each word has the same range in both.
        if ascii {
            lowered.append(contentsOf: written)
            lowered.withUnsafeMutableBufferPointer { bytes in
                for index in bytes.indices where bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z")
                {
                    bytes[index] |= 0x20
                }
            }
            readASCIIWords()
            return
        }
        var start = 0
        var end = 0
        var i = 0
        while i < written.count {
            let (kind, width) = Self.classify(written, at: i)
            switch kind {
            case .sign:
                addWord(start..<end)
                addWord(i..<(i + width))
                start = i + width
                end = start
            case .wordCharacter:
                end = i + width
            case .other:
                if isInnerSeparator(at: i, wordEnd: end, wordStart: start) {
                    end = i + 1
                } else {
                    addWord(start..<end)
                    start = i + width
                    end = start
                }
            }
            i += width
        }
        addWord(start..<end)
    }

    /// Appends the spoken bytes of a template to `written`: its text (`Template.scan`), each
    /// placeholder as one space. True when they are all ASCII. Parsing each template into parts
    /// first was a fifth of this check.
    private static func spokenBytes(of s: UnsafeBufferPointer<UInt8>, into written: inout [UInt8]) -> Bool {
        var high: UInt8 = 0
        Template.scan(
            s,
            text: { run in
                for byte in run { high |= byte }
                written.append(contentsOf: run)
            },
            placeholder: { _ in written.append(0x20) })
        return high < 0x80
    }

    /// The loop of `read` for an ASCII text, every byte one character: the same words, found
    /// without decoding, over the buffer's bytes with each word's range appended once (a word
    /// has the same range in both buffers). Through the arrays, with `addWord`'s checks and
    /// two appends a word, this was most of the sales-wording check on long texts.
    private mutating func readASCIIWords() {
        written.withUnsafeBufferPointer { Self.asciiWords($0, into: &writtenRanges) }
        loweredRanges.append(contentsOf: writtenRanges)
    }

    /// The words of ASCII `bytes`, as `read` finds them, appended to `ranges`.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) {
        func add(_ start: Int, _ end: Int) {
            let end = trimmedEnd(bytes, start, end)
            if end > start { ranges.append(start..<end) }
        }
        var start = 0
        var end = 0
        for i in 0..<bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%") {
                add(start, end)
                add(i, i + 1)
                start = i + 1
                end = start
            } else if isWordByte(byte) {
                end = i + 1
            } else if isInnerSeparator(bytes, at: i, wordEnd: end, wordStart: start) {
                end = i + 1
            } else if end > start {
                add(start, end)
                start = i + 1
                end = start
            } else {
                start = i + 1
                end = start
            }
        }
        add(start, end)
    }

    /// A `,` or `.` between two digits of a number (`2,50`, `1.000`): part of the word.
    private func isInnerSeparator(at i: Int, wordEnd end: Int, wordStart start: Int) -> Bool {
        written.withUnsafeBufferPointer { Self.isInnerSeparator($0, at: i, wordEnd: end, wordStart: start) }
    }

    @inline(__always)
    private static func isInnerSeparator(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, wordEnd end: Int, wordStart start: Int
    ) -> Bool {
        let byte = bytes[i]
        return (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && end == i && end > start
            && isDigit(bytes[i - 1]) && i + 1 < bytes.count && isDigit(bytes[i + 1])
    }

    /// The end of the word `bytes[start..<end]` without trailing separators: a number keeps
    /// inner separators (`2,50`) but not a trailing one (`30,-`).
    @inline(__always)
    private static func trimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return end
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || isDigit(byte)
    }

    private mutating func addWord(_ range: Range<Int>) {
        let end = written.withUnsafeBufferPointer { Self.trimmedEnd($0, range.lowerBound, range.upperBound) }
        guard end > range.lowerBound else { return }
        let word = range.lowerBound..<end
        if ascii {
            writtenRanges.append(word)
            loweredRanges.append(word)
            return
        }
        let start = lowered.count
        if written[word].allSatisfy({ $0 < 0x80 }) {
            for byte in written[word] {
                lowered.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            }
        } else {
            lowered.append(contentsOf: String(decoding: written[word], as: UTF8.self).lowercased().utf8)
        }
        writtenRanges.append(word)
        loweredRanges.append(start..<lowered.count)
    }

    private enum Kind { case sign, wordCharacter, other }

    /// The kind of the scalar starting at `i`, and its length in bytes.
    private static func classify(_ bytes: [UInt8], at i: Int) -> (Kind, Int) {
        let lead = bytes[i]
        if lead < 0x80 {
            if lead == UInt8(ascii: "$") || lead == UInt8(ascii: "%") { return (.sign, 1) }
            return (isWordByte(lead) ? .wordCharacter : .other, 1)
        }
        // The bytes come from a String, so they are valid UTF-8.
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (.other, width) }
        if scalar == "€" || scalar == "£" { return (.sign, width) }
        return (scalar.properties.isAlphabetic ? .wordCharacter : .other, width)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
