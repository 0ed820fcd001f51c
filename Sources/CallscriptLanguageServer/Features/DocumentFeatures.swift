import CallscriptDiagnostics
import CallscriptFormat
import CallscriptSyntax
import Foundation

/// Formatting and the outline, from the syntax tree of one document.
enum DocumentFeatures {
    /// One edit replacing the whole document, or no edits when it is formatted or has syntax errors.
    static func formatting(_ file: SourceFile) -> JSONValue {
        guard case .success(let text) = Formatter.format(file), Array(text.utf8) != file.bytes else {
            return .array([])
        }
        let whole = file.range(0, file.bytes.count)
        return .array([.object(["range": LSPPositions.range(file, whole), "newText": .string(text)])])
    }

    /// The header, fields, steps and handlers as document symbols. Editors refuse a symbol
    /// without a name, so an empty one (`script ""`) is shown as a description.
    static func symbols(_ file: SourceFile) -> JSONValue {
        let tree = Parser.parse(file).file
        var out: [JSONValue] = []
        func symbol(_ name: String, _ kind: Int, _ span: Span, _ selection: Span, detail: String, empty: String) {
            let shown = name.trimmingCharacters(in: .whitespaces).isEmpty ? empty : name
            out.append(
                .object([
                    "name": .string(shown), "kind": .number(Double(kind)), "detail": .string(detail),
                    "range": LSPPositions.range(file, file.range(span.start, span.end)),
                    "selectionRange": LSPPositions.range(file, file.range(selection.start, selection.end)),
                ]))
        }
        if let header = tree.header {
            symbol(
                header.name.plainText, 2, header.span, header.name.span, detail: "script",
                empty: "(script without a name)")
        }
        for item in tree.items {
            switch item {
            case .step(let s):
                symbol(s.name.text, 12, s.span, s.name.span, detail: "step", empty: "(step without a name)")
            case .handler(let h):
                symbol("on \(h.event.text)", 24, h.span, h.event.span, detail: "handler", empty: "(handler)")
            case .field(let f):
                symbol(f.name.text, 8, f.span, f.name.span, detail: f.origin.rawValue, empty: "(field without a name)")
            case .use, .start: break
            }
        }
        return .array(out)
    }
}
