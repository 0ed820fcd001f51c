import CallscriptDiagnostics
import CallscriptMachine

/// The `us-tsr` rules beyond the three prompt disclosures: the prize-promotion disclosure of
/// 310.4(d)(4) and the caller-ID rule, which every shipped policy has.
extension USTSR {
    public static let disclosePrize = Rule(
        id: "US-TSR-DISCLOSE-PRIZE", severity: .error,
        check: .promotionDisclosure(topic: "prize", gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "in a prize promotion, say that no purchase is needed, before any pitch",
            requires: """
                A script that makes a prize promotion says so with `disclose prize "..."` (no purchase or payment \\
                is needed to win or take part, a purchase does not improve the chances, and how to enter without \\
                buying); on every path from `start` that disclosure comes before any `pitch`.
                """,
            source: """
                FTC Telemarketing Sales Rule, 16 CFR 310.4(d)(4) (checked 2026-12-01; unchanged by the 2024 \\
                amendments): in any prize promotion, disclose promptly that no purchase or payment is necessary to \\
                win or participate, that a purchase will not increase the chances of winning, and the \\
                no-purchase method of participating (https://www.law.cornell.edu/cfr/text/16/310.4).
                """,
            proves: """
                When the machine has a `disclose prize` statement (the script makes a prize promotion), on every \\
                path from `start` a `disclose prize` comes before the first `pitch`. A script without one is not \\
                checked: the checker cannot tell from a pitch's words that it promotes a prize, so a prize \\
                promotion must be written with `disclose prize`.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent} calling for {company}."
                      disclose purpose "I am calling to sell you a new energy plan."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      pitch "You can lock in your current rate for twelve months."
                      disclose prize "Everyone we call this month can win a year of free power. No purchase or payment is needed to enter or win, and buying does not improve your chances: enter at sunny-energy.example."
                      -> goodbye
                    }
                    """
            ),
            fixed: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent} calling for {company}."
                      disclose purpose "I am calling to sell you a new energy plan."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      disclose prize "Everyone we call this month can win a year of free power. No purchase or payment is needed to enter or win, and buying does not improve your chances: enter at sunny-energy.example."
                      pitch "You can lock in your current rate for twelve months."
                      -> goodbye
                    }
                    """
            )))

    public static let callerID = Rule(
        id: "US-TSR-CALLER-ID", severity: .error, check: .callerID(CallerIDRule(premiumPrefixes: ["1900"])),
        documentation: RuleDocumentation(
            title: "transmit a caller ID people can call back",
            requires: """
                `caller-id` is a valid, dialable number with its country code, never hidden or anonymous, and not a \\
                pay-per-call number (+1 900).
                """,
            source: """
                FTC Telemarketing Sales Rule, 16 CFR 310.4(a)(8) (checked 2026-12-01): transmit the telephone \\
                number to any caller identification service; the seller's customer service number may be shown \\
                instead, if it is answered during regular business hours (https://www.law.cornell.edu/cfr/text/16/310.4). \\
                The language lists a hidden or invalid caller ID as an error under every policy.
                """,
            proves: """
                The same check as NL-CALLER-ID, read by the runner's phone-number scanner: `+` and 8 to 15 digits, \\
                every Unicode space a separator, no word for a withheld number, no trunk 0 after the country code, \\
                no `+1 900` number. Fix-its show the number written correctly.
                """,
            failing: base.header("caller-id", "caller-id \"private\""),
            fixed: base))
}
