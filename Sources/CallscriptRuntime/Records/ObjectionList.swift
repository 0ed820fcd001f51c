import Foundation

/// The organisation's objection list: one E.164 number per line. Appends are durable and
/// safe between concurrent runners; a number once written is never removed by the runtime.
public struct ObjectionList: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Adds the number and returns only after it is on disk.
    public func append(_ phone: String) throws(RuntimeError) {
        try LockedFile.appendLine(phone, to: path)
    }

    /// Every number on the list, normalised; unreadable lines are ignored (a cut-off last
    /// line from a crash never held a confirmed number).
    public func numbers() throws(RuntimeError) -> Set<String> {
        ObjectionList.numbers(in: try LockedFile.readAll(path))
    }

    /// The numbers in a whole list's bytes, as `numbers()` reads them.
    public static func numbers(in bytes: [UInt8]) -> Set<String> {
        var out: Set<String> = []
        for line in LockedFile.lines(bytes).lines {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            out.insert(PhoneNumber.normalize(text) ?? text)
        }
        return out
    }

    /// True when the number is on the list.
    public func contains(_ phone: String) throws(RuntimeError) -> Bool {
        try numbers().contains(PhoneNumber.normalize(phone) ?? phone)
    }
}
