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
    /// The same transitions as positions, handed to the verifier's graph so that it reads no
    /// state and hashes no ID (`MachineEdges`).
    private(set) var edges = MachineEdges()
    /// The position of each step's entry state, -1 when it has none (as `entries`, by step).
    private var entryPositions: [Int32] = []

    init(_ program: consuming CheckedProgram) {
        self.program = program
        self.entries = EntryTable(self.program)
        self.lines = self.program.files.map { LineCursor($0.source) }
    }

    /// The unsealed machine; nil if the program is not complete enough to lower (which the
    /// checker reports as errors, so the driver never asks).
    /// `hashSources: false` leaves the sources' SHA-256 empty (`check` does not seal the machine).
    /// The program is consumed: its bodies are freed as they are lowered.
    /// `releasesFreedMemory` hands the freed bodies' pages back to the system as lowering goes
    /// (`FreedMemory`, `CompileOptions.releasesFreedMemory`).
    static func lower(
        _ program: consuming CheckedProgram, compiler: String, hashSources: Bool = true,
        releasesFreedMemory: Bool = false
    ) -> (machine: Machine, edges: MachineEdges)? {
        guard let info = program.info, let start = program.start, !program.files.isEmpty,
            let startIndex = program.stepIndex[start.decl.target.text]
        else { return nil }
        var lowering = Lowering(program)
        guard let entry = lowering.entries[startIndex] else { return nil }
        return lowering.machine(
            info: info, start: entry, startIndex: startIndex, compiler: compiler, hashSources: hashSources,
            releasesFreedMemory: releasesFreedMemory)
    }

    private mutating func machine(
        info: ScriptInfo, start: String, startIndex: Int, compiler: String, hashSources: Bool,
        releasesFreedMemory: Bool
    ) -> (machine: Machine, edges: MachineEdges) {
        // The exact count: the states array is the largest single allocation of `check`, and
        // a guess would leave part of it unused at the peak. Bodies are lowered in this order,
        // so each one's first state is known before any jump to it is: the edges get
        // positions, not IDs. -1 for a body with no state. The checker's jump table counted
        // every body's states (reading the bodies again here was a cache miss per step).
        let counts = program.jumps.stateCount
        var stateCount = 0
        var firstState: [Int32] = []
        firstState.reserveCapacity(counts.count)
        for made in counts {
            firstState.append(made > 0 ? Int32(truncatingIfNeeded: stateCount) : -1)
            stateCount += Int(made)
        }
        // The checker's step table holds a whole declaration per step (16 MB at 100,000
        // steps) and its name index 6 MB more; lowering needs each step's name, file and body
        // only. Those are moved out and the tables freed before the states are written: held
        // to the end, they were beside the whole states array at the peak memory of `check`.
        // By index: a symbol copy per step (its declaration retained and released) was a
        // visible part of lowering.
        // In chunks, each freed once lowered: one array of them (13 MB at 100,000 steps) was
        // freed only at the end, beside the whole states array.
        let stepCount = program.steps.count
        var pending: [[PendingStep]] = []
        pending.reserveCapacity((stepCount + Self.pendingChunk - 1) / Self.pendingChunk)
        for chunkStart in stride(from: 0, to: stepCount, by: Self.pendingChunk) {
            var chunk: [PendingStep] = []
            chunk.reserveCapacity(min(Self.pendingChunk, stepCount - chunkStart))
            for index in chunkStart..<min(chunkStart + Self.pendingChunk, stepCount) {
                chunk.append(
                    PendingStep(
                        name: program.steps[index].name, file: program.steps[index].file,
                        body: Self.takeBody(&program.steps[index].decl.body)))
            }
            pending.append(chunk)
        }
        program.steps = []
        program.stepIndex = NameIndex()
        // For a large script, the freed pages go back to the system now and then in quarters,
        // not only at the end: the states are written while the tree is freed, and pages the
        // allocator keeps would hold both at once.
        if releasesFreedMemory { FreedMemory.release() }
        // Only now the states' room (27 MB at 100,000 steps): reserved before the tables were
        // freed, it was beside them at the peak memory of `check`.
        states.reserveCapacity(stateCount)
        edges = MachineEdges(reservingStates: stateCount)
        entryPositions = entries.entrySteps.map { $0 >= 0 ? firstState[Int($0)] : -1 }
        edges.start = entryPositions[startIndex]
        let quarter = releasesFreedMemory ? max(pending.count / 4, 1) : Int.max
        for chunk in pending.indices {
            var steps: [PendingStep] = []
            swap(&steps, &pending[chunk])
            for offset in steps.indices {
                let body = Self.takeBody(&steps[offset].body)
                let node = chunk * Self.pendingChunk + offset
                lowerBody(
                    body, node: node, prefix: steps[offset].name, label: steps[offset].name, in: steps[offset].file,
                    firstID: entries[node])
            }
            steps = []
            if (chunk + 1) % quarter == 0 { FreedMemory.release() }
        }
        var handlers: [Handler] = []
        for index in program.handlers.indices {
            let node = stepCount + index
            let (event, file, span) = (
                program.handlers[index].event, program.handlers[index].file,
                program.handlers[index].decl.span
            )
            let prefix = "on-\(event)"
            let body = Self.takeBody(&program.handlers[index].decl.body)
            let handlerEntry: String
            if let target = EntryTable.onlyJump(body) {
                let resolved = self.target(target, program.jumps.of(node).first ?? -1)
                handlerEntry = resolved.id
                edges.handlerEntries.append(resolved.position)
            } else {
                handlerEntry = Self.stateID(prefix, 1)
                edges.handlerEntries.append(firstState[node])
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
        let machine = Machine(
            compiler: compiler, script: info, fields: fields, start: start, handlers: handlers,
            states: states, sources: sources)
        return (machine, edges)
    }

    /// Steps per chunk of `PendingStep`s (256 KB).
    private static let pendingChunk = 2048

    /// A step still to lower: what lowering needs of the checker's symbol.
    private struct PendingStep {
        let name: String
        let file: Int
        var body: StepBody
    }

    /// Moves a body out of the program, leaving an empty one with the same span: once lowered,
    /// its statements, texts and answers are freed.
    private static func takeBody(_ body: inout StepBody) -> StepBody {
        // Swapped with a copy of one empty body, not a new one: `StepBody.init` copies the
        // body it makes once more (the compiler's copy in an initializer that assigns the
        // members one by one, Docs/performance.md).
        var taken = emptyBody
        taken.span = body.span
        swap(&taken, &body)
        return taken
    }

    /// What `takeBody` leaves behind, made once.
    private static let emptyBody = StepBody(statements: [], ending: nil, span: Span(0, 0))

    /// `prefix.n`, the ID of a body's n-th state (`n` >= 0), written in one go into the new
    /// string's storage: an interpolation always allocates its buffer, and appending the dot
    /// and the number's own string cost three appends and a conversion per ID (a twentieth
    /// of lowering). A short ID fits in a string's inline storage, with no allocation at all.
    static func stateID(_ prefix: String, _ n: Int) -> String {
        var prefix = prefix
        var digits = 1
        var rest = n / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return prefix.withUTF8 { name in
            String(unsafeUninitializedCapacity: name.count + 1 + digits) { out in
                var end = out.initialize(fromContentsOf: name)
                out[end] = UInt8(ascii: ".")
                end += 1 + digits
                var value = max(n, 0)
                for index in stride(from: end - 1, through: end - digits, by: -1) {
                    out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
                    value /= 10
                }
                return end
            }
        }
    }

    /// A node's span as a source range (what `Reporter.range` gives).
    private mutating func range(_ span: Span, in file: Int) -> SourceRange {
        lines[file].range(span.start, span.end)
    }

    /// How many states `lowerBody` makes of a body: one per statement and one for an ending
    /// that is not a bare jump; none for a body that is only a jump or has no ending. The
    /// checker's `JumpTargets.stateCount` holds the same; lowering asserts they agree.
    static func stateCount(_ body: borrowing StepBody) -> Int {
        switch body.ending?.kind {
        case nil: 0
        // A bare jump has no statements, so no state.
        case .jump?: body.statements.count
        default: body.statements.count + 1
        }
    }

    /// The entry of the step a jump resolved to (`step`, -1 when unknown), or the name as
    /// written (which names no state: IDs have a dot), with its position (-1 for none).
    private func target(_ name: Name, _ step: Int32) -> (id: String, position: Int32) {
        guard step >= 0, let entry = entries[Int(step)] else { return (name.text, -1) }
        return (entry, entryPositions[Int(step)])
    }

    /// `firstID` is the ID of the body's first state when it is already made (a step's entry,
    /// `prefix.1`, from the entry table), so it is made once, not again here.
    private mutating func lowerBody(
        _ body: StepBody, node: Int, prefix: String, label: String, in file: Int, firstID: String? = nil
    ) {
        assert(Int(program.jumps.stateCount[node]) == Self.stateCount(body), "the checker counts what lowering makes")
        guard let ending = body.ending else { return }
        if EntryTable.onlyJump(body) != nil { return }
        // The jumps of this body as step indices, in the order the ending lists them.
        let jumps = program.jumps.of(node)
        var nextJump = jumps.startIndex
        func resolved(_ name: Name) -> (id: String, position: Int32) {
            defer { nextJump += 1 }
            return target(name, nextJump < jumps.endIndex ? jumps[nextJump] : -1)
        }
        let count = body.statements.count
        // This body's states are the next ones in the list, in order.
        let first = Int32(truncatingIfNeeded: states.count)
        let endingNext: (id: String, position: Int32)
        if case .jump(let to) = ending.kind {
            endingNext = resolved(to)
        } else {
            endingNext = (Self.stateID(prefix, count + 1), first + Int32(truncatingIfNeeded: count))
        }
        let firstID = firstID ?? Self.stateID(prefix, 1)
        var nextID = count > 0 ? firstID : ""
        for i in 0..<count {
            let id = nextID
            let next =
                i + 1 < count
                ? (id: Self.stateID(prefix, i + 2), position: first + Int32(truncatingIfNeeded: i + 1)) : endingNext
            nextID = next.id
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
                    id: id, step: label, role: role, text: text, field: field, topic: topic, next: nextID,
                    source: range(body.statements[i].span, in: file)))
            edges.addTransition(to: next.position, answer: nil)
            edges.endState(role)
        }
        if case .jump = ending.kind { return }
        // Every member first, then the state once (as for statements).
        var role = Role.end
        var text: String?
        var field: String?
        var purpose: String?
        var transitions: [Transition] = []
        switch ending.kind {
        case .jump: return
        case .end: break
        case .hangup: role = .hangup
        case .callback(let name): (role, field) = (.callback, name.text)
        case .transferOptout(let literal): (role, text) = (.transferOptout, literal.template)
        case .ask(let block):
            text = block.question.template
            switch block.kind {
            case .plain: role = .ask
            case .convenient: role = .askConvenient
            case .consent(let literal): (role, purpose) = (.askConsent, literal.plainText)
            case .optout: role = .askOptout
            case .sale: role = .askSale
            }
            transitions.reserveCapacity(block.answers.count)
            for answer in block.answers {
                let target = resolved(answer.target)
                let answerClass = answer.answerClass.flatMap { AnswerClass(rawValue: $0.text) }
                transitions.append(
                    Transition(
                        kind: .answer, label: answer.label.template, answerClass: answerClass, target: target.id))
                edges.addTransition(to: target.position, answer: answerClass)
            }
        case .branches(let branches, let otherwise):
            role = .branch
            transitions.reserveCapacity(branches.count + 1)
            for jump in branches {
                let condition = lowerCondition(jump.condition)
                let target = resolved(jump.target)
                transitions.append(Transition(kind: .condition, condition: condition, target: target.id))
                edges.addTransition(to: target.position, answer: nil)
            }
            if let otherwise {
                let target = resolved(otherwise)
                transitions.append(Transition(kind: .otherwise, target: target.id))
                edges.addTransition(to: target.position, answer: nil)
            }
        }
        states.append(
            State(
                id: count > 0 ? nextID : firstID, step: label, role: role, text: text,
                field: field, purpose: purpose, transitions: transitions, source: range(ending.span, in: file)))
        edges.endState(role)
    }

    /// The machine's operator for the one written: by case, not through the spelling (making
    /// the operator from its raw string was a third of lowering a comparison).
    private static func comparison(_ op: ComparisonOperator) -> ComparisonOp {
        switch op {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        }
    }

    /// Conditions keep their shape; groups disappear (the tree already holds the grouping).
    private func lowerCondition(_ expression: Expression) -> Condition? {
        switch expression {
        case .comparison(let name, let op, let value, _):
            guard let field = program.fieldIndex[name.text],
                case .success(let literal) = LiteralRules.literal(value.kind, for: program.fields[field].type)
            else { return nil }
            return .compare(field: name.text, op: Self.comparison(op), value: literal)
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
