extension StringProtocol {
    /// The text without the spaces and tabs at its ends: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (tabs, Unicode's space separators and the
    /// zero-width space, not line breaks), read from the text's scalars. Foundation's first
    /// call builds its character set, a tenth of `check` of a small script, which trims every
    /// comment.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !Self.isWhitespace($0) })
        else { return "" }
        // The kept part's bytes in one go (scalar indices are UTF-8 indices too); built from
        // the scalars one by one it cost as much as Foundation's trim.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
}
