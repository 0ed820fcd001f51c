/// A text template as stored in a machine: `{name}` placeholders, `{{` and `}}` for braces.
public struct Template: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case text(String)
        case placeholder(String)
    }

    public let parts: [Part]

    /// Parses a stored template. An unclosed `{` is kept as text (the compiler never writes one).
    public init(_ source: String) {
        var parts: [Part] = []
        var text = ""
        let scalars = Array(source.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                text.append("{")
                i += 2
                continue
            }
            if c == "}", i + 1 < scalars.count, scalars[i + 1] == "}" {
                text.append("}")
                i += 2
                continue
            }
            if c == "{", let close = scalars[(i + 1)...].firstIndex(of: "}") {
                if !text.isEmpty {
                    parts.append(.text(text))
                    text = ""
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[(i + 1)..<close])
                parts.append(.placeholder(name))
                i = close + 1
                continue
            }
            text.unicodeScalars.append(c)
            i += 1
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// True when `text` has a brace, so it must be parsed as a template to be shown; text
    /// without one is shown exactly as stored.
    public static func hasBraces(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
    }

    /// The placeholder names in order.
    public var placeholders: [String] {
        parts.compactMap { if case .placeholder(let n) = $0 { n } else { nil } }
    }

    /// Fills placeholders; a missing value is left as `{name}` so nothing is silently dropped.
    public func render(_ values: [String: String]) -> String {
        render { values[$0] }
    }

    /// Fills placeholders with what `lookup` gives; a name it has no value for stays `{name}`.
    ///
    /// A value that ends in a full stop before text that starts with one (`{company}.` with
    /// company "Zonnig B.V.") gives one full stop, not two: agents read the screen aloud.
    public func render(_ lookup: (String) -> String?) -> String {
        var out = ""
        var valueEndsWithStop = false
        for part in parts {
            switch part {
            case .text(let t):
                out += valueEndsWithStop && t.hasPrefix(".") ? String(t.dropFirst()) : t
                valueEndsWithStop = false
            case .placeholder(let n):
                let value = lookup(n) ?? "{\(n)}"
                out += value
                valueEndsWithStop = value.hasSuffix(".")
            }
        }
        return out
    }
}
