import CallscriptDiagnostics
import CallscriptReports
import CallscriptTestSupport
import Foundation
import Testing

/// `check --format sarif`: the log code scanning reads.
@Suite struct SARIFReportTests {
    let report = SARIFReport(toolVersion: "0.1.0", rules: Fixtures.rules)

    func json(_ diagnostics: [Diagnostic]) throws -> [String: Any] {
        let data = try report.encoded(diagnostics)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func validatesAgainstTheSARIFSchema() throws {
        let schema = RepositoryPaths.shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json")
        try #require(
            FileManager.default.fileExists(atPath: schema.path),
            "SARIF schema not found at ../shared/schemas/sarif-schema-2.1.0.json (relative to the repository)")
        for diagnostics in [Fixtures.all, []] {
            let errors = try ExternalTool.schemaErrors(document: try report.encoded(diagnostics), schema: schema)
            #expect(errors.isEmpty, "SARIF does not match the schema:\n\(errors.joined(separator: "\n"))")
        }
    }

    /// Runner errors point at a file without a position, or at nothing (a refused call).
    @Test func fileOnlyAndPositionlessDiagnosticsAreValidSARIF() throws {
        let contact = DiagnosticCode("RT0102", "contact file cannot be read")
        let refused = DiagnosticCode("RT0201", "call refused by a pre-call gate")
        let diagnostics = [
            Diagnostic(
                contact, "cannot read the contact file: it is a folder, not a file", at: .file("contacts"),
                help: "pass a file inside the folder"),
            Diagnostic(refused, "call refused by NL-GATE-HOURS: Sunday", at: .file("")),
        ]
        let runtime = SARIFReport(toolVersion: "0.1.0", rules: RuleCatalog(codes: [contact, refused]))
        let results = runtime.log(for: diagnostics).runs[0].results
        #expect(results[0].locations.map(\.physicalLocation.artifactLocation.uri) == ["contacts"])
        #expect(results[0].locations.first?.physicalLocation.region == nil)
        #expect(results[1].locations.isEmpty)
        #expect(
            runtime.log(for: diagnostics).runs[0].tool.driver.rules.map(\.defaultConfiguration.level) == [
                "error", "error",
            ])
        let schema = RepositoryPaths.shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json")
        if FileManager.default.fileExists(atPath: schema.path) {
            let errors = try ExternalTool.schemaErrors(document: try runtime.encoded(diagnostics), schema: schema)
            #expect(errors.isEmpty, "SARIF does not match the schema:\n\(errors.joined(separator: "\n"))")
        }
    }

    @Test func driverListsEachRuleWithItsDocumentation() throws {
        let log = report.log(for: Fixtures.all)
        let driver = log.runs[0].tool.driver
        #expect(log.version == "2.1.0")
        #expect(driver.name == "callscript")
        #expect(driver.version == "0.1.0")
        #expect(driver.informationUri == "https://github.com/callscript/callscript")
        #expect(driver.rules.map(\.id) == ["CS0140", "CS0201", "CS0999", "NL-OPTOUT-AT-END"])
        let optout = try #require(driver.rules.first { $0.id == "NL-OPTOUT-AT-END" })
        #expect(
            optout.helpUri == "https://github.com/callscript/callscript/blob/main/Docs/compliance.md#nl-optout-at-end")
        #expect(optout.name == "OptoutAtEnd")
        #expect(optout.defaultConfiguration.level == "error")
        #expect(optout.help.markdown?.contains("[NL-OPTOUT-AT-END](") == true)
        #expect(!optout.fullDescription.text.isEmpty)
        let unknown = try #require(driver.rules.first { $0.id == "CS0140" })
        #expect(unknown.helpUri.hasSuffix("Docs/diagnostics.md#cs0140"))
        #expect(unknown.shortDescription.text == "unknown step")
        #expect(unknown.name == "UnknownStep")
        let warning = try #require(driver.rules.first { $0.id == "CS0201" })
        #expect(warning.defaultConfiguration.level == "warning")
        // A code no provider describes still gets a rule, so every result has one.
        #expect(driver.rules.contains { $0.id == "CS0999" && $0.defaultConfiguration.level == "note" })
    }

    @Test func resultsPointAtTheirRuleAndRange() throws {
        let run = report.log(for: Fixtures.all).runs[0]
        #expect(run.columnKind == "unicodeCodePoints")
        for result in run.results { #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId) }
        let r = run.results[0]
        #expect(r.ruleId == "CS0140")
        #expect(r.level == "error")
        #expect(r.message.text == "unknown step 'ofer'\nhelp: did you mean 'offer'?")
        let loc = r.locations[0].physicalLocation
        #expect(loc.artifactLocation.uri == "winback.call")
        #expect(loc.artifactLocation.uriBaseId == "SRCROOT")
        #expect(loc.region == SARIF.Region(startLine: 5, startColumn: 17, endLine: 5, endColumn: 21))
        #expect(r.relatedLocations?.first?.id == 0)
        #expect(r.relatedLocations?.first?.message?.text == "step 'offer' declared here")
        #expect(run.results.map(\.level) == ["error", "error", "warning", "note"])
        // A whole-file finding names only the line, which viewers show as the line.
        let note = run.results[3].locations[0].physicalLocation
        #expect(note.region == SARIF.Region(startLine: 1, startColumn: 1, endLine: nil, endColumn: nil))
        #expect(note.artifactLocation.uri == "gedeeld/slot.call")
    }

    @Test func counterexampleIsACodeFlowWithOneLocationPerStep() throws {
        let r = report.log(for: [Fixtures.optoutFinding]).runs[0].results[0]
        let flow = try #require(r.codeFlows?.first)
        #expect(flow.message.text.contains("intro.1 → intro.2: \"Ja\" → offer.1"))
        let steps = try #require(flow.threadFlows.first?.locations)
        #expect(steps.count == Fixtures.path.steps.count)
        #expect(steps.map { $0.state?["state"]?.text } == Fixtures.path.steps.map(\.state))
        #expect(steps[1].state?["choice"]?.text == "\"Ja\"")
        #expect(steps[1].location.message?.text == "step 2: intro.2 (\"Ja\")")
        #expect(steps.map(\.executionOrder) == Array(1...7))
        #expect(steps[5].location.physicalLocation.region?.startLine == 31)
        #expect(r.relatedLocations?.map(\.id) == Array(0..<7).map { Optional($0) })
        #expect(r.message.text.contains("\nconversation: intro.1 → intro.2: \"Ja\""))
    }

    @Test func fixItsBecomeFixes() throws {
        let r = report.log(for: [Fixtures.unknownStep]).runs[0].results[0]
        let fix = try #require(r.fixes?.first)
        #expect(fix.description.text == "replace 'ofer' with 'offer'")
        let change = try #require(fix.artifactChanges.first)
        #expect(change.artifactLocation.uri == "winback.call")
        #expect(change.replacements.first?.insertedContent.text == "offer")
        #expect(
            change.replacements.first?.deletedRegion
                == SARIF.Region(startLine: 5, startColumn: 17, endLine: 5, endColumn: 21))
    }

    @Test func fingerprintsSurviveMovedLinesButNotADifferentFinding() throws {
        func fingerprints(_ ds: [Diagnostic]) -> [String] {
            report.log(for: ds).runs[0].results.map { $0.partialFingerprints[SARIFReport.fingerprintKey] ?? "" }
        }
        func moved(_ d: Diagnostic, by lines: Int) -> Diagnostic {
            var d = d
            d.range.start.line += lines
            d.range.end.line += lines
            d.range.start.offset += 200
            d.range.end.offset += 200
            d.related = d.related.map { r in
                var r = r
                r.range.start.line += lines
                return r
            }
            return d
        }
        let before = fingerprints(Fixtures.all)
        #expect(before.allSatisfy { $0.count == 64 })
        #expect(Set(before).count == before.count)
        #expect(fingerprints(Fixtures.all.map { moved($0, by: 7) }) == before)

        var otherPath = Fixtures.optoutFinding
        otherPath.path?.steps[1].choice = "\"Nee\""
        #expect(fingerprints([otherPath]) != fingerprints([Fixtures.optoutFinding]))
        var otherFile = Fixtures.unknownStep
        otherFile.range.file = "andere.call"
        #expect(fingerprints([otherFile]) != fingerprints([Fixtures.unknownStep]))
        // Two identical findings in one file are still two findings.
        let twice = fingerprints([Fixtures.unreachable, moved(Fixtures.unreachable, by: 3)])
        #expect(twice[0] != twice[1])
    }

    @Test func pathsBecomeURIReferences() {
        let d = Diagnostic(
            code: "CS0140", severity: .error, message: "m", range: Fixtures.at(1, 1, file: "map met spatie/één.call"))
        let uri = report.log(for: [d]).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri
        #expect(uri == "map%20met%20spatie/%C3%A9%C3%A9n.call")
    }

    @Test func outputIsDeterministic() throws {
        #expect(try report.encoded(Fixtures.all) == report.encoded(Fixtures.all))
        let text = String(decoding: try report.encoded(Fixtures.all), as: UTF8.self)
        #expect(text.contains("\"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\""))
    }
}
