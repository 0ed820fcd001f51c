import CallscriptDiagnostics
import CallscriptMachine

extension USTSR {
    /// English sales wording; policy data like the Dutch list.
    public static let salesPatterns: [String] = [
        // Not "sale" or "sell": the purpose disclosure must say the call is to sell.
        "$", "€", "£", "%", "# dollar*", "# usd", "usd #", "# percent", "# cents",
        "discount*", "special offer*", "limited offer*", "limited time", "free", "for free", "order now",
        "order today", "buy now", "only today", "today only", "for only", "deal", "deals", "bargain*", "save",
        "savings", "risk-free", "trial offer*",
    ]

    public static let salesWording = Rule(
        id: "US-TSR-SALES-WORDING", severity: .warning,
        check: .salesWording(SalesWordingRule(roles: SalesWordingRule.standardRoles, patterns: salesPatterns)),
        documentation: RuleDocumentation(
            title: "no sales talk outside a pitch",
            requires: """
                No `say`, `identify`, `disclose` or `ask convenient` uses sales wording: amounts of money ($, €, \
                20 dollars), percentages, or words like discount, special offer, free, order now. The sales \
                presentation is written as `pitch`, so the disclosure rules see what comes before it.
                """,
            source: """
                Project policy on top of 16 CFR 310.4(d): the disclosures must come before any sales \
                presentation, and the proof of that rests on the sales presentation being written as `pitch`.
                """,
            proves: """
                The text of every `say`, `identify`, `disclose` and `ask convenient` statement (placeholders left \
                out) contains none of the policy's words and phrases, matched as for NL-SALES-WORDING. A \
                warning; one statement can be let through with `# callscript: allow sales-wording "reason"` on \
                the line before it.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent} calling for {company}."
                      say "Today only you save 20% on your energy bill."
                      disclose purpose "I am calling to sell you a new energy plan."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      pitch "You can lock in your current rate for twelve months."
                      -> goodbye
                    }
                    """
            ),
            fixed: base))
}
