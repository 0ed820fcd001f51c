import CallscriptDiagnostics
import CallscriptMachine

/// Policy `us-tsr`: the prompt oral disclosures of the FTC Telemarketing Sales Rule,
/// 16 CFR 310.4(d). Its run-time data (hours, state overlays, gates) is in `USTSRGates.swift`.
/// Proves the rule design is not Dutch-only: same verifier, other data.
public enum USTSR {
    public static let id = "us-tsr"

    public static let policy = Policy(
        id: id,
        title: "US FTC Telemarketing Sales Rule (16 CFR 310.4)",
        rules: [discloseSeller, disclosePurpose, discloseGoods, disclosePrize, callerID, salesWording],
        gates: gates,
        callingHours: callingHours, timeZone: .callee, stateOverlays: stateOverlays)

    static let base = ExampleScript.usBase
    static let source = """
        FTC Telemarketing Sales Rule, 16 CFR 310.4(d): in an outbound call, promptly and before any sales \
        presentation disclose truthfully (1) the identity of the seller, (2) that the purpose of the call is to \
        sell goods or services, and (3) the nature of those goods or services \
        (https://law.lawstack.com/node_references?cite=16+C.F.R.%3A%C2%A7+310.4).
        """

    public static let discloseSeller = Rule(
        id: "US-TSR-DISCLOSE-SELLER", severity: .error,
        check: .discloseBefore(disclosure: .sellerIdentity, gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "name the seller before any pitch",
            requires: "On every path from `start`, an `identify` that names the seller comes before any `pitch`.",
            source: source,
            proves: """
                On every path from `start`, some `identify` whose text contains `{company}` or the company's name \
                (whole words, ignoring case and a trailing legal form such as LLC) comes before the first `pitch`. \
                An `identify` that does not name the company does not count.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent}."
                      disclose purpose "I am calling to sell you a new energy plan."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      pitch "You can lock in your current rate for twelve months."
                      -> goodbye
                    }
                    """
            ),
            fixed: base))

    public static let disclosePurpose = Rule(
        id: "US-TSR-DISCLOSE-PURPOSE", severity: .error,
        check: .discloseBefore(disclosure: .topic("purpose"), gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "say that the call is to sell, before any pitch",
            requires: "On every path from `start`, a `disclose purpose` comes before any `pitch`.",
            source: source,
            proves:
                "On every path from `start`, a `disclose purpose \"...\"` statement comes before the first `pitch`.",
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent} calling for {company}."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      pitch "You can lock in your current rate for twelve months."
                      -> goodbye
                    }
                    """
            ),
            fixed: base))

    public static let discloseGoods = Rule(
        id: "US-TSR-DISCLOSE-GOODS", severity: .error,
        check: .discloseBefore(disclosure: .topic("goods"), gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "describe the goods or services before any pitch",
            requires: "On every path from `start`, a `disclose goods` comes before any `pitch`.",
            source: source,
            proves: "On every path from `start`, a `disclose goods \"...\"` statement comes before the first `pitch`.",
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent} calling for {company}."
                      disclose purpose "I am calling to sell you a new energy plan."
                      pitch "You can lock in your current rate for twelve months."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      -> goodbye
                    }
                    """
            ),
            fixed: base))
}
