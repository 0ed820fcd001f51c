// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0165 to CS0170.
    static let part10: [String: String] = [
        "CS0165": #"""
        Severity: error.

        A plain `ask` cannot class its answers; classes mean something only for `ask convenient` and `ask consent`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask "Bent u klant bij ons?" {
            yes "Ja"  -> klant
            no  "Nee" -> geen_klant
          }
        }

        step klant {
          say "Fijn."
          end
        }

        step geen_klant {
          say "Dank u."
          end
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask "Bent u klant bij ons?" {
            "Ja"  -> klant
            "Nee" -> geen_klant
          }
        }

        step klant {
          say "Fijn."
          end
        }

        step geen_klant {
          say "Dank u."
          end
        }
        ```
        """#,
        "CS0166": #"""
        Severity: error.

        `ask consent` needs exactly one `yes` and one `no` answer, and no `later`: a recorded consent must be unambiguous.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask consent "email-offers" "Mogen wij u over dit aanbod e-mailen?" {
            yes   "Ja"           -> bedankt
            later "Misschien later" -> bedankt
            no    "Nee"          -> bedankt
          }
        }

        step bedankt {
          say "Dank u wel."
          end
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask consent "email-offers" "Mogen wij u over dit aanbod e-mailen?" {
            yes "Ja"  -> bedankt
            no  "Nee" -> bedankt
          }
        }

        step bedankt {
          say "Dank u wel."
          end
        }
        ```
        """#,
        "CS0167": #"""
        Severity: error.

        Two answers of one question have the same text, so the agent cannot tell them apart.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask "Bent u klant bij ons?" {
            "Ja" -> klant
            "Ja" -> geen_klant
          }
        }

        step klant {
          say "Fijn."
          end
        }

        step geen_klant {
          say "Dank u."
          end
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask "Bent u klant bij ons?" {
            "Ja"  -> klant
            "Nee" -> geen_klant
          }
        }

        step klant {
          say "Fijn."
          end
        }

        step geen_klant {
          say "Dank u."
          end
        }
        ```
        """#,
        "CS0168": #"""
        Severity: error.

        An answer class other than `yes`, `no` or `later`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          ask convenient "Komt het u nu gelegen?" {
            yes       "Ja"        -> aanbod
            misschien "Misschien" -> afsluiting
            no        "Nee"       -> afsluiting
          }
        }

        step aanbod {
          say "Fijn."
          end
        }

        step afsluiting {
          say "Dan bel ik u een andere keer."
          end
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          ask convenient "Komt het u nu gelegen?" {
            yes   "Ja"        -> aanbod
            later "Misschien" -> afsluiting
            no    "Nee"       -> afsluiting
          }
        }

        step aanbod {
          say "Fijn."
          end
        }

        step afsluiting {
          say "Dan bel ik u een andere keer."
          end
        }
        ```
        """#,
        "CS0169": #"""
        Severity: error.

        A question without answers.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask "Bent u klant bij ons?" {
          }
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          ask "Bent u klant bij ons?" {
            "Ja"  -> klant
            "Nee" -> geen_klant
          }
        }

        step klant {
          say "Fijn."
          end
        }

        step geen_klant {
          say "Dank u."
          end
        }
        ```
        """#,
        "CS0170": #"""
        Severity: error.

        A comment that starts with `callscript:` is a directive, and this one is not understood. The
        only directive is `# callscript: allow RULE "reason"`, written on the line before a statement:
        it lets that statement's finding of a wording rule through (today `sales-wording`, the
        NL-SALES-WORDING and US-TSR-SALES-WORDING warnings), and the reason is required, because the
        JSON report and the certificate show it. Rules that are proofs (NL-OPTOUT-AT-END, ...) cannot
        be allowed: fix the script instead. See "Letting a warning through" in `Docs/language.md`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          # callscript: allow sales-wording
          say "U krijgt een aanbieding van ons per post."
          end
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          identify "Goedemiddag, u spreekt met {agent} van {company}."
          # callscript: allow sales-wording "bevestigt alleen hoe de schriftelijke aanbieding komt"
          say "U krijgt een aanbieding van ons per post."
          end
        }
        ```
        """#,
    ]
}
