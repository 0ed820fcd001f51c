/// A condition with each literal read as a value of its field's type once, when the machine
/// is loaded, so deciding a branch compares values and never parses text.
///
/// A comparison on a field with no value is false whatever the operator (also `!=`); use
/// `is set` to test for a value. A literal that does not read as a value of its field's type
/// (the compiler never writes one) makes its comparison false, as it always has.
public indirect enum CompiledCondition: Hashable, Sendable {
    case compare(field: String, op: ComparisonOp, constant: FieldValue?, type: FieldType?)
    case isSet(field: String)
    case and(CompiledCondition, CompiledCondition)
    case or(CompiledCondition, CompiledCondition)
    case not(CompiledCondition)

    /// Reads each literal with `read` (the runtime's value parser) as a value of the type
    /// `fields` gives its field. Recursion is bounded: loaded machines have depth ≤ 64.
    public init(_ condition: Condition, fields: [String: Field], read: (String, FieldType) -> FieldValue?) {
        switch condition {
        case .compare(let field, let op, let literal):
            let type = fields[field]?.type
            self = .compare(field: field, op: op, constant: type.flatMap { read(literal.value, $0) }, type: type)
        case .isSet(let field): self = .isSet(field: field)
        case .and(let l, let r):
            self = .and(
                CompiledCondition(l, fields: fields, read: read), CompiledCondition(r, fields: fields, read: read))
        case .or(let l, let r):
            self = .or(
                CompiledCondition(l, fields: fields, read: read), CompiledCondition(r, fields: fields, read: read))
        case .not(let inner): self = .not(CompiledCondition(inner, fields: fields, read: read))
        }
    }

    /// Decides the condition with values looked up one at a time.
    public func evaluate(_ value: (String) -> FieldValue?) -> Bool {
        switch self {
        case .isSet(let name): return value(name) != nil
        case .not(let inner): return !inner.evaluate(value)
        case .and(let l, let r): return l.evaluate(value) && r.evaluate(value)
        case .or(let l, let r): return l.evaluate(value) || r.evaluate(value)
        case .compare(let name, let op, let constant, let type):
            guard let constant, let type, let current = value(name),
                let order = FieldValue.compare(current, constant, type: type)
            else { return false }
            switch op {
            case .equal: return order == 0
            case .notEqual: return order != 0
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            case .greaterOrEqual: return order >= 0
            }
        }
    }
}
