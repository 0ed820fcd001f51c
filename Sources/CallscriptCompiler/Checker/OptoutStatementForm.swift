import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// NL-OPTOUT-ANSWER's warning on the statement form: under a policy that wants the opt-out
/// offer asked (`ask optout`), each `optout "..."` statement gets a warning with a fix-it that
/// turns the rest of its step into the question, a step for "yes" (the rest of the step as
/// written) and a step for "no" that records the objection and ends the call (never the
/// step's own ending, which may be a callback). Here, not in the verifier, because the fix-it rewrites source text.
enum OptoutStatementForm {
    static func warnings(_ program: CheckedProgram) -> [Diagnostic] {
        guard let rule = program.policy?.rules.first(where: asksOptout) else { return [] }
        // The set of taken names is built at the first warning: most scripts have none.
        var taken: Set<String>?
        var result: [Diagnostic] = []
        let nodes = program.steps.count + program.handlers.count
        for node in 0..<nodes {
            // Most bodies have no opt-out statement: looked for in place, a body is copied only
            // when it has one.
            let hasOptout = program.withBody(node) { body in
                body.statements.contains { if case .optout = $0.kind { true } else { false } }
            }
            guard hasOptout else { continue }
            let isStep = node < program.steps.count
            let body = isStep ? program.steps[node].decl.body : program.handlers[node - program.steps.count].decl.body
            for (i, statement) in body.statements.enumerated() {
                guard case .optout(let text) = statement.kind else { continue }
                let (owner, file) =
                    isStep
                    ? (program.steps[node].name, program.steps[node].file)
                    : program.handlers[node - program.steps.count].ownerAndFile
                let source = program.files[file].source
                let range = source.range(statement.span.start, statement.span.end)
                var fixIts: [FixIt] = []
                if let ending = body.ending {
                    var names = taken ?? Set(program.stepIndex.names)
                    taken = nil // so `names` is the only reference and grows in place
                    let yes = fresh(owner + "_verder", &names)
                    let no = fresh(owner + "_bezwaar", &names)
                    taken = names
                    let restStart =
                        i + 1 < body.statements.count ? body.statements[i + 1].span.start : ending.span.start
                    let rest = String(decoding: source.bytes[restStart..<ending.span.end], as: UTF8.self)
                    let replacement = """
                        ask optout \(String(decoding: source.bytes[text.span.start..<text.span.end], as: UTF8.self)) {
                            yes "Ja, dat mag"      -> \(yes)
                            no  "Nee, liever niet" -> \(no)
                          }
                        }

                        step \(yes) {
                          \(rest)
                        }

                        step \(no) {
                          record objection
                          say "Ik heb genoteerd dat wij u niet meer bellen. Nog een fijne dag."
                          end
                        """
                    fixIts.append(
                        FixIt(
                            message: "ask the opt-out question and record a no",
                            edits: [
                                TextEdit(
                                    range: source.range(statement.span.start, ending.span.end), replacement: replacement
                                )
                            ]))
                }
                result.append(
                    Diagnostic(
                        code: rule.id, severity: .warning,
                        message: "the opt-out offer is a statement, so the person's answer is not recorded",
                        range: range,
                        notes: [
                            "ACM asks agents to ask whether the company may keep calling, and to record the answer"
                        ],
                        help:
                            "ask it: 'ask optout \"...\" { yes \"Ja\" -> STEP  no \"Nee\" -> STEP_WITH_RECORD_OBJECTION }'",
                        fixIts: fixIts))
            }
        }
        return result
    }

    private static func asksOptout(_ rule: Rule) -> Bool {
        if case .answerObliges(.askOptout, _, _, _) = rule.check { return true }
        return false
    }

    /// `base`, or `base_2`, `base_3`, ... when a step already has that name.
    private static func fresh(_ base: String, _ taken: inout Set<String>) -> String {
        var name = base
        var n = 2
        while taken.contains(name) {
            name = "\(base)_\(n)"
            n += 1
        }
        taken.insert(name)
        return name
    }
}

extension HandlerSymbol {
    /// The owner name its fix-it steps are named after (`on_no_answer`), and its file.
    fileprivate var ownerAndFile: (String, Int) { ("on_" + event.replacingHyphens, file) }
}

extension String {
    fileprivate var replacingHyphens: String { String(map { $0 == "-" ? "_" : $0 }) }
}
