import CallscriptCalltest
import CallscriptDiagnostics
import CallscriptTestSupport
import Foundation
import Testing

/// `contact legal_form = ...` in a script test reaches the basis gate of `audience business`.
@Suite struct BusinessAudienceTests {
    @Test func theBasisGateReadsTheLegalFormATestGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "callscript-biz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try String(
            contentsOf: RepositoryPaths.examples.appendingPathComponent("krant/abonnement.call"), encoding: .utf8
        )
        .replacingOccurrences(of: "audience customers 12 months", with: "audience business")
        try script.write(to: folder.appendingPathComponent("abonnement.call"), atomically: true, encoding: .utf8)
        let test = """
            script "abonnement.call"
            now "2026-10-13T11:00"
            agent "Ruud"
            contact voornaam = "Kees"
            contact vorig_pakket = weekend
            contact bezorggebied = ja

            test "een eenmanszaak niet"
              gates on
              contact legal_form = "eenmanszaak"
              expect call refused "NL-GATE-BASIS"

            test "een B.V. wel"
              gates on
              contact legal_form = "B.V."
              expect identify "Goedemiddag Kees, u spreekt met Ruud van Lezersservice Domstad B.V."

            test "zonder rechtsvorm niet"
              gates on
              expect identify "Goedemiddag Kees"

            """
        var suite = ScriptTestSuite(options: ScriptTestFixtures.options())
        let result = suite.run(source: SourceFile(path: folder.appendingPathComponent("b.calltest").path, text: test))
        #expect(result.diagnostics == [])
        #expect(result.results.map(\.passed) == [true, true, false])
        #expect(result.results.last?.failure?.actual?.contains("has no legal_form") == true, "\(result.results)")
    }
}
