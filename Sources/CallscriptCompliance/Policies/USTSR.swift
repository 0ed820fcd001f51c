import CallscriptDiagnostics
import CallscriptMachine

/// Policy `us-tsr`: the prompt oral disclosures of the FTC Telemarketing Sales Rule,
/// 16 CFR 310.4(d). Proves the rule design is not Dutch-only: same verifier, other data.
public enum USTSR {
    public static let id = "us-tsr"

    public static let policy = Policy(
        id: id,
        title: "US FTC Telemarketing Sales Rule (16 CFR 310.4)",
        rules: [discloseSeller, disclosePurpose, discloseGoods, disclosePrize, callerID, salesWording],
        gates: gates,
        callingHours: CallingHours(
            windows: Dictionary(
                uniqueKeysWithValues: Weekday.allCases.map { ($0, [TimeWindow(ClockTime(8), ClockTime(21))]) }),
            closedOnPublicHolidays: false, holidayCalendar: nil, agreedCallbacksExempt: false),
        timeZone: .callee)

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
            failingExample: base.replacing(
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
            ).text,
            fixedExample: base.text))

    public static let disclosePurpose = Rule(
        id: "US-TSR-DISCLOSE-PURPOSE", severity: .error,
        check: .discloseBefore(disclosure: .topic("purpose"), gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "say that the call is to sell, before any pitch",
            requires: "On every path from `start`, a `disclose purpose` comes before any `pitch`.",
            source: source,
            proves:
                "On every path from `start`, a `disclose purpose \"...\"` statement comes before the first `pitch`.",
            failingExample: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Good afternoon, this is {agent} calling for {company}."
                      disclose goods "It is a fixed-price electricity plan for your home."
                      pitch "You can lock in your current rate for twelve months."
                      -> goodbye
                    }
                    """
            ).text,
            fixedExample: base.text))

    public static let discloseGoods = Rule(
        id: "US-TSR-DISCLOSE-GOODS", severity: .error,
        check: .discloseBefore(disclosure: .topic("goods"), gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "describe the goods or services before any pitch",
            requires: "On every path from `start`, a `disclose goods` comes before any `pitch`.",
            source: source,
            proves: "On every path from `start`, a `disclose goods \"...\"` statement comes before the first `pitch`.",
            failingExample: base.replacing(
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
            ).text,
            fixedExample: base.text))

    public static let gates: [RuntimeGate] = [
        RuntimeGate(
            id: "US-TSR-GATE-HOURS",
            documentation: RuleDocumentation(
                title: "call only between 8 a.m. and 9 p.m. in the callee's time zone",
                requires: "Calls start between 08:00 and 21:00 local time at the called person's location.",
                source: "16 CFR 310.4(c).",
                proves: "Checked by the runner before each call; not a static property of the script.")),
        RuntimeGate(
            id: "US-TSR-GATE-DNC",
            documentation: RuleDocumentation(
                title: "respect the company and national do-not-call lists",
                requires:
                    "The number is on neither the seller's do-not-call list nor the National Do Not Call Registry.",
                source: "16 CFR 310.4(b)(1)(iii).",
                proves: "Checked by the runner before each call; not a static property of the script.")),
    ]
}
