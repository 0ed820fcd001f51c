import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// Statements and endings of every step and handler: the names they refer to, the fields they
/// fill, and the placeholders in their text.
extension Checker {
    mutating func checkBodies() {
        if let start = program.start { checkStepTarget(start.decl.target, in: start.file) }
        // By index, each body borrowed in place from a copy of the program (its tables shared,
        // not copied) while the checker reports, and the description only built when it is
        // reported: copying each symbol (and interpolating its description) was most of this pass.
        // The jumps are resolved in the same pass (`JumpTargets`), each body's before it is
        // checked, and stored once all are.
        let program = self.program
        var jumps = JumpTargets(reservingNodes: program.steps.count + program.handlers.count)
        for index in program.steps.indices {
            let file = program.steps[index].file
            program.withBody(index) { body in
                jumps.add(body, program)
                targetsKnown = !jumps.of(index).contains(-1)
                checkBody(body, owner: program.steps[index].decl.name, in: file) {
                    "step '\($0.steps[index].name)'"
                }
            }
        }
        for index in program.handlers.indices {
            let file = program.handlers[index].file
            program.withBody(program.steps.count + index) { body in
                jumps.add(body, program)
                targetsKnown = !jumps.of(program.steps.count + index).contains(-1)
                checkBody(body, owner: program.handlers[index].decl.event, in: file) {
                    "handler 'on \($0.handlers[index].event)'"
                }
            }
        }
        targetsKnown = false
        self.program.jumps = jumps
    }

    private mutating func checkBody(
        _ body: borrowing StepBody, owner: Name, in file: Int, ownerDescription: (CheckedProgram) -> String
    ) {
        for statement in body.statements { checkStatement(statement, in: file) }
        guard let ending = body.ending else {
            if !program.files[file].hasSyntaxError(in: body.span) {
                reporter.report(
                    .missingEnding, "\(ownerDescription(program)) has no ending", at: owner.span, in: file,
                    help:
                        "end the step with an ask, '-> NAME', if/else jumps, or end, hangup, callback at NAME, transfer optout \"...\""
                )
            }
            return
        }
        switch ending.kind {
        case .ask(let block): checkAsk(block, in: file)
        case .jump(let target): checkStepTarget(target, in: file)
        case .branches(let jumps, let otherwise):
            // A parsed condition is at most `Parser.maximumConditionDepth` + 1 levels high
            // (each `(`, `not`, `and` and `or` counts; the parser refuses higher ones), so the
            // recursive walks of the checker and lowering are safe without a walk to measure it.
            for jump in jumps {
                checkCondition(jump.condition, in: file)
                checkStepTarget(jump.target, in: file)
            }
            if let otherwise { checkStepTarget(otherwise, in: file) }
        case .end, .hangup: break
        case .callback(let name):
            guard let field = knownField(name, in: file) else { return }
            if field.origin != .capture || field.type.kind != .datetime {
                reporter.report(
                    .callbackFieldNotDatetime,
                    "'callback at' needs a datetime capture, but '\(name.text)' is a \(field.decl.origin.rawValue) field of type \(field.type.description)",
                    at: name.span, in: file,
                    related: [reporter.related("declared here", field.decl.span, in: field.file)],
                    help: "declare 'capture \(name.text): datetime' and capture it before the callback")
            }
        case .transferOptout(let text): checkText(text, in: file)
        }
    }

    private mutating func checkStatement(_ statement: Statement, in file: Int) {
        switch statement.kind {
        case .say(let text), .identify(let text), .pitch(let text), .optout(let text): checkText(text, in: file)
        // The parser already checks the topic (CS0035).
        case .disclose(_, let text): checkText(text, in: file)
        case .capture(let name, let prompt):
            if let field = knownField(name, in: file), field.origin != .capture {
                reporter.report(
                    .captureOfContactField, "'\(name.text)' comes from the contact record and cannot be captured",
                    at: name.span, in: file,
                    related: [reporter.related("declared here", field.decl.span, in: field.file)],
                    help: "declare it as 'capture \(name.text): \(field.type.description)' to let the agent enter it")
            }
            checkText(prompt, in: file)
        case .recordObjection: break
        }
    }

    /// Reports an unknown step with the nearest step name.
    mutating func checkStepTarget(_ name: Name, in file: Int) {
        // The jump table already found every target of this body: nothing to report, no name to hash.
        guard !targetsKnown, program.stepIndex[name.text] == nil, !missingUses.mightDeclare(name.text) else { return }
        let hint =
            suggestionBudget > 0
            ? suggestion(for: name, in: file, among: program.stepIndex.names + missingUses.declaredNames)
            : (help: nil, fixIts: [])
        var notes: [String] = []
        if program.handlerIndex[name.text] != nil {
            notes.append("'\(name.text)' is a handler; handlers start from events, not from jumps")
        }
        reporter.report(
            .unknownStep, "unknown step '\(name.text)'", at: name.span, in: file, notes: notes,
            help: hint.help ?? "declare 'step \(name.text) { ... }' or jump to an existing step", fixIts: hint.fixIts)
    }

    /// The field named, or nil after reporting it unknown.
    mutating func knownField(_ name: Name, in file: Int) -> FieldSymbol? {
        knownFieldIndex(name, in: file).map { program.fields[$0] }
    }

    /// The position of the field named in `program.fields`, or nil after reporting it unknown:
    /// for the checks of every condition, which read a field's type in place instead of
    /// copying its symbol (declaration and all).
    mutating func knownFieldIndex(_ name: Name, in file: Int) -> Int? {
        if let index = program.fieldIndex[name.text] { return index }
        if missingUses.mightDeclare(name.text) { return nil }
        let hint =
            suggestionBudget > 0
            ? suggestion(for: name, in: file, among: program.fieldIndex.names) : (help: nil, fixIts: [])
        reporter.report(
            .unknownField, "unknown field '\(name.text)'", at: name.span, in: file,
            help: hint.help ?? "declare it, such as 'capture \(name.text): text'", fixIts: hint.fixIts)
        return nil
    }

    /// Every placeholder must be a built-in or a declared field.
    mutating func checkText(_ text: TextLiteral, in file: Int) {
        for name in text.placeholders {
            if name.text == "principal" {
                if !program.principalDeclared {
                    reporter.report(
                        .principalNotDeclared, "{principal} is used but the header declares no principal",
                        at: name.span,
                        in: file, help: "add 'principal \"...\"' to the header, or remove the placeholder")
                }
                continue
            }
            if Vocabulary.builtinPlaceholders.contains(name.text) || program.fieldIndex[name.text] != nil
                || missingUses.mightDeclare(name.text)
            {
                continue
            }
            let hint =
                suggestionBudget > 0
                ? suggestion(
                    for: name, in: file, among: Vocabulary.builtinPlaceholders + program.fieldIndex.names,
                    written: { "{\($0)}" })
                : (help: nil, fixIts: [])
            reporter.report(
                .unknownPlaceholder, "unknown placeholder '{\(name.text)}'", at: name.span, in: file,
                notes: ["placeholders are fields and the built-ins agent, company, principal, caller_id"],
                help: hint.help ?? "declare a field '\(name.text)' or write '{{' to show a brace", fixIts: hint.fixIts)
        }
    }
}
