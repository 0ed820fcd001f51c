import CallscriptMachine

/// Decides `if` conditions on the contact's values and the values captured so far.
///
/// A comparison on a field with no value is false whatever the operator (also `!=`); use
/// `is set` to test for a value. Recursion is bounded: loaded machines have depth ≤ 64.
public enum ConditionEvaluator {
    public static func evaluate(_ condition: Condition, values: [String: FieldValue], fields: [String: Field]) -> Bool {
        switch condition {
        case .isSet(let name): return values[name] != nil
        case .not(let inner): return !evaluate(inner, values: values, fields: fields)
        case .and(let l, let r): return evaluate(l, values: values, fields: fields) && evaluate(r, values: values, fields: fields)
        case .or(let l, let r): return evaluate(l, values: values, fields: fields) || evaluate(r, values: values, fields: fields)
        case .compare(let name, let op, let literal):
            guard let value = values[name], let type = fields[name]?.type,
                case .success(let constant) = FieldParser.parse(literal.value, as: type),
                let order = FieldValue.compare(value, constant, type: type)
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
