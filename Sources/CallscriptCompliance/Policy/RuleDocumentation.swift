/// What `callscript explain RULE-ID` prints and `Docs/compliance.md` holds for a rule.
public struct RuleDocumentation: Hashable, Sendable {
    /// One line: what the rule is about.
    public var title: String
    /// What the rule requires of a script, in the words of the rule table.
    public var requires: String
    /// Where the rule comes from in law or in a code of conduct.
    public var source: String
    /// Exactly what the checker proves (and what it does not).
    public var proves: String
    /// A script that breaks the rule (in the `.call` language), or nil for run-time gates.
    public var failingExample: String?
    /// The same script fixed, or nil for run-time gates.
    public var fixedExample: String?

    public init(
        title: String, requires: String, source: String, proves: String, failingExample: String? = nil,
        fixedExample: String? = nil
    ) {
        self.title = title
        self.requires = requires
        self.source = source
        self.proves = proves
        self.failingExample = failingExample
        self.fixedExample = fixedExample
    }
}
