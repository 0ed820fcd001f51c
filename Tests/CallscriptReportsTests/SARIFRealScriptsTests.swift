import CallscriptCompiler
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import CallscriptTestSupport
import Foundation
import Testing

/// The SARIF a real CI run uploads: every non-compliant example, compiled and verified.
@Suite struct SARIFRealScriptsTests {
    @Test func noncompliantExamplesGiveASchemaValidLogWithCodeFlows() throws {
        let folder = RepositoryPaths.examples.appendingPathComponent("noncompliant")
        let scripts = RepositoryPaths.files(in: folder, withExtension: "call")
        try #require(scripts.count >= 15)
        let options = CompileOptions(checkDate: CalendarDate(year: 2026, month: 11, day: 29))
        var diagnostics: [Diagnostic] = []
        for url in scripts {
            let main = "Examples/noncompliant/" + url.lastPathComponent
            diagnostics += Compiler.compile(path: url.path, options: options).diagnostics.map {
                ArtifactPaths.rebase($0, mainScript: main)
            }
        }
        let data = try SARIFReport(toolVersion: Compiler.version, rules: RuleCatalog.standard).encoded(diagnostics)
        let schema = RepositoryPaths.shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json")
        let errors = try ExternalTool.schemaErrors(document: data, schema: schema)
        #expect(errors.isEmpty, "SARIF does not match the schema:\n\(errors.joined(separator: "\n"))")

        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == diagnostics.count)
        // Every rule ID that fired is described in the driver, with its documentation link.
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = Set(((driver["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        for d in diagnostics { #expect(ruleIDs.contains(d.code), "\(d.code) has no rule metadata") }
        // Path findings carry their conversation as a code flow.
        let withFlows = results.filter { ($0["codeFlows"] as? [Any])?.isEmpty == false }
        #expect(withFlows.count == diagnostics.filter { $0.path != nil }.count)
        #expect(withFlows.count >= 6)
    }
}
