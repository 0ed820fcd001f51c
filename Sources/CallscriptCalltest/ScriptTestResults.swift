import CallscriptDiagnostics

/// Why a test failed: the line whose step or expectation did not hold, and what happened instead.
public struct TestFailure: Sendable, Hashable {
    /// The failing line of the test file.
    public var range: SourceRange
    /// One lower-case phrase: `expected outcome callback`.
    public var message: String
    public var expected: String?
    public var actual: String?
    /// How to fix the test, when there is an obvious way.
    public var help: String?
    /// The conversation so far, one entry per line shown, answer, capture, event or outcome.
    public var transcript: [String]

    public init(
        range: SourceRange, message: String, expected: String? = nil, actual: String? = nil, help: String? = nil,
        transcript: [String] = []
    ) {
        self.range = range
        self.message = message
        self.expected = expected
        self.actual = actual
        self.help = help
        self.transcript = transcript
    }
}

/// The result of one `test "name"` block.
public struct ScriptTestCaseResult: Sendable, Hashable {
    public var name: String
    /// The `test` line.
    public var range: SourceRange
    /// Nil when the test passed.
    public var failure: TestFailure?
    /// Wall-clock seconds, for JUnit only (never asserted on).
    public var seconds: Double
    /// Why the test did not run: it continues a test that did not reach the checkpoint.
    public var notRun: String?
    /// The records the call left (only with `ScriptTestOptions.keepRecords`).
    public var records: TestRecords?

    public var passed: Bool { failure == nil && notRun == nil }

    public init(
        name: String, range: SourceRange, failure: TestFailure?, seconds: Double = 0, notRun: String? = nil,
        records: TestRecords? = nil
    ) {
        self.name = name
        self.range = range
        self.failure = failure
        self.seconds = seconds
        self.notRun = notRun
        self.records = records
    }
}

/// Everything one test file produced.
public struct ScriptTestFileResult: Sendable {
    /// The test file's path as the user gave it.
    public var path: String
    /// The tested script's path as seen from the working folder; nil when the file names none.
    public var script: String?
    /// Problems that stop the file from running (malformed lines, unknown names, a script that
    /// does not compile), and warnings. Errors make the file count as failed.
    public var diagnostics: [Diagnostic]
    /// Source files for rendering the diagnostics (the test file, and the script's files).
    public var sources: [String: SourceFile]
    public var results: [ScriptTestCaseResult]
    /// What the file's tests covered of the script; nil when nothing ran.
    public var coverage: ScriptCoverage?

    public init(
        path: String, script: String?, diagnostics: [Diagnostic], sources: [String: SourceFile],
        results: [ScriptTestCaseResult] = [], coverage: ScriptCoverage? = nil
    ) {
        self.path = path
        self.script = script
        self.diagnostics = diagnostics
        self.sources = sources
        self.results = results
        self.coverage = coverage
    }

    /// The file could not run: it has an error diagnostic.
    public var isInvalid: Bool { diagnostics.contains { $0.severity == .error } }

    public var failedCount: Int { results.filter { $0.failure != nil }.count }
    /// Continuing tests that did not run because their origin did not reach the checkpoint.
    public var notRunCount: Int { results.filter { $0.notRun != nil }.count }
    public var passed: Bool { !isInvalid && results.allSatisfy(\.passed) }
}
