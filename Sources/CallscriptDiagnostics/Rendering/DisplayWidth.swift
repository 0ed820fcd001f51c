/// How many terminal cells text takes, so a caret lands under the character it points at.
///
/// A terminal draws East Asian Wide and Fullwidth characters and emoji in two cells, combining
/// marks and zero-width characters in none, everything else in one. The width of a character
/// (a grapheme cluster) is the width of its first scalar, or 2 when the cluster is shown as an
/// emoji (emoji presentation, a variation selector 16, a skin tone or a ZWJ sequence), so `é`
/// written as `e` plus a combining accent is one cell and a family emoji is two.
public enum DisplayWidth {
    /// The cells `text` takes; a tab counts as one (the renderer copies tabs, it never counts them).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The cells one character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) { return 2 }
        return of(first)
    }

    /// The cells one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return value == 0x09 ? 1 : 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isZeroWidth(value) { return 0 }
        if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
        return 1
    }

    /// Zero-width characters that are not marks or format characters: Hangul medial and final
    /// jamo (drawn into the preceding syllable).
    private static func isZeroWidth(_ value: UInt32) -> Bool {
        (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, condensed: ranges that are wide almost
    /// throughout (unassigned code points in them do not occur in real text).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, // Hangul Jamo initial consonants
        0x2E80...0x303E, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF, // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF, // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF, // CJK Unified Ideographs
        0xA000...0xA4CF, // Yi
        0xA960...0xA97F, // Hangul Jamo Extended-A
        0xAC00...0xD7A3, // Hangul syllables
        0xF900...0xFAFF, // CJK compatibility ideographs
        0xFE10...0xFE19, // vertical forms
        0xFE30...0xFE6F, // CJK compatibility forms, small form variants
        0xFF00...0xFF60, // fullwidth forms
        0xFFE0...0xFFE6, // fullwidth signs
        0x16FE0...0x18CFF, // Tangut, Khitan, ideographic symbols
        0x1B000...0x1B2FF, // Kana supplement and extensions, Nushu
        0x1F300...0x1F64F, // pictographs and emoticons (also wide as text)
        0x1F900...0x1F9FF, // supplemental symbols and pictographs
        0x20000...0x3FFFD, // CJK Unified Ideographs Extensions B and later
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
