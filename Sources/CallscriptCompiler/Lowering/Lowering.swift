import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// Turns a checked program without errors into a machine: one state per statement and per
/// ending (a bare `-> NAME` ending is not a state), IDs `step.n` and `on-event.n`.
struct Lowering {
    let program: CheckedProgram
    let entries: EntryTable
    let reporter: Reporter
    private(set) var states: [State] = []

    init(_ program: CheckedProgram) {
        self.program = program
        self.entries = EntryTable(program)
        self.reporter = Reporter(files: program.files.map(\.source))
    }

    /// The unsealed machine; nil if the program is not complete enough to lower (which the
    /// checker reports as errors, so the driver never asks).
    /// `hashSources: false` leaves the sources' SHA-256 empty (`check` does not seal the machine).
    static func lower(_ program: CheckedProgram, compiler: String, hashSources: Bool = true) -> Machine? {
        guard let info = program.info, let start = program.start, !program.files.isEmpty else { return nil }
        var lowering = Lowering(program)
        guard let entry = lowering.entries[start.decl.target.text] else { return nil }
        var handlers: [Handler] = []
        for step in program.steps {
            lowering.lowerBody(step.decl.body, prefix: step.name, label: step.name, in: step.file)
        }
        for handler in program.handlers {
            let prefix = "on-\(handler.event)"
            let body = handler.decl.body
            let handlerEntry: String
            if let target = EntryTable.onlyJump(body) {
                handlerEntry = lowering.target(target)
            } else {
                handlerEntry = "\(prefix).1"
                lowering.lowerBody(body, prefix: prefix, label: "on \(handler.event)", in: handler.file)
            }
            handlers.append(
                Handler(
                    event: handler.event, entry: handlerEntry,
                    source: lowering.reporter.range(handler.decl.span, in: handler.file)))
        }
        let fields = program.fields.map {
            Field(name: $0.name, origin: $0.origin, type: $0.type, purpose: $0.decl.purpose?.plainText)
        }
        let sources = program.files.map {
            SourceDigest(path: $0.path, sha256: hashSources ? SHA256.hex($0.source.bytes) : "")
        }
        return Machine(
            compiler: compiler, script: info, fields: fields, start: entry, handlers: handlers,
            states: lowering.states, sources: sources)
    }

    private func target(_ name: Name) -> String { entries[name.text] ?? name.text }

    private mutating func lowerBody(_ body: StepBody, prefix: String, label: String, in file: Int) {
        guard let ending = body.ending else { return }
        if EntryTable.onlyJump(body) != nil { return }
        let count = body.statements.count
        let endingNext: String
        if case .jump(let to) = ending.kind { endingNext = target(to) } else { endingNext = "\(prefix).\(count + 1)" }
        for (i, statement) in body.statements.enumerated() {
            let next = i + 1 < count ? "\(prefix).\(i + 2)" : endingNext
            var state = State(
                id: "\(prefix).\(i + 1)", step: label, role: .say, transitions: [.next(next)],
                source: reporter.range(statement.span, in: file))
            switch statement.kind {
            case .say(let text): state.text = text.template
            case .identify(let text): (state.role, state.text) = (.identify, text.template)
            case .pitch(let text): (state.role, state.text) = (.pitch, text.template)
            case .optout(let text): (state.role, state.text) = (.optout, text.template)
            case .disclose(let topic, let text):
                (state.role, state.topic, state.text) = (.disclose, topic.text, text.template)
            case .capture(let field, let prompt):
                (state.role, state.field, state.text) = (.capture, field.text, prompt.template)
            case .recordObjection: state.role = .recordObjection
            }
            states.append(state)
        }
        if case .jump = ending.kind { return }
        var state = State(
            id: "\(prefix).\(count + 1)", step: label, role: .end, transitions: [],
            source: reporter.range(ending.span, in: file))
        switch ending.kind {
        case .jump: return
        case .end: break
        case .hangup: state.role = .hangup
        case .callback(let field): (state.role, state.field) = (.callback, field.text)
        case .transferOptout(let text): (state.role, state.text) = (.transferOptout, text.template)
        case .ask(let block):
            state.text = block.question.template
            switch block.kind {
            case .plain: state.role = .ask
            case .convenient: state.role = .askConvenient
            case .consent(let purpose): (state.role, state.purpose) = (.askConsent, purpose.plainText)
            }
            state.transitions = block.answers.map { answer in
                Transition(
                    kind: .answer, label: answer.label.template,
                    answerClass: answer.answerClass.flatMap { AnswerClass(rawValue: $0.text) },
                    target: target(answer.target))
            }
        case .branches(let jumps, let otherwise):
            state.role = .branch
            state.transitions = jumps.map { jump in
                Transition(kind: .condition, condition: lowerCondition(jump.condition), target: target(jump.target))
            }
            if let otherwise { state.transitions.append(Transition(kind: .otherwise, target: target(otherwise))) }
        }
        states.append(state)
    }

    /// Conditions keep their shape; groups disappear (the tree already holds the grouping).
    private func lowerCondition(_ expression: Expression) -> Condition? {
        switch expression {
        case .comparison(let name, let op, let value, _):
            guard let field = program.field(name.text), let cmp = ComparisonOp(rawValue: op.rawValue),
                case .success(let literal) = LiteralRules.literal(value.kind, for: field.type)
            else { return nil }
            return .compare(field: name.text, op: cmp, value: literal)
        case .isSet(let name, _): return .isSet(field: name.text)
        case .and(let l, let r, _):
            guard let l = lowerCondition(l), let r = lowerCondition(r) else { return nil }
            return .and(l, r)
        case .or(let l, let r, _):
            guard let l = lowerCondition(l), let r = lowerCondition(r) else { return nil }
            return .or(l, r)
        case .not(let inner, _): return lowerCondition(inner).map { .not($0) }
        case .group(let inner, _): return lowerCondition(inner)
        }
    }
}
