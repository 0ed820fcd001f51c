import CallscriptSyntax

/// A step's lines as a designer reads them in a hover: the role, then the text.
enum StepLines {
    static func statement(_ kind: StatementKind) -> String {
        switch kind {
        case .say(let t): "say (neutral): \(quoted(t))"
        case .identify(let t): "identify (who is calling): \(quoted(t))"
        case .pitch(let t): "pitch (commercial): \(quoted(t))"
        case .optout(let t): "optout (the right to object): \(quoted(t))"
        case .disclose(let topic, let t): "disclose \(topic.text): \(quoted(t))"
        case .capture(let field, let prompt): "capture `\(field.text)`: \(quoted(prompt))"
        case .recordObjection: "record objection"
        }
    }

    static func ending(_ kind: EndingKind) -> String {
        switch kind {
        case .ask(let ask):
            let answers = ask.answers.map { a in
                (a.answerClass.map { "\($0.text) " } ?? "") + "\(quoted(a.label)) -> `\(a.target.text)`"
            }
            let what: String
            switch ask.kind {
            case .plain: what = "ask"
            case .convenient: what = "ask convenient"
            case .consent(let purpose): what = "ask consent \(quoted(purpose))"
            case .optout: what = "ask optout"
            case .sale: what = "ask sale"
            }
            return "\(what): \(quoted(ask.question))" + answers.map { "\n  - \($0)" }.joined()
        case .jump(let target): return "-> `\(target.text)`"
        case .branches(let jumps, let otherwise):
            let targets = jumps.map { "`\($0.target.text)`" } + (otherwise.map { ["else `\($0.text)`"] } ?? [])
            return "branches to " + targets.joined(separator: ", ")
        case .end: return "end"
        case .hangup: return "hangup"
        case .callback(let field): return "callback at `\(field.text)`"
        case .transferOptout(let t): return "transfer optout: \(quoted(t))"
        }
    }

    static func type(_ kind: TypeKind) -> String {
        switch kind {
        case .text: "text"
        case .number: "number"
        case .yesno: "yesno"
        case .date: "date"
        case .datetime: "datetime"
        case .email: "email"
        case .phone: "phone"
        case .choice(let values): "choice(" + values.map(\.text).joined(separator: ", ") + ")"
        }
    }

    private static func quoted(_ t: TextLiteral) -> String { "\"\(t.template)\"" }
}
