import CallscriptTestSupport

/// The shared hand-built machine and conversation path.
typealias Fixtures = SampleFindings
