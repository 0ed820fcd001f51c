import CallscriptDiagnostics

/// A machine's translations must fit its lines exactly, as the compiler checked them: every
/// spoken line and answer once, the same placeholders, nothing else, and format version 2.
/// A hand-edited file that breaks this is refused before a call could show a wrong line.
enum TranslationRules {
    static func check(_ machine: Machine, file: String) -> [Diagnostic] {
        guard let translations = machine.translations else { return [] }
        let whole = SourceRange.wholeFile(file)
        func bad(_ message: String) -> Diagnostic {
            Diagnostic(
                .machineBadTranslation, message, at: whole,
                help: "the file was changed by hand or damaged; recompile the script with `callscript compile`")
        }
        var out: [Diagnostic] = []
        if machine.formatVersion < Machine.currentFormatVersion {
            out.append(bad("a machine with translations must have format version \(Machine.currentFormatVersion)"))
        }
        let lines = SpokenLines.of(machine)
        var languages: Set<String> = []
        for translation in translations {
            let language = translation.language
            if !languages.insert(language).inserted { out.append(bad("language '\(language)' is translated twice")) }
            if language == machine.script.language { out.append(bad("language '\(language)' is the script's own")) }
            for line in lines {
                guard let text = translation.lines[line.id] else {
                    out.append(bad("translation '\(language)' lacks line '\(line.id)'"))
                    continue
                }
                if Template(text).placeholders.sorted() != Template(line.text).placeholders.sorted() {
                    out.append(bad("translation '\(language)' of line '\(line.id)' has other placeholders"))
                }
            }
            if translation.lines.count > lines.count {
                let known = Set(lines.map(\.id))
                for id in translation.lines.keys.sorted() where !known.contains(id) {
                    out.append(bad("translation '\(language)' has unknown line '\(id)'"))
                }
            }
        }
        return out
    }
}
