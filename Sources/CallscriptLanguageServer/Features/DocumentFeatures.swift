import CallscriptDiagnostics
import CallscriptFormat
import CallscriptSyntax

/// Formatting, the outline and go-to-definition, all from the syntax tree of one document.
enum DocumentFeatures {
    /// One edit replacing the whole document, or no edits when it is formatted or has syntax errors.
    static func formatting(_ file: SourceFile?) -> JSONValue {
        guard let file, case .success(let text) = Formatter.format(file), Array(text.utf8) != file.bytes else {
            return .array([])
        }
        let whole = file.range(0, file.bytes.count)
        return .array([.object(["range": LSPPositions.range(file, whole), "newText": .string(text)])])
    }

    /// The header, fields, steps and handlers as document symbols.
    static func symbols(_ file: SourceFile?) -> JSONValue {
        guard let file else { return .array([]) }
        let tree = Parser.parse(file).file
        var out: [JSONValue] = []
        func symbol(_ name: String, _ kind: Int, _ span: Span, _ selection: Span, detail: String? = nil) {
            var o: [String: JSONValue] = [
                "name": .string(name), "kind": .number(Double(kind)),
                "range": LSPPositions.range(file, file.range(span.start, span.end)),
                "selectionRange": LSPPositions.range(file, file.range(selection.start, selection.end)),
            ]
            if let detail { o["detail"] = .string(detail) }
            out.append(.object(o))
        }
        if let header = tree.header {
            symbol(header.name.plainText, 2, header.span, header.name.span, detail: "script")
        }
        for item in tree.items {
            switch item {
            case .step(let s): symbol(s.name.text, 12, s.span, s.name.span, detail: "step")
            case .handler(let h): symbol("on \(h.event.text)", 24, h.span, h.event.span, detail: "handler")
            case .field(let f): symbol(f.name.text, 8, f.span, f.name.span, detail: f.origin.rawValue)
            case .use, .start: break
            }
        }
        return .array(out)
    }

    /// The step declaration for a step name under the cursor (in jumps, answers, `start`).
    static func definition(_ file: SourceFile?, _ position: JSONValue?, uri: String?) -> JSONValue {
        guard let file, let uri, let line = position?["line"]?.int, let character = position?["character"]?.int else {
            return .null
        }
        let offset = LSPPositions.offset(file, line: line, character: character)
        let tree = Parser.parse(file).file
        var steps: [String: Span] = [:]
        var references: [Name] = []
        for item in tree.items {
            switch item {
            case .step(let s):
                steps[s.name.text] = s.name.span
                references += targets(of: s.body)
            case .handler(let h): references += targets(of: h.body)
            case .start(let d): references.append(d.target)
            case .use, .field: break
            }
        }
        guard let name = references.first(where: { $0.span.start <= offset && offset <= $0.span.end }),
            let declaration = steps[name.text]
        else { return .null }
        return .object([
            "uri": .string(uri), "range": LSPPositions.range(file, file.range(declaration.start, declaration.end)),
        ])
    }

    private static func targets(of body: StepBody) -> [Name] {
        guard let ending = body.ending else { return [] }
        switch ending.kind {
        case .ask(let ask): return ask.answers.map(\.target)
        case .jump(let n): return [n]
        case .branches(let jumps, let otherwise): return jumps.map(\.target) + (otherwise.map { [$0] } ?? [])
        case .end, .hangup, .callback, .transferOptout: return []
        }
    }
}
