/// What `callscript explain RULE-ID` prints and `Docs/compliance.md` holds for a rule.
///
/// The built-in rules' example scripts are kept as scripts (`ExampleScript`) and written out as
/// text when read: every run of `check` builds its policy's rules, and writing out every rule's
/// two examples was a tenth of `check` of a small script, for text only `explain` and the docs
/// show.
public struct RuleDocumentation: Hashable, Sendable {
    /// One line: what the rule is about.
    public var title: String
    /// What the rule requires of a script, in the words of the rule table.
    public var requires: String
    /// Where the rule comes from in law or in a code of conduct.
    public var source: String
    /// Exactly what the checker proves (and what it does not).
    public var proves: String
    // Each example is one of the two: a text, or the script it is written out from.
    private var failingText: String?
    private var failingScript: ExampleScript?
    private var fixedText: String?
    private var fixedScript: ExampleScript?

    /// A script that breaks the rule (in the `.call` language), or nil for run-time gates.
    public var failingExample: String? {
        get { failingScript?.text ?? failingText }
        set { (failingText, failingScript) = (newValue, nil) }
    }

    /// The same script fixed, or nil for run-time gates.
    public var fixedExample: String? {
        get { fixedScript?.text ?? fixedText }
        set { (fixedText, fixedScript) = (newValue, nil) }
    }

    public init(
        title: String, requires: String, source: String, proves: String, failingExample: String? = nil,
        fixedExample: String? = nil
    ) {
        self.title = title
        self.requires = requires
        self.source = source
        self.proves = proves
        self.failingText = failingExample
        self.fixedText = fixedExample
    }

    /// Documentation whose examples are written out from these scripts when they are read.
    init(title: String, requires: String, source: String, proves: String, failing: ExampleScript, fixed: ExampleScript)
    {
        self.title = title
        self.requires = requires
        self.source = source
        self.proves = proves
        self.failingScript = failing
        self.fixedScript = fixed
    }

    /// Equal when they read the same, however their examples are kept.
    public static func == (a: RuleDocumentation, b: RuleDocumentation) -> Bool {
        a.title == b.title && a.requires == b.requires && a.source == b.source && a.proves == b.proves
            && a.failingExample == b.failingExample && a.fixedExample == b.fixedExample
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(requires)
        hasher.combine(source)
        hasher.combine(proves)
        hasher.combine(failingExample)
        hasher.combine(fixedExample)
    }
}
