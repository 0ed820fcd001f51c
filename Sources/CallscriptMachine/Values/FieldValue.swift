import Foundation

/// A typed value of a contact or captured field, held in canonical text form (the form saved
/// sessions, audit entries and conditions use): numbers `2.5`, dates `2026-07-01`, datetimes
/// `2026-07-01T14:30`, yesno `yes`/`no`, phones in E.164, e-mail with a lower-case domain.
public struct FieldValue: Hashable, Sendable {
    public var kind: FieldType.Kind
    public var text: String

    /// Numbers are read in this locale; made once, since making a locale costs more than a step.
    public static let posix = Locale(identifier: "en_US_POSIX")

    public init(kind: FieldType.Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// Orders two values of the same field type; nil when they cannot be compared.
    /// Choices order as declared (`low < medium < high`), yesno as `no < yes`, text, e-mail
    /// and phone by their characters.
    public static func compare(_ a: FieldValue, _ b: FieldValue, type: FieldType) -> Int? {
        func order<T: Comparable>(_ x: T?, _ y: T?) -> Int? {
            guard let x, let y else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        }
        switch type.kind {
        case .number:
            if let x = Int(a.text), let y = Int(b.text) { return order(x, y) }
            return order(Decimal(string: a.text, locale: posix), Decimal(string: b.text, locale: posix))
        case .date: return order(CalendarDate(a.text), CalendarDate(b.text))
        case .datetime: return order(LocalDateTime(a.text), LocalDateTime(b.text))
        case .choice:
            let choices = type.choices ?? []
            return order(choices.firstIndex(of: a.text), choices.firstIndex(of: b.text))
        case .yesno: return order(a.text == "yes" ? 1 : 0, b.text == "yes" ? 1 : 0)
        case .text, .email, .phone: return order(a.text, b.text)
        }
    }
}

/// Why a value was refused; the agent sees `reason` and can enter the value again.
public struct ValueRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
