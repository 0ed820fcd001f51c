import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptReports
import CallscriptSyntax

/// Hover text, as Markdown: a step (its lines with their roles, and who jumps to it), a field
/// (its type and where its value comes from), a placeholder (where its value comes from), and
/// for a diagnostic under the cursor the text `callscript explain` prints for its rule.
enum Hover {
    static func hover(_ c: DocumentContext, diagnostics: [PlacedDiagnostic]) -> JSONValue {
        var sections: [String] = []
        var range: JSONValue?
        if let o = c.occurrence {
            range = LSPPositions.range(c.file, c.file.range(o.span.start, o.span.end))
            switch o.symbol.kind {
            case .step: sections.append(step(o.symbol.name, c))
            case .field: sections.append(field(o.symbol.name, c, asPlaceholder: o.role == .placeholder))
            case .builtin: sections.append(builtin(o.symbol.name, c))
            }
        }
        var explained: Set<String> = []
        for placed in diagnostics
        where placed.diagnostic.range.start.offset <= c.offset && c.offset <= placed.diagnostic.range.end.offset {
            if explained.insert(placed.diagnostic.code).inserted { sections.append(rule(placed.diagnostic.code)) }
        }
        if let word = ruleWord(c), explained.insert(word).inserted, Explain.entry(word) != nil {
            sections.append(rule(word))
        }
        guard !sections.isEmpty else { return .null }
        var result: [String: JSONValue] = [
            "contents": .object([
                "kind": .string("markdown"), "value": .string(sections.joined(separator: "\n\n---\n\n")),
            ])
        ]
        if let range { result["range"] = range }
        return .object(result)
    }

    /// The explanation of a rule or code: `callscript explain`'s text, else its title.
    static func rule(_ id: String) -> String {
        let link = RuleDescriptor.documentationURI(for: id)
        if let text = Explain.explain(id) { return "```text\n\(text)```\n[\(id) in the documentation](\(link))" }
        let title = RuleCatalog.standard.descriptor(for: id)?.shortDescription ?? "no description"
        return "**\(id)**: \(title)\n\n[\(id) in the documentation](\(link))"
    }

    private static func step(_ name: String, _ c: DocumentContext) -> String {
        guard let (path, s) = c.index.step(name) else { return "**step \(name)**: not declared in these files" }
        var out = "**step \(name)**"
        if path != c.path, let display = c.index.files[path]?.path {
            out += " (in `\(display.split(separator: "/").suffix(2).joined(separator: "/"))`)"
        }
        out += "\n"
        for statement in s.body.statements { out += "\n- " + StepLines.statement(statement.kind) }
        if let ending = s.body.ending { out += "\n- " + StepLines.ending(ending.kind) }
        let from = c.index.occurrences(of: Symbol(kind: .step, name: name)).filter { $0.role == .jump }
        let sources = Set(from.map { $0.container.map { "`\($0)`" } ?? "`start`" }).sorted()
        out +=
            "\n\n"
            + (sources.isEmpty
                ? "Nothing jumps to this step." : "Jumped to from " + sources.joined(separator: ", ") + ".")
        return out
    }

    private static func field(_ name: String, _ c: DocumentContext, asPlaceholder: Bool) -> String {
        guard let f = c.index.field(name) else {
            return "**{\(name)}**: no field or built-in placeholder with this name"
        }
        var out = "**\(f.origin.rawValue) \(name)**: `\(StepLines.type(f.type.kind))`\n\n"
        switch f.origin {
        case .contact:
            out +=
                asPlaceholder
                ? "Filled from the contact record the call is made for."
                : "A value from the contact record the call is made for."
        case .capture:
            let steps = c.index.occurrences(of: Symbol(kind: .field, name: name)).filter { $0.role == .capture }
            let capturing = Set(steps.compactMap(\.container)).sorted().map { "`\($0)`" }
            out += asPlaceholder ? "Filled with what the agent entered" : "Entered by the agent during the call"
            out += capturing.isEmpty ? " (no step captures it yet)." : " in " + capturing.joined(separator: ", ") + "."
        }
        return out
    }

    private static func builtin(_ name: String, _ c: DocumentContext) -> String {
        let header = c.index.trees.values.compactMap(\.header).first
        func entry(_ keyword: String) -> String? {
            guard let header else { return nil }
            for e in header.entries where e.kind.keyword == keyword {
                switch e.kind {
                case .company(let t), .principal(let t), .callerID(let t): return t.plainText
                default: continue
                }
            }
            return nil
        }
        let source: String
        switch name {
        case "agent": source = "the name of the agent making the call, from their login"
        case "company": source = "the header's `company`" + (entry("company").map { ": \"\($0)\"" } ?? "")
        case "principal": source = "the header's `principal`" + (entry("principal").map { ": \"\($0)\"" } ?? "")
        case "caller_id": source = "the header's `caller-id`" + (entry("caller-id").map { ": \"\($0)\"" } ?? "")
        default: source = "built in"
        }
        return "**{\(name)}**: built-in placeholder, filled with \(source)."
    }

    /// A rule ID written under the cursor (in a comment, say), like `NL-OPTOUT-AT-END`.
    private static func ruleWord(_ c: DocumentContext) -> String? {
        let bytes = c.file.bytes
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D
        }
        var start = min(c.offset, bytes.count)
        var end = start
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        guard end - start >= 4 else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
