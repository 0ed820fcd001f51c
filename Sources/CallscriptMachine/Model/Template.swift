/// A text template as stored in a machine: `{name}` placeholders, `{{` and `}}` for braces.
public struct Template: Hashable, Sendable {
    public enum Part: Hashable, Sendable {
        case text(String)
        case placeholder(String)
    }

    public let parts: [Part]

    /// Parses a stored template. An unclosed `{` is kept as text (the compiler never writes one).
    public init(_ source: String) {
        var source = source
        parts = source.withUTF8 { Self.parts(of: $0) }
    }

    /// The parts of a template's UTF-8 bytes. Runs of text are copied whole: loading a machine
    /// parses every text with a placeholder, hundreds of thousands at 100,000 steps.
    private static func parts(of s: UnsafeBufferPointer<UInt8>) -> [Part] {
        var parts: [Part] = []
        var text: [UInt8] = []
        scan(
            s, text: { text.append(contentsOf: $0) },
            placeholder: { name in
                if !text.isEmpty {
                    parts.append(.text(String(decoding: text, as: UTF8.self)))
                    text.removeAll(keepingCapacity: true)
                }
                parts.append(.placeholder(String(decoding: name, as: UTF8.self)))
            })
        if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
        return parts
    }

    /// Reads a stored template's UTF-8 bytes, the one reading of the template syntax: `text`
    /// gets the runs of literal text in order (`{{` and `}}` end a run with one brace), and
    /// `placeholder` the name inside each `{...}`. An unclosed `{` and a lone `}` are text.
    /// Braces are ASCII, so cutting at them never splits a character.
    public static func scan(
        _ s: UnsafeBufferPointer<UInt8>, text: (UnsafeBufferPointer<UInt8>) -> Void,
        placeholder: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var run = 0 // start of the text not yet handed to `text`
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == open || c == close else {
                i += 1
                continue
            }
            if i + 1 < s.count, s[i + 1] == c {
                // `{{` or `}}`: one brace of text.
                text(UnsafeBufferPointer(rebasing: s[run...i]))
                i += 2
                run = i
                continue
            }
            if c == open, let end = s[(i + 1)...].firstIndex(of: close) {
                if i > run { text(UnsafeBufferPointer(rebasing: s[run..<i])) }
                placeholder(UnsafeBufferPointer(rebasing: s[(i + 1)..<end]))
                i = end + 1
                run = i
                continue
            }
            i += 1
        }
        if s.count > run { text(UnsafeBufferPointer(rebasing: s[run...])) }
    }

    /// True when `text` has a brace, so it must be parsed as a template to be shown; text
    /// without one is shown exactly as stored.
    public static func hasBraces(_ text: String) -> Bool {
        // On the bytes when the string has them in one piece (every native string does):
        // the loader asks this of every state's text, and the view's iterator was slow.
        let isBrace = { (b: UInt8) in b == UInt8(ascii: "{") || b == UInt8(ascii: "}") }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isBrace) }
            ?? text.utf8.contains(where: isBrace)
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
