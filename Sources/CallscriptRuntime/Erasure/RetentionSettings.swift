import Foundation

/// How long a retention period is: `90d`, `26w`, `18m`, `3y` (days, weeks, months, years).
public struct RetentionPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days = "d"
        case weeks = "w"
        case months = "m"
        case years = "y"
    }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The Dutch telemarketing customer term: a former customer may be called up to three
    /// years after the relationship ended, so nothing about a call is kept longer by default.
    public static let customerTerm = RetentionPeriod(amount: 3, unit: .years)

    /// Parses `90d`, `26w`, `18m`, `3y`; nil otherwise.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last, let unit = Unit(rawValue: String(last)),
            let amount = Int(trimmed.dropLast()), amount > 0, amount <= 100_000
        else { return nil }
        self.init(amount: amount, unit: unit)
    }

    public var description: String { "\(amount)\(unit.rawValue)" }

    /// Average length in days, only to compare periods (so `36m` equals `3y`).
    var averageDays: Double {
        switch unit {
        case .days: Double(amount)
        case .weeks: Double(amount) * 7
        case .months: Double(amount) * 365.25 / 12
        case .years: Double(amount) * 365.25
        }
    }

    public static func < (a: RetentionPeriod, b: RetentionPeriod) -> Bool { a.averageDays < b.averageDays - 1e-9 }

    /// The instant `self` before `now`, on the UTC calendar.
    public func cutoff(before now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        var c = DateComponents()
        switch unit {
        case .days: c.day = -amount
        case .weeks: c.day = -amount * 7
        case .months: c.month = -amount
        case .years: c.year = -amount
        }
        return calendar.date(byAdding: c, to: now) ?? .distantPast
    }
}

/// The data folder's `settings.json`: how long each kind of record is kept. Missing kinds
/// (and a missing file) take the customer term; a longer period is refused.
///
///     {"retention": {"answers": "1y", "sessions": "90d", "audit": "3y", "consents": "3y", "callbacks": "1y"}}
public struct RetentionSettings: Sendable, Hashable {
    /// What a period applies to.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Audit entries holding what the person said: `answer`, `capture`, `capture-refused`.
        case answers
        /// Saved session files (`sessions/*.json`).
        case sessions
        /// The content of every audit entry (the entry becomes a marker; the chain stays).
        case audit
        /// Consent register records.
        case consents
        /// Callback list records.
        case callbacks
    }

    public var periods: [Kind: RetentionPeriod]

    public init(periods: [Kind: RetentionPeriod] = [:]) { self.periods = periods }

    /// Every kind with the same period (`erase --older-than DURATION`).
    public static func uniform(_ period: RetentionPeriod) -> RetentionSettings {
        RetentionSettings(periods: Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0, period) }))
    }

    public func period(_ kind: Kind) -> RetentionPeriod { periods[kind] ?? .customerTerm }

    /// Reads `settings.json` in the data folder; a missing file means the defaults.
    public static func load(_ data: DataFolder) throws(RuntimeError) -> RetentionSettings {
        let path = data.settings.path
        guard FileManager.default.fileExists(atPath: path) else { return RetentionSettings() }
        return try parse(try LockedFile.readAll(path), file: path)
    }

    /// Parses the settings text; every problem names the key and how to fix it.
    public static func parse(_ bytes: [UInt8], file: String) throws(RuntimeError) -> RetentionSettings {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw .badSettings(path: file, problem: .notAnObject)
        }
        for key in object.keys.sorted() where key != "retention" {
            throw .badSettings(path: file, problem: .unknownSetting(key))
        }
        guard let retention = object["retention"] else { return RetentionSettings() }
        guard let table = retention as? [String: Any] else {
            throw .badSettings(path: file, problem: .retentionNotAnObject)
        }
        var periods: [Kind: RetentionPeriod] = [:]
        for (name, value) in table.sorted(by: { $0.key < $1.key }) {
            guard let kind = Kind(rawValue: name) else {
                throw .badSettings(path: file, problem: .unknownKind(name))
            }
            guard let text = value as? String, let period = RetentionPeriod(text) else {
                throw .badSettings(path: file, problem: .notAPeriod(kind: name))
            }
            guard period <= .customerTerm else {
                throw .badSettings(path: file, problem: .longerThanCustomerTerm(kind: name, period: period.description))
            }
            periods[kind] = period
        }
        return RetentionSettings(periods: periods)
    }
}
