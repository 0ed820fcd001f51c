import Testing

@testable import CallscriptCompliance

/// A rule's examples kept as the scripts they are written out from read, compare and hash as
/// the same examples kept as text, and setting one replaces the script.
@Suite struct RuleDocumentationTests {
    static func documentation(failing: String?, fixed: String?) -> RuleDocumentation {
        RuleDocumentation(
            title: "t", requires: "r", source: "s", proves: "p", failingExample: failing, fixedExample: fixed)
    }

    @Test func examplesFromScriptsReadAsTheirText() {
        let failing = ExampleScript.nlBase.replacing("on complaint", with: nil)
        let kept = RuleDocumentation(
            title: "t", requires: "r", source: "s", proves: "p", failing: failing, fixed: ExampleScript.nlBase)
        let written = Self.documentation(failing: failing.text, fixed: ExampleScript.nlBase.text)
        #expect(kept.failingExample == failing.text)
        #expect(kept.fixedExample == ExampleScript.nlBase.text)
        #expect(kept.failingExample != kept.fixedExample)
        #expect(kept == written)
        #expect(kept.hashValue == written.hashValue)
        #expect(kept != Self.documentation(failing: failing.text, fixed: nil))
    }

    @Test func settingAnExampleReplacesItsScript() {
        var kept = RuleDocumentation(
            title: "t", requires: "r", source: "s", proves: "p", failing: ExampleScript.nlBase,
            fixed: ExampleScript.nlBase)
        kept.failingExample = "script \"x\" {}\n"
        kept.fixedExample = nil
        #expect(kept.failingExample == "script \"x\" {}\n")
        #expect(kept.fixedExample == nil)
        #expect(kept == Self.documentation(failing: "script \"x\" {}\n", fixed: nil))
    }
}
