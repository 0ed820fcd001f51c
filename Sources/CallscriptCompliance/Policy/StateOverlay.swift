import CallscriptMachine

/// Stricter rules a US state adds to a callee-time-zone policy, as data: its own calling hours
/// and a limit on calls per number. It applies when the contact's `state` says so or when the
/// number's area code is one of the state's (the state laws presume the callee lives there).
public struct StateOverlay: Hashable, Sendable, Codable {
    /// The two-letter postal code, e.g. `FL`.
    public var state: String
    /// e.g. `Florida`.
    public var name: String
    /// The area codes presumed to be in the state.
    public var areaCodes: Set<String>
    /// Hours read on the callee's clock, on top of the policy's (both must allow the call).
    public var callingHours: CallingHours?
    public var attemptLimit: AttemptLimit?
    /// The statute, with the date its source was read.
    public var source: String

    public init(
        state: String, name: String, areaCodes: Set<String>, callingHours: CallingHours? = nil,
        attemptLimit: AttemptLimit? = nil, source: String
    ) {
        self.state = state
        self.name = name
        self.areaCodes = areaCodes
        self.callingHours = callingHours
        self.attemptLimit = attemptLimit
        self.source = source
    }
}

/// At most `calls` calls to one number within `hours` hours.
public struct AttemptLimit: Hashable, Sendable, Codable {
    public var calls: Int
    public var hours: Int

    public init(calls: Int, hours: Int) {
        self.calls = calls
        self.hours = hours
    }
}
