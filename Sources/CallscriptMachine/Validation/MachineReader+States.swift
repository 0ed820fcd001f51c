import CallscriptDiagnostics

/// States, transitions and conditions: the bulk of a machine file.
extension MachineReader {
    // The spellings of the values every state, transition and condition has, made once: they
    // are matched on the file's bytes, not made into strings (`JSONSpellings`).
    static let roles = JSONSpellings<Role>()
    static let transitionKinds = JSONSpellings<Transition.Kind>()
    static let answerClasses = JSONSpellings<AnswerClass>()
    static let literalTypes = JSONSpellings<FieldType.Kind>()
    static let logicalOperators = JSONSpellings<LogicalOperator>()
    static let comparisonOperators = JSONSpellings<ComparisonOp>()

    /// The operators of a condition that combine or test conditions rather than compare.
    enum LogicalOperator: String, CaseIterable, Sendable {
        case isSet = "is-set"
        case and, or, not
    }

    /// A condition's `op` as the file spells it.
    enum ConditionOperator {
        case logical(LogicalOperator)
        case comparison(ComparisonOp)
        case unknown(String)

        /// The operator `name` spells, as read from a string the byte match did not take.
        init(_ name: String) {
            if let logical = LogicalOperator(rawValue: name) {
                self = .logical(logical)
            } else if let comparison = ComparisonOp(rawValue: name) {
                self = .comparison(comparison)
            } else {
                self = .unknown(name)
            }
        }
    }

    static let stateKeys = JSONKeys([
        "id", "step", "role", "text", "field", "purpose", "topic", "transitions", "source",
    ])

    static func state(_ c: inout JSONCursor) throws(JSONReadError) -> State {
        // Each member its own variable: a tuple of optional strings was destroyed through the
        // runtime's generic tuple witness, an element at a time, for every state.
        var id: String?
        var step: String?
        var role: Role?
        var text: String?
        var field: String?
        var purpose: String?
        var topic: String?
        var transitions: [Transition]?
        var source: SourceRange?
        let o = try c.object(stateKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: id = try c.string()
            case 1: step = try c.string()
            case 2: role = try c.enumeration(roles)
            case 3: text = try c.nullable { c throws(JSONReadError) in try c.string() }
            case 4: field = try c.nullable { c throws(JSONReadError) in try c.string() }
            case 5: purpose = try c.nullable { c throws(JSONReadError) in try c.string() }
            case 6: topic = try c.nullable { c throws(JSONReadError) in try c.string() }
            case 7: transitions = try c.array(transition)
            default: source = try range(&c)
            }
        }
        return State(
            id: try o.need(id, 0), step: try o.need(step, 1), role: try o.need(role, 2), text: try o.optional(text, 3),
            field: try o.optional(field, 4), purpose: try o.optional(purpose, 5), topic: try o.optional(topic, 6),
            transitions: try o.need(transitions, 7), source: try o.need(source, 8))
    }

    static let transitionKeys = JSONKeys(["kind", "label", "answerClass", "condition", "target"])

    static func transition(_ c: inout JSONCursor) throws(JSONReadError) -> Transition {
        let begin = c.i
        if let next = canonicalNext(&c) { return next }
        c.i = begin
        var kind: Transition.Kind?
        var label: String?
        var answerClass: AnswerClass?
        var condition: Condition?
        var target: String?
        let o = try c.object(transitionKeys) { c, k throws(JSONReadError) in
            switch k {
            case 0: kind = try c.enumeration(transitionKinds)
            case 1: label = try c.nullable { c throws(JSONReadError) in try c.string() }
            case 2: answerClass = try c.nullable { c throws(JSONReadError) in try c.enumeration(answerClasses) }
            case 3:
                condition = try c.nullable { c throws(JSONReadError) in
                    let begin = c.i
                    if let fast = canonicalCondition(&c) { return fast }
                    c.i = begin
                    return try Self.condition(&c)
                }
            default: target = try c.string()
            }
        }
        return Transition(
            kind: try o.need(kind, 0), label: try o.optional(label, 1), answerClass: try o.optional(answerClass, 2),
            condition: try o.optional(condition, 3), target: try o.need(target, 4))
    }

    static let conditionKeys = JSONKeys(["op", "field", "value", "left", "right", "operand"])
    static let literalKeys = JSONKeys(["type", "value"])

    /// A condition reads only the members its operator needs (as `Condition.init(from:)`
    /// does): every member is read as it comes, each with its own outcome, and a problem in a
    /// member the operator does not use is never reported.
    static func condition(_ c: inout JSONCursor) throws(JSONReadError) -> Condition {
        var op: Result<ConditionOperator, JSONReadError>?
        var field: Result<String, JSONReadError>?
        var value: Result<Literal, JSONReadError>?
        // Three variables, not an array of three: an array was an allocation per node.
        var left: Result<Condition, JSONReadError>?
        var right: Result<Condition, JSONReadError>?
        var operand: Result<Condition, JSONReadError>?
        var seen: UInt8 = 0
        var opOffset = 0
        let offset = try c.members { c, raw, valueStart in
            guard let k = conditionKeys.rank(of: raw), seen & (1 << UInt8(k)) == 0 else { return }
            seen |= 1 << UInt8(k)
            func read<T>(_ body: (inout JSONCursor) throws(JSONReadError) -> T) -> Result<T, JSONReadError> {
                do throws(JSONReadError) { return .success(try body(&c)) } catch {
                    c.i = valueStart
                    var e = error
                    e.path.insert(.key(conditionKeys.names[k]), at: 0)
                    return .failure(e)
                }
            }
            switch k {
            case 0:
                opOffset = valueStart
                op = read { c throws(JSONReadError) in
                    if let logical = c.spelled(logicalOperators) { return .logical(logical) }
                    if let comparison = c.spelled(comparisonOperators) { return .comparison(comparison) }
                    return ConditionOperator(try c.string())
                }
            case 1: field = read { c throws(JSONReadError) in try c.string() }
            case 2: value = read(literal)
            case 3: left = read(condition)
            case 4: right = read(condition)
            default: operand = read(condition)
            }
        }
        func need<T>(_ member: Result<T, JSONReadError>?, _ k: Int) throws(JSONReadError) -> T {
            guard let member else {
                throw JSONReadError(kind: .missing, offset: offset, path: [.key(conditionKeys.names[k])])
            }
            return try member.get()
        }
        switch try need(op, 0) {
        case .logical(.isSet): return .isSet(field: try need(field, 1))
        case .logical(.and): return .and(try need(left, 3), try need(right, 4))
        case .logical(.or): return .or(try need(left, 3), try need(right, 4))
        case .logical(.not): return .not(try need(operand, 5))
        case .comparison(let cmp): return .compare(field: try need(field, 1), op: cmp, value: try need(value, 2))
        case .unknown(let name):
            throw JSONReadError(
                kind: .invalid("unknown condition operator '\(name)'"), offset: opOffset, path: [.key("op")])
        }
    }

    static func literal(_ c: inout JSONCursor) throws(JSONReadError) -> Literal {
        var type: FieldType.Kind?
        var value: String?
        let o = try c.object(literalKeys) { c, k throws(JSONReadError) in
            if k == 0 { type = try c.enumeration(literalTypes) } else { value = try c.string() }
        }
        return Literal(type: try o.need(type, 0), value: try o.need(value, 1))
    }
}
