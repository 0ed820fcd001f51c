import CallscriptDiagnostics

/// Report metadata for the rules of the policies this build ships. The wording follows the
/// rules table in `Docs/compliance.md`; the IDs are part of the product and never change.
public enum PolicyRules {
    /// The rules of `nl-telemarketing`, the default policy.
    public static let nlTelemarketing: [RuleDescriptor] = [
        rule(
            "NL-IDENTIFY-FIRST", "IdentifyFirst", "identify first",
            "The first spoken statement on every path from `start` is `identify`.",
            "Start the first step with an `identify` line before anything else is said."),
        rule(
            "NL-IDENTIFY-CONTENT", "IdentifyContent", "identification names company and principal",
            "Every `identify` names the company and, when a principal is declared, the principal.",
            "Use `{company}` (and `{principal}`) or their literal names in every `identify` line."),
        rule(
            "NL-CONVENIENT", "AskConvenient", "ask whether the call is convenient",
            "On every path from `start`, `ask convenient` comes after `identify` and before any pitch, other question, capture or consent question.",
            "Add `ask convenient \"Komt het u nu gelegen?\" { ... }` right after the identification."),
        rule(
            "NL-RESPECT-NOT-CONVENIENT", "RespectNotConvenient", "respect a not-convenient answer",
            "From a `no` or `later` answer of `ask convenient`, no pitch and no consent question is reachable.",
            "Send `no` and `later` answers to a closing or callback step that does not pitch."),
        rule(
            "NL-OPTOUT-AT-END", "OptoutAtEnd", "opt-out notice at the end",
            "Every agent-ended path that spoke anything passes an `optout` (or ends in `transfer optout`) after its last pitch.",
            "Add an `optout` line to the closing step that this conversation reaches."),
        rule(
            "NL-OBJECTION", "ObjectionHandler", "objection handler",
            "An `on objection` handler exists; every path through it records the objection, has no pitch or consent question, and is agent-ended.",
            "Add `on objection { record objection ... }` that ends the call without pitching."),
        rule(
            "NL-VOICEMAIL", "VoicemailHandler", "voicemail handler",
            "An `on voicemail` handler exists and hangs up without saying anything.",
            "Add `on voicemail { hangup }`."),
        rule(
            "NL-CALLER-ID", "CallerID", "valid caller ID",
            "`caller-id` is a valid, dialable number with a country code, never hidden or anonymous.",
            "Write the number in international form, e.g. `caller-id \"+31 20 555 0199\"`."),
        rule(
            "NL-CUSTOMER-TERM", "CustomerTerm", "customer term at most 36 months",
            "`audience customers N months` has N at most 36.",
            "Lower the customer term to 36 months or less."),
        rule(
            "NL-CUSTOMER-EXCEPTION", "CustomerException", "customer exception only for charity, lottery and press",
            "From 2026-07-01 the customer exception applies only to charity, lottery and press; other sectors need `audience opt-in`.",
            "Use `audience opt-in` for this sector."),
        rule(
            "NL-COMPLAINT", "ComplaintHandler", "complaint handler", "An `on complaint` handler exists.",
            "Add an `on complaint { ... }` handler.", severity: .warning),
        rule(
            "NL-MINOR", "MinorHandler", "minor handler",
            "An `on minor` handler exists, has no pitch or consent question, and is agent-ended.",
            "Add `on minor { say \"...\" end }`.", severity: .warning),
    ]

    private static func rule(
        _ id: String, _ name: String, _ short: String, _ full: String, _ help: String, severity: Severity = .error
    ) -> RuleDescriptor {
        let uri = RuleDescriptor.documentationURI(for: id)
        return RuleDescriptor(
            id: id, name: name, shortDescription: short, fullDescription: full,
            helpText: "\(full) \(help) See \(uri)",
            helpMarkdown: "\(full)\n\n**How to fix:** \(help)\n\nSee [\(id)](\(uri)).",
            helpURI: uri, defaultSeverity: severity)
    }
}
