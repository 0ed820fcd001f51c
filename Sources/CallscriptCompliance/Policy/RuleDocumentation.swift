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
    private var failing: Example?
    private var fixed: Example?

    /// A script that breaks the rule (in the `.call` language), or nil for run-time gates.
    public var failingExample: String? {
        get { failing?.text }
        set { failing = newValue.map(Example.text) }
    }

    /// The same script fixed, or nil for run-time gates.
    public var fixedExample: String? {
        get { fixed?.text }
        set { fixed = newValue.map(Example.text) }
    }

    public init(
        title: String, requires: String, source: String, proves: String, failingExample: String? = nil,
        fixedExample: String? = nil
    ) {
        self.title = title
        self.requires = requires
        self.source = source
        self.proves = proves
        self.failing = failingExample.map(Example.text)
        self.fixed = fixedExample.map(Example.text)
    }

    /// Documentation whose examples are written out from these scripts when they are read.
    init(title: String, requires: String, source: String, proves: String, failing: ExampleScript, fixed: ExampleScript)
    {
        self.title = title
        self.requires = requires
        self.source = source
        self.proves = proves
        self.failing = .script(failing)
        self.fixed = .script(fixed)
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

    /// An example: its text, or the script it is written out from.
    private enum Example: Sendable {
        case text(String)
        case script(ExampleScript)

        var text: String {
            switch self {
            case .text(let text): text
            case .script(let script): script.text
            }
        }
    }
}
