import CallscriptCompiler
import CallscriptDiagnostics

/// Quick fixes for the diagnostics in a range: every fix-it the compiler offers, "add the
/// opt-out notice here" for a call that ends without it, and "create step X" for an unknown step.
enum CodeActions {
    /// The notice inserted by "add the opt-out notice here"; the designer adapts the wording.
    static let optoutNotice =
        "Wilt u in de toekomst nog door ons gebeld worden? Zo niet, dan noteer ik dat nu meteen en bellen wij u niet meer."

    static func actions(_ c: DocumentContext, range: JSONValue?, diagnostics: [PlacedDiagnostic]) -> JSONValue {
        let (from, to) = bounds(c, range)
        var out: [JSONValue] = []
        for placed in diagnostics {
            let d = placed.diagnostic
            guard d.range.start.offset <= to, from <= d.range.end.offset else { continue }
            let lsp = LSPDiagnostic.make(placed, uri: c.uri)
            for fix in d.fixIts {
                let edits = fix.edits.map { ($0.range, $0.replacement) }
                if let action = action(fix.message, edits, placed, lsp, c, preferred: d.fixIts.count == 1) {
                    out.append(action)
                }
            }
            if d.code == "NL-OPTOUT-AT-END", placed.origin == nil {
                let home = placed.program.file(of: d.range)
                if let source = placed.program.files[home] {
                    let line = source.lineStarts[max(0, d.range.start.line - 1)]
                    let indent = String(repeating: " ", count: max(0, d.range.start.column - 1))
                    let insert = source.range(line, line)
                    let text = "\(indent)optout \"\(optoutNotice)\"\n"
                    if let a = action("add the opt-out notice here", [(insert, text)], placed, lsp, c, preferred: true)
                    {
                        out.append(a)
                    }
                }
            }
            if d.code == DiagnosticCode.unknownStep.id, placed.origin == nil, let name = word(at: d.range, placed) {
                let home = placed.program.file(of: d.range)
                if let source = placed.program.files[home] {
                    let end = source.range(source.bytes.count, source.bytes.count)
                    let separator = source.bytes.last == 0x0A ? "\n" : "\n\n"
                    let text = "\(separator)step \(name) {\n  say \"\"\n  end\n}\n"
                    if let a = action("create step \(name)", [(end, text)], placed, lsp, c, preferred: false) {
                        out.append(a)
                    }
                }
            }
        }
        return .array(out)
    }

    /// A quick fix applying `edits` (ranges name the compiler's display paths).
    private static func action(
        _ title: String, _ edits: [(SourceRange, String)], _ placed: PlacedDiagnostic, _ diagnostic: JSONValue,
        _ c: DocumentContext, preferred: Bool
    ) -> JSONValue? {
        var changes: [String: [JSONValue]] = [:]
        for (range, text) in edits {
            let path = placed.program.file(of: range)
            guard let source = placed.program.files[path] else { return nil }
            changes[c.uri(path), default: []].append(
                .object(["range": LSPPositions.range(source, range), "newText": .string(text)]))
        }
        return .object([
            "title": .string(title), "kind": .string("quickfix"), "isPreferred": .bool(preferred),
            "diagnostics": .array([diagnostic]),
            "edit": .object(["changes": .object(changes.mapValues(JSONValue.array))]),
        ])
    }

    /// The name written at a diagnostic's range.
    private static func word(at range: SourceRange, _ placed: PlacedDiagnostic) -> String? {
        guard let source = placed.program.files[placed.program.file(of: range)],
            range.start.offset < range.end.offset, range.end.offset <= source.bytes.count
        else { return nil }
        let text = String(decoding: source.bytes[range.start.offset..<range.end.offset], as: UTF8.self)
        return Rename.problem(with: text) == nil ? text : nil
    }

    private static func bounds(_ c: DocumentContext, _ range: JSONValue?) -> (Int, Int) {
        func offset(_ p: JSONValue?) -> Int? {
            guard let line = p?["line"]?.int, let character = p?["character"]?.int else { return nil }
            return LSPPositions.offset(c.file, line: line, character: character)
        }
        return (offset(range?["start"]) ?? 0, offset(range?["end"]) ?? c.file.bytes.count)
    }
}
