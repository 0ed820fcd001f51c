import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptSyntax

/// Walks one syntax tree and lists where steps and fields are declared and used.
enum SymbolCollector {
    static func collect(_ tree: ScriptFile, in file: SourceFile) -> [Occurrence] {
        var out: [Occurrence] = []
        func add(_ kind: Symbol.Kind, _ name: Name, _ role: Occurrence.Role, _ container: String?) {
            guard !name.text.isEmpty else { return }
            out.append(
                Occurrence(
                    symbol: Symbol(kind: kind, name: name.text), role: role, path: file.path, span: name.span,
                    container: container))
        }
        func text(_ literal: TextLiteral, _ container: String?) {
            for name in literal.placeholders {
                // The placeholder's span covers the braces; rename and hover want the name.
                let inner = Name(
                    name.text, span: Span(name.span.start + 1, max(name.span.start + 1, name.span.end - 1)))
                let builtin = Vocabulary.builtinPlaceholders.contains(name.text)
                add(builtin ? .builtin : .field, inner, .placeholder, container)
            }
        }
        func condition(_ e: Expression, _ container: String?) {
            switch e {
            case .comparison(let field, _, _, _), .isSet(let field, _): add(.field, field, .use, container)
            case .and(let l, let r, _), .or(let l, let r, _):
                condition(l, container)
                condition(r, container)
            case .not(let inner, _), .group(let inner, _): condition(inner, container)
            }
        }
        func body(_ b: StepBody, _ container: String) {
            for statement in b.statements {
                switch statement.kind {
                case .say(let t), .identify(let t), .pitch(let t), .optout(let t), .disclose(_, let t):
                    text(t, container)
                case .capture(let field, let prompt):
                    add(.field, field, .capture, container)
                    text(prompt, container)
                case .recordObjection: break
                }
            }
            guard let ending = b.ending else { return }
            switch ending.kind {
            case .ask(let ask):
                if case .consent(let purpose) = ask.kind { text(purpose, container) }
                text(ask.question, container)
                for answer in ask.answers {
                    text(answer.label, container)
                    add(.step, answer.target, .jump, container)
                }
            case .jump(let target): add(.step, target, .jump, container)
            case .branches(let jumps, let otherwise):
                for jump in jumps {
                    condition(jump.condition, container)
                    add(.step, jump.target, .jump, container)
                }
                if let otherwise { add(.step, otherwise, .jump, container) }
            case .callback(let field): add(.field, field, .use, container)
            case .transferOptout(let t): text(t, container)
            case .end, .hangup: break
            }
        }
        for item in tree.items {
            switch item {
            case .step(let s):
                add(.step, s.name, .declaration, nil)
                body(s.body, s.name.text)
            case .handler(let h): body(h.body, "on \(h.event.text)")
            case .field(let f): add(.field, f.name, .declaration, nil)
            case .start(let d): add(.step, d.target, .jump, nil)
            case .use: break
            }
        }
        return out
    }
}
