import CallscriptMachine

/// Decides `if` conditions on the contact's values and the values captured so far, for tools
/// that hold a bare `Condition` (the `paths` planner). Loaded machines read their literals once
/// (`LoadedMachine.conditions`); the step function evaluates those.
public enum ConditionEvaluator {
    public static func evaluate(_ condition: Condition, values: [String: FieldValue], fields: [String: Field]) -> Bool {
        evaluate(condition, value: { values[$0] }, fields: fields)
    }

    /// The same, with values looked up one at a time.
    public static func evaluate(_ condition: Condition, value: (String) -> FieldValue?, fields: [String: Field]) -> Bool
    {
        compile(condition, fields: fields).evaluate(value)
    }

    /// The condition with its literals read by `FieldParser`, the rules captures and contact
    /// values are read by.
    public static func compile(_ condition: Condition, fields: [String: Field]) -> CompiledCondition {
        CompiledCondition(condition, fields: fields) { text, type in
            if case .success(let value) = FieldParser.parse(text, as: type) { return value }
            return nil
        }
    }
}
