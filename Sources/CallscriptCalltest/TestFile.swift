import CallscriptDiagnostics
import CallscriptMachine
import CallscriptRuntime

/// A parsed `.calltest` file: which script it tests, the settings shared by its tests, and
/// the tests. See `Docs/testing-scripts.md` for the format.
public struct ScriptTestFile: Sendable {
    /// The test file's display path.
    public var path: String
    /// The script as written after `script`, relative to the test file's folder (or absolute).
    public var script: String
    /// Where `script "..."` was written.
    public var scriptRange: SourceRange
    /// Settings before the first `test`; each test may override them.
    public var settings: TestSettings
    public var tests: [ScriptTestCase]

    public init(path: String, script: String, scriptRange: SourceRange, settings: TestSettings, tests: [ScriptTestCase])
    {
        self.path = path
        self.script = script
        self.scriptRange = scriptRange
        self.settings = settings
        self.tests = tests
    }
}

/// The facts of a call that tests set rather than perform.
public struct TestSettings: Sendable, Hashable {
    /// `now "2026-09-14T10:00"`: the fixed wall-clock time (Europe/Amsterdam) of every record
    /// and the day dated rules are checked on; nil = the moment the run started.
    public var now: LocalDateTime?
    /// `agent "Sanne"`: the name read for `{agent}`.
    public var agent: String?
    /// `phone "+31 6 1234 5678"`.
    public var phone: String?
    /// `contact NAME = VALUE`, by field name, with where each was written.
    public var contact: [String: SettingValue]
    /// `gates on`: check the pre-call gates (off by default).
    public var gates: Bool?
    /// `given objection`, `given consent "purpose"`, `given callback "..."`: records already in
    /// the data folder before the call.
    public var given: [GivenRecord]

    public init(
        now: LocalDateTime? = nil, agent: String? = nil, phone: String? = nil, contact: [String: SettingValue] = [:],
        gates: Bool? = nil, given: [GivenRecord] = []
    ) {
        self.now = now
        self.agent = agent
        self.phone = phone
        self.contact = contact
        self.gates = gates
        self.given = given
    }

    /// These settings with `other`'s set values on top (a test's settings over the file's).
    public func overridden(by other: TestSettings) -> TestSettings {
        var out = self
        out.now = other.now ?? now
        out.agent = other.agent ?? agent
        out.phone = other.phone ?? phone
        out.contact.merge(other.contact) { _, new in new }
        out.gates = other.gates ?? gates
        out.given += other.given
        return out
    }
}

/// A value written in a test file, with its location for messages.
public struct SettingValue: Sendable, Hashable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A record put in the temporary data folder before the call (for tests with `gates on`).
public enum GivenRecord: Sendable, Hashable {
    case objection
    case consent(purpose: String)
    case callback(at: LocalDateTime)
}

/// One `test "name"` block.
public struct ScriptTestCase: Sendable {
    public var name: String
    /// The `test "name"` line.
    public var range: SourceRange
    public var settings: TestSettings
    public var steps: [TestStep]
    /// `from "checkpoint"`: the test continues the call of another test where that test set
    /// the checkpoint; nil for a test that starts its own call.
    public var from: TestOrigin?

    public init(
        name: String, range: SourceRange, settings: TestSettings = TestSettings(), steps: [TestStep] = [],
        from: TestOrigin? = nil
    ) {
        self.name = name
        self.range = range
        self.settings = settings
        self.steps = steps
        self.from = from
    }
}

/// Where a continuing test starts: the checkpoint it names, and (once the file is read) the
/// test and step that set it.
public struct TestOrigin: Sendable, Hashable {
    /// The checkpoint's name, as written after `from`.
    public var checkpoint: String
    /// The `from` line.
    public var range: SourceRange
    /// The test that sets the checkpoint (its position in the file's tests).
    public var test: Int
    /// The checkpoint's step in that test.
    public var step: Int

    public init(checkpoint: String, range: SourceRange, test: Int = -1, step: Int = -1) {
        self.checkpoint = checkpoint
        self.range = range
        self.test = test
        self.step = step
    }
}

/// One line of a test: something the agent does, or something that must be true.
public struct TestStep: Sendable, Hashable {
    public var action: TestAction
    /// The whole line's meaningful text, for failure messages.
    public var range: SourceRange
    /// The line as written, without the comment.
    public var text: String

    public init(_ action: TestAction, range: SourceRange, text: String) {
        self.action = action
        self.range = range
        self.text = text
    }
}

/// What a step does or checks.
public enum TestAction: Sendable, Hashable {
    case `continue`
    case answer(AnswerChoice)
    case capture(field: String, value: String)
    case event(CallEvent)
    case expect(Expectation)
    /// `checkpoint "name"`: names the call as it stands here, for tests that continue it
    /// (`from "name"`). Changes nothing in the call.
    case checkpoint(String)
}

/// A line role a test can name: `expect pitch "..."`.
public enum ExpectedRole: String, Sendable, Hashable, CaseIterable {
    case identify, pitch, optout, disclose, question, capture, transfer
}

/// Something that must hold at this point of the call (reading on through lines if needed),
/// or, for the negative forms, must not have happened so far.
public enum Expectation: Sendable, Hashable {
    /// `expect line offer.1`: the screen shows this state.
    case line(String)
    /// `expect step offer`: the screen shows a state of this step.
    case step(String)
    /// `expect say "..."`: a shown text contains this (placeholders filled); with a role, the
    /// shown state also has that role.
    case text(String, role: ExpectedRole?)
    /// `expect pitch`: a line of this role is shown.
    case role(ExpectedRole)
    /// `expect refused "fragment"`: the previous capture was refused.
    case refused(String?)
    case outcome(Outcome.Kind, callbackAt: LocalDateTime?)
    /// `expect consent "purpose"`: the consent register holds it for this person.
    case consent(String)
    /// `expect objection recorded`: the objection list holds the person's number.
    case objectionRecorded
    /// `expect callback "2026-12-01T10:00"`: the callback list holds it (any time when nil).
    case callback(LocalDateTime?)
    /// `expect call refused "NL-GATE-HOURS"`: the gates refused the call (needs `gates on`).
    case callRefused(String?)
    /// `expect no ...`: the thing has not happened so far in this call.
    case never(Negative)
}

/// The negative expectations: checked over everything so far, without reading on.
public enum Negative: Sendable, Hashable {
    case line(String)
    case step(String)
    case role(ExpectedRole)
    /// Any consent when nil.
    case consent(String?)
    case objection
    case callback
}
