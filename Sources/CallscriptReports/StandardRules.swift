import CallscriptCompiler
import CallscriptCompliance
import CallscriptDiagnostics
import CallscriptMachine
import CallscriptSyntax

extension RuleCatalog {
    /// Every rule a report can mention: the rules of every shipped policy (from the policies'
    /// own documentation, the same text `callscript explain` prints) and every language code.
    public static var standard: RuleCatalog {
        let languageCodes =
            DiagnosticCode.allSyntaxCodes + DiagnosticCode.allCompilerCodes
            + DiagnosticCode.allMachineCodes + DiagnosticCode.allComplianceCodes + DiagnosticCode.allLimitCodes
            + DiagnosticCode.allMachineLimitCodes
        return RuleCatalog(codes: languageCodes).merging(RuleCatalog(policyRules))
    }

    /// One descriptor per compliance rule of every shipped policy.
    static var policyRules: [RuleDescriptor] {
        Policies.all.flatMap { policy in
            policy.ownRules.map { rule in
                let doc = rule.documentation
                // `NL-OPTOUT-AT-END` -> `OptoutAtEnd`: the ID without its policy prefix.
                let words = rule.id.split(separator: "-").dropFirst().joined(separator: " ").lowercased()
                return RuleDescriptor(
                    id: rule.id, name: RuleDescriptor.pascalCase(words), shortDescription: doc.title,
                    fullDescription: doc.requires,
                    helpText: "\(doc.requires) Source: \(doc.source) Run `callscript explain \(rule.id)` for examples.",
                    helpMarkdown: """
                        \(doc.requires)

                        **Source.** \(doc.source)

                        **What callscript proves.** \(doc.proves)

                        See [\(rule.id)](\(RuleDescriptor.documentationURI(for: rule.id))) or run `callscript explain \(rule.id)`.
                        """,
                    defaultSeverity: rule.severity)
            }
        }
    }
}
