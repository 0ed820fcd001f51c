import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

/// Turns a checked program without errors into a machine: one state per statement and per
/// ending (a bare `-> NAME` ending is not a state), IDs `step.n` and `on-event.n`.
struct Lowering {
    /// The program being lowered, owned: each body is taken out of it once lowered, so the tree
    /// shrinks while the states grow instead of both being whole at the end.
    private(set) var program: CheckedProgram
    let entries: EntryTable
    /// One per file: lowering visits each file's statements in source order.
    private var lines: [LineCursor]
    private(set) var states: [State] = []

    init(_ program: consuming CheckedProgram) {
        self.program = program
        self.entries = EntryTable(self.program)
        self.lines = self.program.files.map { LineCursor($0.source) }
    }

    /// The unsealed machine; nil if the program is not complete enough to lower (which the
    /// checker reports as errors, so the driver never asks).
    /// `hashSources: false` leaves the sources' SHA-256 empty (`check` does not seal the machine).
    /// The program is consumed: its bodies are freed as they are lowered.
    static func lower(_ program: consuming CheckedProgram, compiler: String, hashSources: Bool = true) -> Machine? {
        guard let info = program.info, let start = program.start, !program.files.isEmpty,
            let startIndex = program.stepIndex[start.decl.target.text]
        else { return nil }
        var lowering = Lowering(program)
        guard let entry = lowering.entries[startIndex] else { return nil }
        return lowering.machine(info: info, start: entry, compiler: compiler, hashSources: hashSources)
    }

    private mutating func machine(info: ScriptInfo, start: String, compiler: String, hashSources: Bool) -> Machine {
        // The exact count: the states array is the largest single allocation of `check`, and
        // a guess would leave part of it unused at the peak.
        var stateCount = 0
        for index in program.steps.indices { stateCount += Self.stateCount(program.steps[index].decl.body) }
        for index in program.handlers.indices { stateCount += Self.stateCount(program.handlers[index].decl.body) }
        states.reserveCapacity(stateCount)
        // By index: a symbol copy per step (its declaration retained and released) was a
        // visible part of lowering.
        for index in program.steps.indices {
            let name = program.steps[index].name
            let body = takeBody(&program.steps[index].decl.body)
            lowerBody(body, node: index, prefix: name, label: name, in: program.steps[index].file)
        }
        var handlers: [Handler] = []
        for index in program.handlers.indices {
            let node = program.steps.count + index
            let (event, file, span) = (
                program.handlers[index].event, program.handlers[index].file,
                program.handlers[index].decl.span
            )
            let prefix = "on-\(event)"
            let body = takeBody(&program.handlers[index].decl.body)
            let handlerEntry: String
            if let target = EntryTable.onlyJump(body) {
                handlerEntry = self.target(target, program.jumps.of(node).first ?? -1)
            } else {
                handlerEntry = Self.stateID(prefix, 1)
                lowerBody(body, node: node, prefix: prefix, label: "on \(event)", in: file)
            }
            handlers.append(Handler(event: event, entry: handlerEntry, source: range(span, in: file)))
        }
        let fields = program.fields.map {
            Field(name: $0.name, origin: $0.origin, type: $0.type, purpose: $0.decl.purpose?.plainText)
        }
        let sources = program.files.map {
            SourceDigest(path: $0.path, sha256: hashSources ? SHA256.hex($0.source.bytes) : "")
        }
        assert(states.count == stateCount, "Lowering.stateCount must count what lowerBody makes")
        return Machine(
            compiler: compiler, script: info, fields: fields, start: start, handlers: handlers,
            states: states, sources: sources)
    }

    /// Moves a body out of the program, leaving an empty one with the same span: once lowered,
    /// its statements, texts and answers are freed.
    private func takeBody(_ body: inout StepBody) -> StepBody {
        var taken = StepBody(statements: [], ending: nil, span: body.span)
        swap(&taken, &body)
        return taken
    }

    /// `prefix.n`, the ID of a body's n-th state. Appended piece by piece: an interpolation
    /// always allocates its buffer, while a short ID fits in a string's inline storage.
    static func stateID(_ prefix: String, _ n: Int) -> String {
        var id = prefix
        id.append(".")
        id.append(String(n))
        return id
    }

    /// A node's span as a source range (what `Reporter.range` gives).
    private mutating func range(_ span: Span, in file: Int) -> SourceRange {
        lines[file].range(span.start, span.end)
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
            let id = nextID
            nextID = i + 1 < count ? Self.stateID(prefix, i + 2) : endingNext
            // Each state is made once, in place: building one and then changing its fields
            // copied and destroyed a whole `State` per statement.
            let role: Role
            var text: String?
            var field: String?
            var topic: String?
            switch body.statements[i].kind {
            case .say(let literal): (role, text) = (.say, literal.template)
            case .identify(let literal): (role, text) = (.identify, literal.template)
            case .pitch(let literal): (role, text) = (.pitch, literal.template)
            case .optout(let literal): (role, text) = (.optout, literal.template)
            case .disclose(let name, let literal): (role, topic, text) = (.disclose, name.text, literal.template)
            case .capture(let name, let prompt): (role, field, text) = (.capture, name.text, prompt.template)
            case .recordObjection: role = .recordObjection
            }
            states.append(
                State(
                    id: id, step: label, role: role, text: text, field: field, topic: topic,
                    transitions: [.next(nextID)], source: range(body.statements[i].span, in: file)))
        }
        if case .jump = ending.kind { return }
        var state = State(
            id: count > 0 ? nextID : Self.stateID(prefix, count + 1), step: label, role: .end, transitions: [],
            source: range(ending.span, in: file))
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
