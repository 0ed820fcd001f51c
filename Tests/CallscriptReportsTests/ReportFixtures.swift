import CallscriptDiagnostics
import CallscriptReports
import CallscriptTestSupport

/// The shared sample findings, plus the rule catalogue the reports describe them with.
typealias Fixtures = SampleFindings

extension SampleFindings {
    static let rules = RuleCatalog(codes: [
        DiagnosticCode("CS0140", "unknown step"), DiagnosticCode("CS0201", "unreachable step", severity: .warning),
    ]).merging(RuleCatalog.standard)
}
