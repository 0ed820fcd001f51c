import CallscriptMachine

/// Whose clock the calling hours are read on.
public enum PolicyTimeZone: Hashable, Sendable {
    /// One IANA time zone for every call, e.g. `Europe/Amsterdam`.
    case fixed(String)
    /// The callee's local time zone (US TSR), which the runner takes from the contact.
    case callee
}

/// A check the runner makes before (or during) a call; documented with the policy.
public struct RuntimeGate: Hashable, Sendable {
    /// e.g. `NL-GATE-HOURS`.
    public var id: String
    public var documentation: RuleDocumentation

    public init(id: String, documentation: RuleDocumentation) {
        self.id = id
        self.documentation = documentation
    }
}
