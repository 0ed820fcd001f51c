import CallscriptCompiler
import CallscriptDiagnostics
import Testing

/// `purpose` on fields: carried into the machine, required on captures under nl policies.
@Suite struct PurposeTests {
    private func script(_ fields: String, policy: String = "nl-telemarketing") -> String {
        """
        script "Test" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          policy "\(policy)"
          sector energy
          audience opt-in
        }
        \(fields)
        start intro
        step intro {
          capture emailadres "Naar welk e-mailadres mag ik het aanbod sturen?"
          end
        }

        """
    }

    @Test func theMachineCarriesThePurpose() throws {
        let result = compileText(
            script(
                "contact voornaam: text purpose \"aanspreken\"\ncapture emailadres: email purpose \"het aanbod sturen\""
            ))
        #expect(codes(result).isEmpty, "\(result.diagnostics.map(\.message))")
        let fields = try #require(result.machine?.fields)
        #expect(fields.map(\.purpose) == ["aanspreken", "het aanbod sturen"])
    }

    @Test func aCaptureWithoutPurposeWarnsUnderDutchPolicies() throws {
        let result = compileText(script("capture emailadres: email"))
        let warning = try #require(result.diagnostics.first { $0.code == "CS0179" })
        #expect(warning.severity == .warning)
        #expect(warning.message == "capture 'emailadres' has no purpose")
        #expect(warning.range.start.line == 8)
        #expect(warning.fixIts.first?.edits.first?.replacement == " purpose \"\"")
        #expect(result.machine != nil)
        // A contact field needs none.
        #expect(
            !codes(compileText(script("contact voornaam: text\ncapture emailadres: email purpose \"x\""))).contains(
                "CS0179"))
    }

    @Test func otherPoliciesDoNotRequireIt() {
        #expect(!codes(compileText(script("capture emailadres: email", policy: "us-tsr"))).contains("CS0179"))
    }

    @Test func aPurposeMustBeRealText() {
        let empty = compileText(script("capture emailadres: email purpose \" \""))
        #expect(empty.diagnostics.map(\.message).contains("the purpose of 'emailadres' is empty"))
        let placeholder = compileText(script("capture emailadres: email purpose \"mailen aan {company}\""))
        #expect(placeholder.diagnostics.contains { $0.code == "CS0124" && $0.severity == .error })
    }
}
