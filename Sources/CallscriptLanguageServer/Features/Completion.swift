import CallscriptCompiler
import CallscriptSyntax
import Foundation

/// Completion: the keywords valid where the cursor is, step names after `->`, `start` and in
/// answers, fields and built-in placeholders inside `{`, answer classes and choice values.
enum Completion {
    /// LSP `CompletionItemKind`s.
    private enum Kind: Int {
        case function = 3
        case variable = 6
        case value = 12
        case keyword = 14
        case enumMember = 20
        case constant = 21
        case event = 23
    }

    private static let topLevel = ["script", "use", "contact", "capture", "start", "step", "on"]
    private static let headerEntries = [
        "company", "principal", "caller-id", "policy", "sector", "audience", "language", "version",
    ]
    private static let bodyWords = [
        "say", "identify", "pitch", "optout", "disclose", "capture", "record", "ask", "if", "else", "end", "hangup",
        "callback", "transfer", "->",
    ]
    private static let types = ["text", "number", "yesno", "date", "datetime", "email", "phone", "choice"]

    static func complete(_ c: DocumentContext) -> JSONValue {
        let context = CompletionContext(c)
        let items = candidates(context, c)
        var seen: Set<String> = []
        let unique = items.filter { seen.insert($0.0).inserted }
        return .object([
            "isIncomplete": .bool(false),
            "items": .array(
                unique.map { label, kind, detail in
                    var o: [String: JSONValue] = ["label": .string(label), "kind": .number(Double(kind.rawValue))]
                    if let detail { o["detail"] = .string(detail) }
                    return .object(o)
                }),
        ])
    }

    private static func candidates(_ context: CompletionContext, _ c: DocumentContext) -> [(String, Kind, String?)] {
        let steps = c.index.names(.step).map { ($0, Kind.function, Optional("step")) }
        let fields = c.index.names(.field).map { name in
            (name, Kind.variable, c.index.field(name).map { "\($0.origin.rawValue) \(StepLines.type($0.type.kind))" })
        }
        if context.inPlaceholder {
            return fields + Vocabulary.builtinPlaceholders.map { ($0, .constant, "built-in placeholder") }
        }
        if context.inString { return [] }
        let before = context.before
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let last = words.last
        if before.hasSuffix("->") || before.hasSuffix("-> ") || (last == "start" && words.count == 1) { return steps }
        if before.hasSuffix("\" ") && context.block == .ask { return [("->", .keyword, nil)] }
        switch last {
        case "on" where context.block == .top:
            return Vocabulary.events.map { ($0, .event, "event") }
        case "at": return fields.filter { c.index.field($0.0)?.origin == .capture }
        case "capture" where context.block != .top: return fields.filter { c.index.field($0.0)?.origin == .capture }
        case "if", "and", "or", "not": return fields
        case "==", "!=":
            guard words.count >= 2, let field = c.index.field(words[words.count - 2]) else { return [] }
            switch field.type.kind {
            case .choice(let values): return values.map { ($0.text, .enumMember, "choice of \(field.name.text)") }
            case .yesno: return [("yes", .enumMember, nil), ("no", .enumMember, nil)]
            default: return []
            }
        case "ask": return [("convenient", .keyword, nil), ("consent", .keyword, nil)]
        case "record": return [("objection", .keyword, nil)]
        case "transfer": return [("optout", .keyword, nil)]
        case "disclose": return [("purpose", .keyword, nil), ("goods", .keyword, nil)]
        case "audience": return [("opt-in", .keyword, nil), ("customers", .keyword, nil)]
        case "callback": return [("at", .keyword, nil)]
        default: break
        }
        if let last, last.hasSuffix(":"), words.first == "contact" || words.first == "capture" {
            return types.map { ($0, .keyword, "type") }
        }
        guard words.isEmpty else { return [] }
        switch context.block {
        case .top: return topLevel.map { ($0, .keyword, nil) }
        case .header: return headerEntries.map { ($0, .keyword, "header entry") }
        case .step, .handler: return bodyWords.map { ($0, .keyword, nil) }
        case .ask: return Vocabulary.answerClasses.map { ($0, .enumMember, "answer class") }
        }
    }
}
