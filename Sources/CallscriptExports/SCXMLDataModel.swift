import CallscriptMachine

/// The SCXML export's data model (`datamodel="python"`, as python-statemachine 3 runs it), in
/// one place so that the export, its documentation (Docs/exports.md) and the tests agree.
///
/// - Every field of the script is a top-level `<data>` named `field_NAME`, `None` until it has
///   a value. Contact fields are set by the `start` event, captured fields by `capture.NAME`.
/// - Values: `number` is a Python number, `yesno` is `True`/`False`, `choice` is the 0-based
///   position of the value in the declared choices (so `<` orders them as declared), every
///   other type is its canonical text (dates `YYYY-MM-DD` and datetimes `YYYY-MM-DDTHH:MM`
///   order correctly as text).
/// - A comparison with a field that has no value is false whatever the operator, as in the
///   runtime; `is set` is `field_NAME != None`.
/// - `objection_recorded` turns `True` where the runtime records an objection.
public enum SCXMLDataModel {
    /// The `<data>` id of a field.
    public static func dataID(field: String) -> String { "field_" + identifierSafe(field) }

    /// The `<data>` id of the statement metadata of the state at `position`.
    public static func statementID(position: Int) -> String { "statement_\(position)" }

    /// A value in the data model's Python form, from its canonical text; nil when the text is
    /// not a value of the type (the runtime refuses such a value before it gets here).
    public static func python(_ text: String, as type: FieldType) -> String? {
        switch type.kind {
        case .number:
            let allowed = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
            return allowed && !text.isEmpty ? text : nil
        case .yesno:
            switch text {
            case "yes": return "True"
            case "no": return "False"
            default: return nil
            }
        case .choice:
            return (type.choices ?? []).firstIndex(of: text).map(String.init)
        case .text, .email, .phone, .date, .datetime:
            return string(text)
        }
    }

    /// A Python string literal.
    public static func string(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// The `cond` of a condition, given the script's fields. A literal that is not a value of
    /// its field's type makes its comparison `False`, as in the runtime.
    public static func condition(_ condition: Condition, fields: [String: FieldType]) -> String {
        switch condition {
        case .isSet(let field):
            return "\(dataID(field: field)) != None"
        case .compare(let field, let op, let literal):
            guard let type = fields[field], let value = python(literal.value, as: type) else { return "False" }
            let name = dataID(field: field)
            return "(\(name) != None and \(name) \(op.rawValue) \(value))"
        case .and(let l, let r):
            return "(\(self.condition(l, fields: fields)) and \(self.condition(r, fields: fields)))"
        case .or(let l, let r):
            return "(\(self.condition(l, fields: fields)) or \(self.condition(r, fields: fields)))"
        case .not(let inner):
            return "(not \(self.condition(inner, fields: fields)))"
        }
    }

    /// Field names are identifiers in scripts; anything else becomes `_` so the id stays one.
    public static func identifierSafe(_ name: String) -> String {
        String(name.unicodeScalars.map { $0.isASCIIIdentifier ? Character($0) : "_" })
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIIdentifier: Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
            || value == 0x5F
    }
}
