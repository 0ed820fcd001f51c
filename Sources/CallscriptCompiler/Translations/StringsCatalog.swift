import CallscriptDiagnostics
import CallscriptMachine

/// `callscript strings extract`: the lines of a compiled script as a PO file to translate.
public enum StringsCatalog {
    /// The PO file for translating `machine` into `language`. Translations in `existing` (the
    /// current file for that language) are kept; where the script's text changed since, the
    /// old translation is kept and marked fuzzy, which the compiler refuses until a translator
    /// has checked it (as gettext's own `msgmerge` does).
    public static func po(for machine: Machine, language: String, existing: SourceFile? = nil) -> String {
        var kept: [String: POFile.Entry] = [:]
        var header: [String: String] = [:]
        if let existing {
            let old = POFile.parse(existing).0
            header = old.header
            for entry in old.entries {
                if let id = entry.context, kept[id] == nil { kept[id] = entry }
            }
        }
        let lines = SpokenLines.of(machine).map { line -> POFile.Line in
            let state = machine.states[line.state]
            let comment: String
            if let answer = line.answer {
                let cls = state.transitions[answer].answerClass.map { " (\($0.rawValue))" } ?? ""
                comment = "answer \(answer + 1)\(cls) to the question \(state.id)"
            } else {
                comment = "\(state.role.rawValue) in \(state.step)"
            }
            let reference = "\(state.source.file):\(state.source.start.line)"
            var out = POFile.Line(id: line.id, text: line.text, comment: comment, reference: reference)
            if let old = kept[line.id], !old.translation.isEmpty {
                out.translation = old.translation
                out.fuzzy = old.fuzzy || old.id != line.text
            }
            return out
        }
        return POFile.write(
            lines: lines, language: language, sourceLanguage: machine.script.language, project: machine.script.name,
            header: header)
    }
}
