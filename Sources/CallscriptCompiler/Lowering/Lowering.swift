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
        guard let info = program.info, let start = program.start, !program.files.isEmpty,
            let startIndex = program.stepIndex[start.decl.target.text]
        else { return nil }
        var lowering = Lowering(program)
        guard let entry = lowering.entries[startIndex] else { return nil }
        // The exact count: the states array is the largest single allocation of `check`, and
        // a guess would leave part of it unused at the peak.
        var stateCount = 0
        for index in program.steps.indices { stateCount += Self.stateCount(program.steps[index].decl.body) }
        for index in program.handlers.indices { stateCount += Self.stateCount(program.handlers[index].decl.body) }
        lowering.states.reserveCapacity(stateCount)
        var handlers: [Handler] = []
        // By index: a symbol copy per step (its declaration retained and released) was a
        // visible part of lowering.
        for index in program.steps.indices {
            let name = program.steps[index].name
            lowering.lowerBody(
                program.steps[index].decl.body, node: index, prefix: name, label: name, in: program.steps[index].file)
        }
        for index in program.handlers.indices {
            let handler = program.handlers[index]
            let node = program.steps.count + index
            let prefix = "on-\(handler.event)"
            let body = handler.decl.body
            let handlerEntry: String
            if let target = EntryTable.onlyJump(body) {
                handlerEntry = lowering.target(target, program.jumps.of(node).first ?? -1)
            } else {
                handlerEntry = stateID(prefix, 1)
                lowering.lowerBody(body, node: node, prefix: prefix, label: "on \(handler.event)", in: handler.file)
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
        assert(lowering.states.count == stateCount, "Lowering.stateCount must count what lowerBody makes")
        return Machine(
            compiler: compiler, script: info, fields: fields, start: entry, handlers: handlers,
            states: lowering.states, sources: sources)
    }

    /// `prefix.n`, the ID of a body's n-th state. Appended piece by piece: an interpolation
    /// always allocates its buffer, while a short ID fits in a string's inline storage.
    static func stateID(_ prefix: String, _ n: Int) -> String {
        var id = prefix
        id.append(".")
        id.append(String(n))
        return id
    }

    /// How many states `lowerBody` makes of a body: one per statement and one for an ending
    /// that is not a bare jump; none for a body that is only a jump or has no ending.
    static func stateCount(_ body: StepBody) -> Int {
        guard let ending = body.ending, EntryTable.onlyJump(body) == nil else { return 0 }
        if case .jump = ending.kind { return body.statements.count }
        return body.statements.count + 1
    }

    /// The entry of the step a jump resolved to (`step`, -1 when unknown), or the name as written.
    private func target(_ name: Name, _ step: Int32) -> String {
        step >= 0 ? entries[Int(step)] ?? name.text : name.text
    }

    private mutating func lowerBody(_ body: StepBody, node: Int, prefix: String, label: String, in file: Int) {
        guard let ending = body.ending else { return }
        if EntryTable.onlyJump(body) != nil { return }
        // The jumps of this body as step indices, in the order the ending lists them.
        let jumps = program.jumps.of(node)
        var nextJump = jumps.startIndex
        func resolved(_ name: Name) -> String {
            defer { nextJump += 1 }
            return target(name, nextJump < jumps.endIndex ? jumps[nextJump] : -1)
        }
        let count = body.statements.count
        let endingNext: String
        if case .jump(let to) = ending.kind {
            endingNext = resolved(to)
        } else {
            endingNext = Self.stateID(prefix, count + 1)
        }
        var nextID = count > 0 ? Self.stateID(prefix, 1) : ""
        for i in 0..<count {
            let statement = body.statements[i]
            let id = nextID
            nextID = i + 1 < count ? Self.stateID(prefix, i + 2) : endingNext
            var state = State(
                id: id, step: label, role: .say, transitions: [.next(nextID)],
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
            id: count > 0 ? nextID : Self.stateID(prefix, count + 1), step: label, role: .end, transitions: [],
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
            case .optout: state.role = .askOptout
            case .sale: state.role = .askSale
            }
            state.transitions.reserveCapacity(block.answers.count)
            for answer in block.answers {
                state.transitions.append(
                    Transition(
                        kind: .answer, label: answer.label.template,
                        answerClass: answer.answerClass.flatMap { AnswerClass(rawValue: $0.text) },
                        target: resolved(answer.target)))
            }
        case .branches(let branches, let otherwise):
            state.role = .branch
            state.transitions.reserveCapacity(branches.count + 1)
            for jump in branches {
                let condition = lowerCondition(jump.condition)
                state.transitions.append(
                    Transition(kind: .condition, condition: condition, target: resolved(jump.target)))
            }
            if let otherwise { state.transitions.append(Transition(kind: .otherwise, target: resolved(otherwise))) }
        }
        states.append(state)
    }

    /// Conditions keep their shape; groups disappear (the tree already holds the grouping).
    private func lowerCondition(_ expression: Expression) -> Condition? {
        switch expression {
        case .comparison(let name, let op, let value, _):
            guard let field = program.fieldIndex[name.text], let cmp = ComparisonOp(rawValue: op.rawValue),
                case .success(let literal) = LiteralRules.literal(value.kind, for: program.fields[field].type)
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
