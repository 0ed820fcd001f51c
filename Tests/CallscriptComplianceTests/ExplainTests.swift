import CallscriptCompliance
import CallscriptTestSupport
import Foundation
import Testing

@Suite("explain and docs")
struct ExplainTests {
    @Test func everyRuleIsExplainedWithSourceProofAndExamples() throws {
        for policy in Policies.all {
            for rule in policy.rules {
                let text = try #require(Explain.explain(rule.id))
                #expect(text.hasPrefix("\(rule.id): "))
                for heading in [
                    "Requires:", "Source:", "What the checker proves:", "Failing example:", "Fixed example:",
                ] {
                    #expect(text.contains(heading), "\(rule.id) lacks \(heading)")
                }
                let docs = rule.documentation
                #expect(docs.failingExample != docs.fixedExample, "\(rule.id)")
                #expect(docs.failingExample?.hasPrefix("script \"") == true)
                #expect(docs.fixedExample?.contains("policy \"us-tsr\"") == (policy.id == "us-tsr"))
            }
        }
        #expect(Explain.explain("nl-optout-at-end") != nil)
        #expect(Explain.explain("NL-GATE-HOURS")?.contains("checked at run time") == true)
        #expect(Explain.explain("NL-NOPE") == nil)
        #expect(Explain.unknownRuleMessage("NL-NOPE").contains("NL-OPTOUT-AT-END"))
    }

    @Test func ruleIDsAreUniqueAndListed() {
        let ids = Explain.ruleIDs
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("NL-CUSTOMER-EXCEPTION"))
        #expect(ids.contains("US-TSR-DISCLOSE-GOODS"))
    }

    /// Docs/compliance.md is rendered from the policies; re-record with CALLSCRIPT_RECORD=1.
    @Test func complianceDocsMatchThePolicies() throws {
        let url = RepositoryPaths.docs.appendingPathComponent("compliance.md")
        let expected = Explain.markdown()
        if ProcessInfo.processInfo.environment["CALLSCRIPT_RECORD"] != nil {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "Docs/compliance.md is stale: run the tests with CALLSCRIPT_RECORD=1")
        for id in Explain.ruleIDs { #expect(actual.contains("### \(id)\n")) }
    }
}
