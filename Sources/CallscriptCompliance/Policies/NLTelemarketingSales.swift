import CallscriptDiagnostics
import CallscriptMachine

extension NLTelemarketing {
    /// Dutch sales wording (and the English a Dutch campaign borrows); policy data, so a
    /// deployment can extend the list without touching the verifier.
    public static let salesPatterns: [String] = [
        // Amounts of money and percentages ("uw gift van {bedrag} euro" is no amount on offer).
        "€", "$", "%", "# euro", "# euro's", "# eur", "eur #", "# procent", "# pct",
        // Offers, discounts, free things and ordering. "U krijgt de aanbieding per e-mail" only
        // says how the written offer comes, so `aanbieding` counts where one is being made.
        "een aanbieding", "speciale aanbieding*", "deze aanbieding", "onze aanbieding*", "mooie aanbieding*",
        "aanbieding van", "aanbieding voor", "aanbiedingsprijs*", "korting*", "gratis", "actie", "acties",
        "actieprijs*", "actiecode*", "bestel*", "voordeel*", "voordelig*", "speciale prijs", "voor maar",
        "voor slechts", "cadeau*", "welkomstcadeau*", "proefabonnement*", "abonneer*", "deal", "deals",
        "discount*", "free",
    ]

    public static let salesWording = Rule(
        id: "NL-SALES-WORDING", severity: .warning,
        check: .salesWording(SalesWordingRule(roles: SalesWordingRule.standardRoles, patterns: salesPatterns)),
        documentation: RuleDocumentation(
            title: "no sales talk outside a pitch",
            requires: """
                No `say`, `identify`, `disclose` or `ask convenient` uses sales wording: amounts of money (€, \
                30 euro, EUR, $), percentages, or words like (een) aanbieding, korting, gratis, actie, bestel. \
                Selling is written as `pitch`, so the rules about pitches see it.
                """,
            source: """
                Project policy. The proofs of NL-CONVENIENT and NL-RESPECT-NOT-CONVENIENT rest on statements \
                being labelled honestly: Telecommunicatiewet art. 11.7 and the Code Telemarketing bind the sales \
                conversation, and a sales line written as `say` before the convenient question would pass them \
                (sources.md, section 1).
                """,
            proves: """
                The text of every `say`, `identify`, `disclose` and `ask convenient` statement (placeholders left \
                out) is split into words, and none is a word or phrase of the policy's list: a trailing `*` in \
                the list matches any ending (`korting*` finds `kortingscode`), `#` matches a number (`# euro` \
                finds `30 euro`), and the signs € $ £ % match wherever they stand (`€30`, `20%`). This is a judgement about wording, not a proof, so it is a \
                warning, and one statement can be let through with `# callscript: allow sales-wording "reason"` \
                on the line before it; `check --format json` and the certificate list every finding let \
                through, with its reason. `pitch`, `optout`, `ask` and `ask consent` are not checked.
                """,
            failing: base.replacing(
                "step intro",
                with: """
                    step intro {
                      identify "Goedemiddag, u spreekt met {agent} van {company}."
                      disclose purpose "Ik bel u over een aanbod voor uw energiecontract."
                      say "Deze week krijgt u 20% korting op stroom."
                      ask convenient "Komt het u nu gelegen?" {
                        yes "Ja" -> offer
                        no  "Nee" -> goodbye
                      }
                    }
                    """
            ),
            fixed: base.replacing(
                "step offer",
                with: """
                    step offer {
                      pitch "Deze week krijgt u 20% korting op stroom."
                      -> goodbye
                    }
                    """
            )))
}
