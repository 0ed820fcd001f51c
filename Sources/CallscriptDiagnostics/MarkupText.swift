/// Text for XML and HTML documents: the SCXML export, JUnit reports and proof certificates.
public enum MarkupText {
    /// Text safe in element content and in quoted attribute values, of XML 1.0 and of HTML:
    /// `& < > " '` escaped, line breaks and tabs as character references (so attribute-value
    /// normalisation keeps them), and the characters XML 1.0 cannot hold at all (other control
    /// characters, U+FFFE, U+FFFF) as U+FFFD. A compiled script has none of those; a
    /// hand-made machine or a test name might.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                let v = scalar.value
                if v >= 0x20, v != 0xFFFE, v != 0xFFFF { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// Text as the body of an XML or HTML comment: `--` may not occur inside one, nor may it
    /// end with `-`, so a space goes between any two hyphens in a row and after a last one.
    public static func comment(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterHyphen = false
        for scalar in text.unicodeScalars {
            if scalar == "-", afterHyphen { out += " " }
            out.unicodeScalars.append(scalar)
            afterHyphen = scalar == "-"
        }
        if afterHyphen { out += " " }
        return out
    }
}
