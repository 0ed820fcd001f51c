import CallscriptMachine

/// Decides `if` conditions on the contact's values and the values captured so far.
///
/// A comparison on a field with no value is false whatever the operator (also `!=`); use
/// `is set` to test for a value. Recursion is bounded: loaded machines have depth ≤ 64.
public enum ConditionEvaluator {
    public static func evaluate(_ condition: Condition, values: [String: FieldValue], fields: [String: Field]) -> Bool {
        evaluate(condition, value: { values[$0] }, fields: fields)
    }

    /// The same, with values looked up one at a time (the step function does not build a
    /// dictionary of every value for each branch).
    public static func evaluate(_ condition: Condition, value: (String) -> FieldValue?, fields: [String: Field]) -> Bool
    {
        switch condition {
        case .isSet(let name): return value(name) != nil
        case .not(let inner): return !evaluate(inner, value: value, fields: fields)
        case .and(let l, let r):
            return evaluate(l, value: value, fields: fields) && evaluate(r, value: value, fields: fields)
        case .or(let l, let r):
            return evaluate(l, value: value, fields: fields) || evaluate(r, value: value, fields: fields)
        case .compare(let name, let op, let literal):
            guard let current = value(name), let type = fields[name]?.type,
                case .success(let constant) = FieldParser.parse(literal.value, as: type),
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
