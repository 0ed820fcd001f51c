import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import Foundation
import Testing

/// `# callscript: allow sales-wording "reason"`: one statement's wording warning let through,
/// kept with its reason on the compile result.
@Suite struct AllowDirectiveTests {
    static let identify = "  identify \"Goedemiddag, u spreekt met {agent} van {company}.\"\n"

    /// A compliant script with `lines` after the identification.
    static func script(_ lines: String) throws -> String {
        let base = try #require(NLTelemarketing.salesWording.documentation.fixedExample)
        #expect(base.contains(identify))
        return base.replacingOccurrences(of: identify, with: identify + lines)
    }

    static func compile(_ text: String) -> CompileResult {
        Compiler.compile(source: text, options: CompileOptions(checkDate: testDate, seal: false))
    }

    @Test func salesWordingInASayIsAWarning() throws {
        let result = Self.compile(try Self.script("  say \"Bestel vandaag nog drie loten voor maar 30 euro!\"\n"))
        let found = result.diagnostics.filter { $0.code == "NL-SALES-WORDING" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "'say' sounds like selling: 'Bestel', 'voor maar', '30 euro'")
        #expect(result.silenced.isEmpty)
        #expect(!result.hasErrors)
    }

    @Test func directiveLetsTheNextStatementThroughWithItsReason() throws {
        let result = Self.compile(
            try Self.script(
                """
                  # callscript: allow sales-wording "noemt alleen de prijs van vorig jaar"

                  # (een gewone opmerking ertussen)
                  say "Vorig jaar kostte een lot 15 euro."
                  say "Nu met 20% korting."

                """))
        #expect(result.diagnostics.map(\.code) == ["NL-SALES-WORDING"], "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.first?.message.contains("20%") == true)
        let silenced = try #require(result.silenced.first)
        #expect(result.silenced.count == 1)
        #expect(silenced.reason == "noemt alleen de prijs van vorig jaar")
        #expect(silenced.finding.code == "NL-SALES-WORDING")
        #expect(silenced.finding.message.contains("15 euro"))
        #expect(silenced.directive.start.line + 3 == silenced.finding.range.start.line)
    }

    @Test func aDirectiveAtTheEndOfTheLineAppliesToThatLine() throws {
        let result = Self.compile(
            try Self.script(
                "  say \"Vorig jaar kostte een lot 15 euro.\"  # callscript: allow sales-wording \"prijs van vorig jaar\"\n"
                    + "  say \"Nu met 20% korting.\"\n"))
        #expect(result.diagnostics.map(\.code) == ["NL-SALES-WORDING"])
        #expect(result.diagnostics.first?.message.contains("20%") == true)
        #expect(result.silenced.map(\.reason) == ["prijs van vorig jaar"])
    }

    @Test func theFullRuleIDWorksToo() throws {
        let result = Self.compile(
            try Self.script(
                "  # callscript: allow NL-SALES-WORDING \"citaat uit de krant\"\n  say \"Gratis en voor niets.\"\n"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.silenced.map(\.reason) == ["citaat uit de krant"])
    }

    @Test(arguments: [
        ("# callscript: allow sales-wording", "needs a reason"),
        ("# callscript: allow sales-wording \"\"", "needs a reason"),
        ("# callscript: allow sales-wordin \"x\"", "did you mean 'sales-wording'?"),
        ("# callscript: allow optout-at-end \"x\"", "cannot be allowed"),
        ("# callscript: ignore sales-wording \"x\"", "unknown callscript directive 'ignore'"),
        ("# callscript: allow", "needs the rule"),
    ])
    func malformedDirectivesAreErrors(_ directive: String, _ expected: String) throws {
        let result = Self.compile(try Self.script("  \(directive)\n  say \"Goed dat ik u spreek.\"\n"))
        let errors = result.diagnostics.filter { $0.code == "CS0170" }
        #expect(errors.count == 1, "\(result.diagnostics.map(\.message))")
        let shown = (errors.first?.message ?? "") + " " + (errors.first?.help ?? "")
        #expect(shown.contains(expected), "\(shown)")
        #expect(result.machine == nil)
    }

    @Test func wordListMatchesWholeWordsPrefixesNumbersAndSigns() {
        let rule = SalesWordingRule(roles: [.say], patterns: NLTelemarketing.salesPatterns)
        #expect(rule.matches(in: "Bedankt voor uw gift van {bedrag} euro.").isEmpty)
        #expect(rule.matches(in: "U krijgt de aanbieding per e-mail.").isEmpty)
        #expect(rule.matches(in: "Wij bellen u niet meer over aanbiedingen.").isEmpty)
        #expect(rule.matches(in: "Dit is een actieve vereniging.").isEmpty)
        #expect(rule.matches(in: "Met uw kortingscode betaalt u €9,95 per maand.") == ["kortingscode", "€9,95"])
        #expect(rule.matches(in: "Nu 25% voordeliger.") == ["25%", "voordeliger"])
        #expect(rule.matches(in: "Dat is een aanbieding die u niet mag missen.") == ["een aanbieding"])
        #expect(rule.matches(in: "Voor maar 30,- per jaar.") == ["Voor maar"])
    }

    @Test func everyPolicyHasASalesWordingRule() {
        for policy in Policies.all {
            let rules = policy.rules.filter(\.check.isSilenceable)
            #expect(rules.count == 1, "\(policy.id)")
            #expect(rules.first?.severity == .warning)
            #expect(rules.first.map { SalesWordingRule.directiveName($0.id) } == "sales-wording")
        }
    }
}
