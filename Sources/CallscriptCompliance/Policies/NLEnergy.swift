import CallscriptDiagnostics
import CallscriptMachine

/// Policy `nl-energy`: `nl-telemarketing` and what the energy sector adds (Energie-Nederland
/// Kwaliteitsstandaard telefonische verkoop, in force since 2024-01-01): the basis of the
/// call at the start, price, term and withdrawal period before the sale question, no contract
/// in the call (a written confirmation follows), and the whole call recorded with a notice.
public enum NLEnergy {
    public static let id = "nl-energy"

    public static let policy = Policy.extending(
        NLTelemarketing.policy, id: id,
        title: "Dutch energy sales by phone (nl-telemarketing and the Energie-Nederland Kwaliteitsstandaard)",
        adding: [basis, saleInfo, written, recording])

    static let base = ExampleScript.nlEnergy
    static let standard = """
        Energie-Nederland Kwaliteitsstandaard for telephone sales of energy contracts, in force since \\
        2024-01-01 (checked 2026-12-01: \\
        https://www.energie-nederland.nl/energie-nederland-hanteert-strengere-regels-voor-telefonische-verkoop-energiecontracten/; \\
        https://www.energie-nederland.nl/strengere-regels-voor-aanbieden-energiecontract-moeten-irritatie-bij-consument-voorkomen/)
        """

    public static let basis = Rule(
        id: "NL-ENERGY-BASIS", severity: .error,
        check: .discloseBefore(disclosure: .topic("basis"), gated: [.askConvenient]),
        documentation: RuleDocumentation(
            title: "say at the start why you may call",
            requires: """
                On every path from `start`, a `disclose basis "..."` (the opt-in or the customer relation that \\
                allows the call) comes before `ask convenient`.
                """,
            source: standard + ": say at the start of the call who calls, why, and on what basis you may call.",
            proves: """
                On every path from `start`, a `disclose basis` statement comes before the first `ask convenient`. \\
                The text is not checked; the runner shows the contact's consent or customer record beside it.
                """,
            failing: base.replacing("step intro", with: ExampleScript.nlEnergyIntro(basis: false)),
            fixed: base))

    public static let saleInfo = Rule(
        id: "NL-ENERGY-SALE-INFO", severity: .error,
        check: .disclosuresBefore(topics: ["price", "term", "withdrawal"], gated: [.askSale]),
        documentation: RuleDocumentation(
            title: "name the price, the contract term and the 14-day withdrawal period before the sale question",
            requires: """
                On every path from `start`, `disclose price`, `disclose term` and `disclose withdrawal` come before \\
                any `ask sale`.
                """,
            source: standard + """
                ; RVO: "tijdens het gesprek moet u vertellen wat u verkoopt, wat de kosten zijn en hoeveel \\
                bedenktijd de klant heeft" (https://ondernemersplein.kvk.nl/verkoop-per-telefoon-telemarketing/); \\
                ACM checks transparency on price and contract term since 2025-07-01 (https://www.security.nl/posting/881803).
                """,
            proves: """
                For each of the three topics, on every path from `start` a `disclose TOPIC` statement comes before \\
                the first `ask sale`; one finding per missing topic. A plain `ask` is not a sale question to the \\
                checker: write the question whether the person wants the offer as `ask sale`.
                """,
            failing: base.replacing("step offer", with: ExampleScript.nlEnergyOffer(withdrawal: false)),
            fixed: base))

    public static let written = Rule(
        id: "NL-ENERGY-WRITTEN", severity: .error,
        check: .answerObliges(question: .askSale, answer: .yes, obligation: .disclose, topic: "confirmation"),
        documentation: RuleDocumentation(
            title: "never close the contract in the call: a yes is followed by the written confirmation",
            requires: """
                No statement closes a contract: the only sale statement is `ask sale`, and on every path from its \\
                `yes` answer a `disclose confirmation "..."` (the contract follows in writing and only counts once \\
                confirmed) comes before the call ends.
                """,
            source: standard + """
                ; BW 6:230v lid 6: an agreement for gas or electricity that follows a call "wordt schriftelijk \\
                aangegaan" (https://blog.iusmentis.com/2014/10/17/maakt-de-1-toets-op-je-telefoon-een-overeenkomst-schriftelijk/); \\
                Code Telemarketing 2024: cooling-off before the written confirmation \\
                (https://ddma.nl/kennisbank/herziene-code-telemarketing-in-werking-getreden-2).
                """,
            proves: """
                On every path from `start` and from each handler, once the `yes` answer of an `ask sale` was \\
                taken, a `disclose confirmation` statement comes before the call ends. The language has no \\
                statement that closes a contract; the checker cannot read whether a `say` claims to. The \\
                counterexample ends at the terminal reached after "yes".
                """,
            failing: base.replacing("step confirm", with: ExampleScript.nlEnergyConfirm(notice: false)),
            fixed: base))

    public static let recording = Rule(
        id: "NL-ENERGY-RECORDING", severity: .error, check: .recordingNotice(gated: [.pitch]),
        documentation: RuleDocumentation(
            title: "record the whole sales call, and say so before the first pitch",
            requires: """
                The header says `recording` (the whole call is recorded), and on every path from `start` a \\
                `disclose recording "..."` comes before any `pitch`.
                """,
            source: standard + """
                : the whole sales call is recorded. Recording is processing of personal data, so the person is \\
                told (AP via https://www.security.nl/posting/808345; GDPR art. 13).
                """,
            proves: """
                The header has a `recording` line (otherwise one finding at the header), and on every path from \\
                `start` a `disclose recording` statement comes before the first `pitch`. Whether the runner's \\
                telephony records is not checked here.
                """,
            failing: base.header("recording", nil),
            fixed: base))
}
