import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptReports
import CallscriptTestSupport
import Foundation
import Testing

/// Certificates are built from the policies generically: every rule of every shipped policy
/// appears, with the verdict the compiler's findings give it.
@Suite struct CertificateTests {
    static let day = CalendarDate(year: 2026, month: 11, day: 29)
    static let schema = RepositoryPaths.docs.appendingPathComponent("schemas/certificate.schema.json")

    static func certificate(_ source: String, on date: CalendarDate = day) throws -> (Certificate, CompileResult) {
        let result = Compiler.compile(source: source, path: "voorbeeld.call", options: CompileOptions(checkDate: date))
        let c = try #require(Certificate.make(result, mainScript: "campagne/voorbeeld.call", checkedOn: date))
        return (c, result)
    }

    /// Rules with documented examples, with their policy: the failing example breaks exactly its rule.
    static var documentedRules: [String] {
        // A policy that extends another repeats its rules; each rule is tested once.
        var seen: Set<String> = []
        return Policies.all.flatMap { p in p.rules.filter { $0.documentation.failingExample != nil }.map(\.id) }
            .filter { seen.insert($0).inserted }
    }

    static func rule(_ id: String) throws -> (Policy, Rule) {
        let policy = try #require(Policies.all.first { $0.rule(id) != nil })
        return (policy, try #require(policy.rule(id)))
    }

    @Test(arguments: documentedRules)
    func theFixedExampleIsProvenOnEveryRuleOfItsPolicy(_ id: String) throws {
        let (policy, rule) = try Self.rule(id)
        let (c, result) = try Self.certificate(try #require(rule.documentation.fixedExample))
        #expect(c.policy.id == policy.id)
        #expect(c.rules.map(\.id) == policy.rules.map(\.id) + policy.gates.map(\.id))
        #expect(c.rules.filter { $0.verdict == .proven }.count == policy.rules.count)
        #expect(c.rules.filter { $0.verdict == .enforcedAtRunTime }.count == policy.gates.count)
        #expect(c.verdict == "proven")
        #expect(c.digest == result.machine?.digest && c.digest.count == 64)
        #expect(c.checkedOn == "2026-11-29")
        #expect(c.compiler == "callscript \(Compiler.version)")
        #expect(c.sources.first?.path == "campagne/voorbeeld.call")
        for entry in c.rules {
            let docs = policy.rule(entry.id)?.documentation ?? policy.gates.first { $0.id == entry.id }?.documentation
            #expect(entry.proves == docs?.proves && entry.source == docs?.source && entry.title == docs?.title)
        }
    }

    @Test(arguments: documentedRules)
    func theFailingExampleBreaksItsRuleWithAConversation(_ id: String) throws {
        let (_, rule) = try Self.rule(id)
        let (c, _) = try Self.certificate(try #require(rule.documentation.failingExample))
        let entry = try #require(c.rules.first { $0.id == id })
        #expect(entry.verdict == (rule.severity == .error ? .broken : .warning))
        #expect(!entry.findings.isEmpty)
        #expect(c.verdict == (rule.severity == .error ? "broken" : "proven"))
        #expect(c.rules.filter { $0.id != id }.allSatisfy { $0.verdict == .proven || $0.verdict == .enforcedAtRunTime })
        if rule.check.isPathCheck, let finding = entry.findings.first, finding.entry != nil {
            #expect(!finding.conversation.isEmpty)
            #expect(finding.conversation.allSatisfy { !$0.statement.isEmpty })
        }
        let errors = try ExternalTool.schemaErrors(document: try c.encoded(), schema: Self.schema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    @Test func theCustomerExceptionIsDatedAndFollowsTheCheckDate() throws {
        let (_, rule) = try Self.rule("NL-CUSTOMER-EXCEPTION")
        let source = try #require(rule.documentation.failingExample)
        let before = try Self.certificate(source, on: CalendarDate(year: 2026, month: 6, day: 30)).0
        let after = try Self.certificate(source, on: Self.day).0
        #expect(before.rules.first { $0.id == rule.id }?.dated == true)
        #expect(before.rules.first { $0.id == rule.id }?.verdict == .proven)
        #expect(after.rules.first { $0.id == rule.id }?.verdict == .broken)
        #expect(before.checkedOn == "2026-06-30")
        #expect(before.rules.filter(\.dated).map(\.id) == ["NL-CUSTOMER-EXCEPTION"])
    }

    @Test func aRealCampaignValidatesAgainstTheSchema() throws {
        let path = RepositoryPaths.examples.appendingPathComponent("krant/abonnement.call").path
        let result = Compiler.compile(path: path, options: CompileOptions(checkDate: Self.day))
        let c = try #require(Certificate.make(result, mainScript: path, checkedOn: Self.day))
        #expect(c.script.campaign == "Terugwinactie Stichts Dagblad 2026")
        #expect(c.script.principal == "Uitgeverij Stichtse Media B.V.")
        #expect(c.script.audience == "customers 12 months")
        #expect(c.policy.version == Certificate.fingerprint(try #require(Policies.named("nl-telemarketing"))))
        let errors = try ExternalTool.schemaErrors(document: try c.encoded(), schema: Self.schema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    @Test func thePolicyVersionChangesWithAnyRuleText() throws {
        var policy = try #require(Policies.named("nl-telemarketing"))
        let before = Certificate.fingerprint(policy)
        policy.rules[0].documentation.proves += " "
        #expect(Certificate.fingerprint(policy) != before)
        #expect(before.count == 16)
    }

    @Test func theHTMLEscapesScriptTextAndShowsEveryRule() throws {
        let (_, rule) = try Self.rule("NL-OPTOUT-AT-END")
        let source = try #require(rule.documentation.failingExample)
            .replacingOccurrences(of: "script \"", with: "script \"<b>Tom & Jerry</b> ")
        let (c, _) = try Self.certificate(source)
        let html = CertificateHTML.render(c)
        #expect(html.contains("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"))
        #expect(!html.contains("<b>Tom"))
        #expect(html.contains("@page { size: A4"))
        for entry in c.rules { #expect(html.contains(">\(entry.id)<"), "\(entry.id)") }
        #expect(html.contains("Counterexample conversation"))
    }

    /// A warning silenced on its line shows on the certificate with the reason written there.
    @Test func silencedFindingsShowTheirReason() throws {
        let path = RepositoryPaths.examples.appendingPathComponent("noncompliant/NL-SALES-WORDING.call").path
        let result = Compiler.compile(path: path, options: CompileOptions(checkDate: Self.day))
        try #require(!result.silenced.isEmpty, "the example silences one finding")
        let c = try #require(Certificate.make(result, mainScript: path, checkedOn: Self.day))
        let entry = try #require(c.rules.first { $0.id == "NL-SALES-WORDING" })
        let reason = "vertelt wat een winnaar kreeg; het aanbod zelf volgt als pitch"
        #expect(entry.silenced.map(\.reason).contains(reason))
        #expect(entry.verdict == (entry.findings.isEmpty ? .silenced : .warning))
        #expect(CertificateHTML.render(c).contains("Reason given.</strong> \(reason)"))
        let errors = try ExternalTool.schemaErrors(document: try c.encoded(), schema: Self.schema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        // Only silenced: the rule reads "silenced", not "proven" and not "warning".
        let machine = try #require(result.machine)
        let policy = try #require(RuleVerdicts.policy(of: machine))
        let quiet = RuleVerdicts.outcomes(policy: policy, diagnostics: [], silenced: result.silenced)
        #expect(quiet.first { $0.id == "NL-SALES-WORDING" }?.verdict == .silenced)
    }
}
