import Foundation

/// Escaping for the XML the SCXML export writes: attribute values and text content.
enum XMLText {
    /// Text safe inside a double-quoted attribute: `&`, `<`, `>`, `"` escaped, and line breaks
    /// and tabs as character references so that attribute normalisation keeps them.
    static func attribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                // XML 1.0 forbids most control characters even as references; a compiled
                // script has none, but a hand-made machine might.
                if scalar.value < 0x20 { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text as an XML comment body: `--` may not occur inside a comment.
    static func comment(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "--", with: "- -")
        if out.hasSuffix("-") { out += " " }
        return out
    }
}
