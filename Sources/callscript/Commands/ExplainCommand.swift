import CallscriptCompliance

/// `callscript explain RULE-ID | CODE`: what a compliance rule requires and what is proven, or
/// what a diagnostic code means.
struct ExplainCommand: Command {
    let name = "explain"
    let summary = "Explain a compliance rule (what it requires, its source, what is proven) or a diagnostic code."
    let usage = "callscript explain RULE-ID | CODE | --list"
    let discussion = """
        RULE-ID is a rule or run-time gate of a shipped policy, such as NL-OPTOUT-AT-END (case
        does not matter). The same text for every rule is in Docs/compliance.md. CODE is a
        diagnostic code such as CS0140 or RT0201, documented in Docs/diagnostics.md.
        """
    let options: [OptionSpec] = [.flag("--list", help: "List every rule and gate ID with its title.")]

    func run(_ args: Arguments, _ console: Console) throws -> Int32 {
        if args.has("--list") {
            let width = (Explain.entries.map(\.id.count).max() ?? 0) + 2
            for e in Explain.entries {
                console.out(
                    e.id + String(repeating: " ", count: width - e.id.count)
                        + "\(e.policy.id): \(e.documentation.title)\n")
            }
            return ExitCode.ok
        }
        guard args.positionals.count == 1, let id = args.positionals.first else {
            throw UsageError(message: "explain takes one rule ID, e.g. `callscript explain NL-OPTOUT-AT-END`")
        }
        guard let text = Explain.explain(id) ?? ExplainCode.explain(id) else {
            if ExplainCode.looksLikeCode(id) {
                console.error("unknown diagnostic code '\(id)'; the codes are listed in Docs/diagnostics.md")
                return ExitCode.usage
            }
            console.error(Explain.unknownRuleMessage(id))
            return ExitCode.usage
        }
        console.out(text)
        return ExitCode.ok
    }
}
