import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// Type rules of `if` conditions. Recursion follows the expression, whose depth the parser
/// bounds, never the state graph.
extension Checker {
    mutating func checkCondition(_ expression: Expression, in file: Int) {
        switch expression {
        case .comparison(let name, let op, let value, _):
            guard let index = knownFieldIndex(name, in: file) else { return }
            let type = program.fields[index].type
            // Built only when a problem is reported: a related location costs a line lookup.
            var declared: RelatedLocation {
                let field = program.fields[index]
                return reporter.related("'\(name.text)' declared here", field.decl.span, in: field.file)
            }
            if op != .equal, op != .notEqual, !LiteralRules.isOrdered(type.kind) {
                reporter.report(
                    .orderingNotAllowed, "'\(op.rawValue)' cannot compare \(type.kind.rawValue) values",
                    at: expression.span, in: file, related: [declared],
                    help:
                        "use == or != for a \(type.kind.rawValue) field; only number, date and datetime values have an order"
                )
                return
            }
            switch LiteralRules.literal(value.kind, for: type) {
            case .success: break
            case .failure(.wrongKind(let expected)):
                reporter.report(
                    .literalTypeMismatch,
                    "'\(name.text)' is \(type.description) and cannot be compared with \(LiteralRules.describe(value.kind))",
                    at: value.span, in: file, related: [declared], help: "write \(expected)")
            case .failure(.notAChoice(let choices)):
                let written: String
                if case .word(let w) = value.kind { written = w } else { written = LiteralRules.describe(value.kind) }
                var help = "write one of: \(choices.joined(separator: ", "))"
                var fixIts: [FixIt] = []
                if case .word(let w) = value.kind, let best = Suggestions.closest(to: w, among: choices) {
                    help = "did you mean '\(best)'?"
                    fixIts = [
                        FixIt(
                            message: "replace '\(w)' with '\(best)'",
                            edits: [TextEdit(range: reporter.range(value.span, in: file), replacement: best)])
                    ]
                }
                reporter.report(
                    .unknownChoiceValue, "'\(written)' is not a choice of '\(name.text)'", at: value.span, in: file,
                    related: [declared], notes: ["the choices are: \(choices.joined(separator: ", "))"], help: help,
                    fixIts: fixIts)
            case .failure(.invalidDate(let expected)):
                reporter.report(
                    .invalidDateLiteral,
                    "\(LiteralRules.describe(value.kind)) is not a valid \(type.kind.rawValue)",
                    at: value.span, in: file, related: [declared], help: "write \(expected)")
            }
        case .isSet(let name, let span):
            guard let field = knownField(name, in: file) else { return }
            if field.origin != .capture {
                reporter.report(
                    .isSetOnContact, "'\(name.text)' comes from the contact record and is always set", at: span,
                    in: file,
                    related: [reporter.related("declared here", field.decl.span, in: field.file)],
                    help: "'is set' asks whether the agent captured a value; use it on capture fields only")
            }
        case .and(let l, let r, _), .or(let l, let r, _):
            checkCondition(l, in: file)
            checkCondition(r, in: file)
        case .not(let inner, _), .group(let inner, _):
            checkCondition(inner, in: file)
        }
    }
}
