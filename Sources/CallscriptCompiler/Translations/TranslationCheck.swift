import CallscriptDiagnostics
import CallscriptMachine

/// Checks each translation file against the lowered machine's lines and, when all are right,
/// puts the translations into the machine: every line present and translated, the same
/// placeholders, nothing extra, and the script's current text as `msgid`.
enum TranslationCheck {
    struct Outcome {
        var machine: Machine
        var diagnostics: [Diagnostic]
    }

    static func attach(_ machine: Machine, _ files: [TranslationSource], hashSources: Bool) -> Outcome {
        guard !files.isEmpty else { return Outcome(machine: machine, diagnostics: []) }
        let lines = SpokenLines.of(machine)
        var diagnostics: [Diagnostic] = []
        var translations: [Translation] = []
        var sources = machine.sources
        for file in files {
            let (checked, found) = check(file, lines: lines, machine: machine)
            diagnostics += found
            if let checked { translations.append(checked) }
            sources.append(SourceDigest(path: file.path, sha256: hashSources ? SHA256.hex(file.source.bytes) : ""))
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return Outcome(machine: machine, diagnostics: diagnostics)
        }
        var out = machine.translated(translations)
        out.sources = sources
        return Outcome(machine: out, diagnostics: diagnostics)
    }

    private static func check(_ file: TranslationSource, lines: [SpokenLine], machine: Machine) -> (
        Translation?, [Diagnostic]
    ) {
        let source = file.source
        let top = source.range(0, source.lineCount > 0 ? source.lineText(1).utf8.count : 0)
        let language = file.language
        guard TranslationFiles.isLanguageCode(language) else {
            return (
                nil,
                [
                    Diagnostic(
                        .translationLanguage, "'\(language)' in '\(file.path)' is not a language code", at: top,
                        help: "name translation files <script>.<language>.po, such as winback.en.po or winback.nl-BE.po"
                    )
                ]
            )
        }
        if language == (machine.script.language ?? "nl") {
            return (
                nil,
                [
                    Diagnostic(
                        .translationLanguage,
                        "'\(file.path)' translates the script into its own language '\(language)'",
                        at: top, help: "remove the file; the script's own text is used for '\(language)'")
                ]
            )
        }
        let (po, syntax) = POFile.parse(source)
        if !syntax.isEmpty { return (nil, syntax) }
        var out: [Diagnostic] = []
        if let header = po.language, !header.isEmpty, header != language {
            out.append(
                Diagnostic(
                    .translationLanguage, "the file is named for '\(language)' but its header says Language: \(header)",
                    at: top, help: "rename the file or correct its Language: header"))
        }
        let byID = Dictionary(lines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var texts: [String: String] = [:]
        var seen: [String: SourceRange] = [:]
        for entry in po.entries {
            guard let id = entry.context else {
                out.append(
                    Diagnostic(
                        .translationUnknownLine, "entry \"\(short(entry.id))\" has no msgctxt line ID", at: entry.range,
                        help: "each entry starts with msgctxt \"ID\", the line's ID such as \"opening.2\""))
                continue
            }
            guard let line = byID[id] else {
                let near = Suggestions.closest(to: id, among: lines.map(\.id))
                out.append(
                    Diagnostic(
                        .translationUnknownLine, "the script has no line '\(id)'", at: entry.range,
                        help: near.map { "did you mean '\($0)'? Otherwise remove the entry" }
                            ?? "remove the entry; `callscript strings extract` lists the script's lines"))
                continue
            }
            if let earlier = seen[id] {
                out.append(
                    Diagnostic(
                        .translationUnknownLine, "line '\(id)' is translated twice", at: entry.range,
                        related: [RelatedLocation(label: "first here", range: earlier)],
                        help: "remove one of the entries"))
                continue
            }
            seen[id] = entry.range
            let scriptLine = machine.states[line.state].source
            if entry.id != line.text {
                out.append(
                    Diagnostic(
                        .translationOutdated, "the script's text of line '\(id)' changed since it was translated",
                        at: entry.range,
                        related: [RelatedLocation(label: "the line in the script", range: scriptLine)],
                        notes: ["script: \"\(short(line.text))\"", "msgid:  \"\(short(entry.id))\""],
                        help:
                            "check the translation against the new text, then copy it into msgid (`callscript strings extract --language \(language)` does so and keeps your translations)"
                    ))
                continue
            }
            if entry.translation.isEmpty || entry.fuzzy {
                out.append(
                    Diagnostic(
                        .translationMissingLine,
                        entry.fuzzy
                            ? "the translation of line '\(id)' is marked fuzzy" : "line '\(id)' has no translation",
                        at: entry.fuzzy ? entry.range : entry.translationRange,
                        related: [RelatedLocation(label: "the line in the script", range: scriptLine)],
                        help: entry.fuzzy
                            ? "check the translation, then remove the fuzzy flag" : "write the translation in msgstr"))
                continue
            }
            if let problem = placeholderProblem(entry.translation, against: line.text) {
                out.append(
                    Diagnostic(
                        .translationPlaceholders, "the translation of line '\(id)' \(problem)",
                        at: entry.translationRange,
                        related: [RelatedLocation(label: "the line in the script", range: scriptLine)],
                        help:
                            "keep each {placeholder} of the script's text exactly as written; write {{ and }} for a brace"
                    ))
                continue
            }
            texts[id] = entry.translation
        }
        for line in lines where seen[line.id] == nil {
            out.append(
                Diagnostic(
                    .translationMissingLine, "line '\(line.id)' is not translated into '\(language)'", at: top,
                    related: [
                        RelatedLocation(label: "the line in the script", range: machine.states[line.state].source)
                    ],
                    notes: ["script: \"\(short(line.text))\""],
                    help:
                        "add an entry with msgctxt \"\(line.id)\"; `callscript strings extract --language \(language)` writes every line and keeps your translations"
                ))
        }
        guard !out.contains(where: { $0.severity == .error }) else { return (nil, out) }
        return (Translation(language: language, file: file.path, lines: texts), out)
    }

    /// Why `translation`'s placeholders differ from `original`'s, or nil when they match.
    static func placeholderProblem(_ translation: String, against original: String) -> String? {
        if let brace = loneBrace(translation) { return "has a lone '\(brace)'" }
        let wanted = Template(original).placeholders.sorted()
        let given = Template(translation).placeholders.sorted()
        guard wanted != given else { return nil }
        let missing = wanted.filter { !given.contains($0) }.map { "{\($0)}" }
        let extra = given.filter { !wanted.contains($0) }.map { "{\($0)}" }
        if !missing.isEmpty, !extra.isEmpty {
            return "has \(extra.joined(separator: ", ")) instead of \(missing.joined(separator: ", "))"
        }
        if !missing.isEmpty { return "lacks \(missing.joined(separator: ", "))" }
        if !extra.isEmpty { return "has \(extra.joined(separator: ", ")), which the script's text does not" }
        return "uses a placeholder a different number of times than the script's text"
    }

    /// A `{` without its `}` or a `}` without its `{` (doubled braces are literal).
    private static func loneBrace(_ text: String) -> Character? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" || c == "}", i + 1 < chars.count, chars[i + 1] == c {
                i += 2
                continue
            }
            if c == "}" { return "}" }
            if c == "{" {
                guard let close = chars[(i + 1)...].firstIndex(of: "}"),
                    !chars[(i + 1)..<close].contains("{")
                else { return "{" }
                i = close + 1
                continue
            }
            i += 1
        }
        return nil
    }

    private static func short(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: "\\n")
        return flat.count > 60 ? String(flat.prefix(57)) + "..." : flat
    }
}
