/// A compiled `if` condition over fields. Depth is bounded by the compiler's nesting limit
/// and checked again when a machine is loaded, so recursive evaluation is safe.
public indirect enum Condition: Hashable, Sendable {
    case compare(field: String, op: ComparisonOp, value: Literal)
    case isSet(field: String)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)

    /// The fields the condition reads.
    public var fields: [String] {
        switch self {
        case .compare(let f, _, _), .isSet(let f): [f]
        case .and(let l, let r), .or(let l, let r): l.fields + r.fields
        case .not(let c): c.fields
        }
    }

    /// Nesting depth (a comparison has depth 1).
    public var depth: Int {
        switch self {
        case .compare, .isSet: 1
        case .and(let l, let r), .or(let l, let r): 1 + max(l.depth, r.depth)
        case .not(let c): 1 + c.depth
        }
    }
}

public enum ComparisonOp: String, Hashable, Sendable, Codable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A typed constant in a condition. `value` is canonical text: numbers as written
/// (`2.5`), dates `YYYY-MM-DD`, datetimes `YYYY-MM-DDTHH:MM`, yesno `yes`/`no`, choice values.
public struct Literal: Hashable, Sendable, Codable {
    public var type: FieldType.Kind
    public var value: String

    public init(type: FieldType.Kind, value: String) {
        self.type = type
        self.value = value
    }
}

extension Condition: CustomStringConvertible {
    /// Script-like text, fully parenthesised where precedence would be unclear.
    public var description: String {
        switch self {
        case .compare(let field, let op, let value):
            let shown: String
            switch value.type {
            case .number, .choice, .yesno: shown = value.value
            default: shown = "\"\(value.value)\""
            }
            return "\(field) \(op.rawValue) \(shown)"
        case .isSet(let field): return "\(field) is set"
        case .and(let l, let r): return "\(l.nested) and \(r.nested)"
        case .or(let l, let r): return "\(l.nested) or \(r.nested)"
        case .not(let c): return "not \(c.nested)"
        }
    }

    private var nested: String {
        switch self {
        case .compare, .isSet, .not: description
        case .and, .or: "(\(description))"
        }
    }
}

extension Condition: Codable {
    private enum Key: String, CodingKey {
        case op, field, value, left, right, operand
    }

    /// JSON: `{"op": "==", "field": "interest", "value": {"type": "choice", "value": "low"}}`,
    /// `{"op": "is-set", "field": ...}`, `{"op": "and"|"or", "left": ..., "right": ...}`,
    /// `{"op": "not", "operand": ...}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let op = try c.decode(String.self, forKey: .op)
        switch op {
        case "is-set": self = .isSet(field: try c.decode(String.self, forKey: .field))
        case "and":
            self = .and(try c.decode(Condition.self, forKey: .left), try c.decode(Condition.self, forKey: .right))
        case "or": self = .or(try c.decode(Condition.self, forKey: .left), try c.decode(Condition.self, forKey: .right))
        case "not": self = .not(try c.decode(Condition.self, forKey: .operand))
        default:
            guard let cmp = ComparisonOp(rawValue: op) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .op, in: c, debugDescription: "unknown condition operator '\(op)'")
            }
            self = .compare(
                field: try c.decode(String.self, forKey: .field), op: cmp,
                value: try c.decode(Literal.self, forKey: .value))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .compare(let field, let op, let value):
            try c.encode(op.rawValue, forKey: .op)
            try c.encode(field, forKey: .field)
            try c.encode(value, forKey: .value)
        case .isSet(let field):
            try c.encode("is-set", forKey: .op)
            try c.encode(field, forKey: .field)
        case .and(let l, let r):
            try c.encode("and", forKey: .op)
            try c.encode(l, forKey: .left)
            try c.encode(r, forKey: .right)
        case .or(let l, let r):
            try c.encode("or", forKey: .op)
            try c.encode(l, forKey: .left)
            try c.encode(r, forKey: .right)
        case .not(let inner):
            try c.encode("not", forKey: .op)
            try c.encode(inner, forKey: .operand)
        }
    }
}
