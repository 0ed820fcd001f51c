import CallscriptDiagnostics
import Foundation

/// A gettext PO file, as far as translations of call scripts need it: entries with a context
/// (the line ID), the script's text and the translation, each with where it was written.
/// Reads what translators' tools (Poedit, Weblate, `msgmerge`) write; writes what `msgfmt
/// --check` accepts.
public struct POFile: Sendable {
    /// One `msgctxt` / `msgid` / `msgstr` entry.
    public struct Entry: Sendable, Hashable {
        public var context: String?
        public var id: String
        public var translation: String
        /// `#, fuzzy`: the translator's tool guessed it; gettext never uses such an entry.
        public var fuzzy: Bool
        /// The entry's first line (its `msgctxt`, else its `msgid`).
        public var range: SourceRange
        /// The `msgstr` line.
        public var translationRange: SourceRange

        public init(
            context: String?, id: String, translation: String, fuzzy: Bool = false, range: SourceRange,
            translationRange: SourceRange
        ) {
            self.context = context
            self.id = id
            self.translation = translation
            self.fuzzy = fuzzy
            self.range = range
            self.translationRange = translationRange
        }
    }

    public var entries: [Entry]
    /// The header entry's fields (`Language`, `Last-Translator`, ...).
    public var header: [String: String]
    /// The header entry's `Language:` value, if it has one.
    public var language: String? { header["Language"] }

    /// Parses `source`; problems are `translationSyntax` errors pointing at the line.
    public static func parse(_ source: SourceFile) -> (POFile, [Diagnostic]) {
        var parser = POParser(source: source)
        return parser.parse()
    }

    /// One line to write: its ID, the script's text, a comment for the translator, and the
    /// translation so far (empty for a new line; `fuzzy` when the script's text changed).
    public struct Line: Sendable {
        public var id: String
        public var text: String
        public var comment: String
        public var reference: String
        public var translation: String
        public var fuzzy: Bool

        public init(
            id: String, text: String, comment: String, reference: String, translation: String = "", fuzzy: Bool = false
        ) {
            self.id = id
            self.text = text
            self.comment = comment
            self.reference = reference
            self.translation = translation
            self.fuzzy = fuzzy
        }
    }

    /// A PO file for translating `lines` into `language`.
    /// `header` keeps the translator's own header entries (`PO-Revision-Date`,
    /// `Last-Translator`, `Language-Team`) from the file being updated.
    public static func write(
        lines: [Line], language: String, sourceLanguage: String?, project: String, header: [String: String] = [:]
    ) -> String {
        let revised = header["PO-Revision-Date"] ?? "2026-01-01 00:00+0000"
        let translator = header["Last-Translator"] ?? "(none yet)"
        let team = header["Language-Team"] ?? "(none yet)"
        var out = """
            # Translation of "\(escapeComment(project))" into '\(language)'.
            # Each entry is one line the agent reads or one answer: msgctxt is its line ID,
            # msgid the script's text. Keep every {placeholder}; `callscript check` verifies it.
            msgid ""
            msgstr ""
            "Project-Id-Version: \(escape(project))\\n"
            "PO-Revision-Date: \(escape(revised))\\n"
            "Last-Translator: \(escape(translator))\\n"
            "Language-Team: \(escape(team))\\n"
            "Language: \(escape(language))\\n"
            "MIME-Version: 1.0\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Content-Transfer-Encoding: 8bit\\n"
            "X-Source-Language: \(escape(sourceLanguage ?? "nl"))\\n"

            """
        for line in lines {
            out += "\n#. \(escapeComment(line.comment))\n#: \(escapeComment(line.reference))\n"
            if line.fuzzy { out += "#, fuzzy\n" }
            out += "msgctxt \"\(escape(line.id))\"\nmsgid \"\(escape(line.text))\"\n"
            out += "msgstr \"\(escape(line.translation))\"\n"
        }
        return out
    }

    /// A PO string literal's content.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static func escapeComment(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }
}

/// Line by line over a PO file. Keeps no state between files.
private struct POParser {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile) { self.source = source }

    /// The keyword an entry line starts with, and the entry being built.
    private enum Part { case context, id, translation }

    private struct Building {
        var context: String?
        var id: String?
        var translation: String?
        var fuzzy = false
        var start: SourceRange?
        var translationRange: SourceRange?
        var part: Part?
    }

    mutating func parse() -> (POFile, [Diagnostic]) {
        var entries: [POFile.Entry] = []
        var header: [String: String] = [:]
        var current = Building()
        var pendingFuzzy = false

        func finish(_ b: Building) {
            guard let id = b.id, let start = b.start else { return }
            guard let translation = b.translation, let translationRange = b.translationRange else {
                fail("entry has no msgstr", at: start, help: "add a line msgstr \"...\" after the msgid")
                return
            }
            if b.context == nil, id.isEmpty {
                for line in translation.split(separator: "\n") {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    header[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(
                        in: .whitespaces)
                }
                return
            }
            entries.append(
                POFile.Entry(
                    context: b.context, id: id, translation: translation, fuzzy: b.fuzzy, range: start,
                    translationRange: translationRange))
        }

        for lineNumber in 1...max(source.lineCount, 1) {
            let text = source.lineText(lineNumber)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let start = source.lineStarts.indices.contains(lineNumber - 1) ? source.lineStarts[lineNumber - 1] : 0
            let range = source.range(start, start + text.utf8.count)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                if trimmed.hasPrefix("#,") && trimmed.contains("fuzzy") { pendingFuzzy = true }
                continue
            }
            if trimmed.hasPrefix("\"") {
                guard current.part != nil, let value = literal(trimmed, at: range) else {
                    if current.part == nil { fail("a text line outside an entry", at: range) }
                    continue
                }
                switch current.part {
                case .context?: current.context = (current.context ?? "") + value
                case .id?: current.id = (current.id ?? "") + value
                case .translation?: current.translation = (current.translation ?? "") + value
                case nil: break
                }
                continue
            }
            let keyword = String(trimmed.prefix { $0 != " " && $0 != "\t" })
            let rest = trimmed.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces)
            switch keyword {
            case "msgctxt", "msgid":
                if keyword == "msgctxt" || current.context == nil || current.id != nil {
                    finish(current)
                    current = Building(fuzzy: pendingFuzzy, start: range)
                    pendingFuzzy = false
                }
                guard let value = literal(rest, at: range) else { continue }
                if keyword == "msgctxt" {
                    current.context = value
                    current.part = .context
                } else {
                    current.id = value
                    current.part = .id
                }
            case "msgstr":
                guard current.id != nil else {
                    fail("msgstr without a msgid before it", at: range)
                    continue
                }
                current.translation = literal(rest, at: range) ?? ""
                current.translationRange = range
                current.part = .translation
            case "msgid_plural", "msgstr[0]", "msgstr[1]":
                fail(
                    "plural forms are not used in call scripts", at: range,
                    help: "give one msgstr per line; each line of the script is one entry")
            default:
                fail(
                    "unknown PO keyword '\(keyword)'", at: range,
                    help: "an entry is msgctxt \"ID\", msgid \"text\" and msgstr \"translation\"")
            }
        }
        finish(current)
        return (POFile(entries: entries, header: header), diagnostics)
    }

    /// The content of one `"..."` literal, escapes resolved; nil (with an error) when broken.
    private mutating func literal(_ text: String, at range: SourceRange) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "\"", scalars.count >= 2, scalars.last == "\"" else {
            fail("expected a text in double quotes", at: range, help: "write the text as \"...\" on one line")
            return nil
        }
        var out = ""
        var i = 1
        while i < scalars.count - 1 {
            let c = scalars[i]
            if c == "\"" {
                fail("a double quote inside a text must be written \\\"", at: range)
                return nil
            }
            guard c == "\\" else {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            guard i + 1 < scalars.count - 1 else {
                fail("a text ends in a lone backslash", at: range)
                return nil
            }
            switch scalars[i + 1] {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "\"": out += "\""
            case "\\": out += "\\"
            default:
                fail("unknown escape '\\\(scalars[i + 1])'", at: range, help: "use \\n, \\t, \\\" or \\\\")
                return nil
            }
            i += 2
        }
        return out
    }

    private mutating func fail(_ message: String, at range: SourceRange, help: String? = nil) {
        diagnostics.append(Diagnostic(.translationSyntax, message, at: range, help: help))
    }
}
