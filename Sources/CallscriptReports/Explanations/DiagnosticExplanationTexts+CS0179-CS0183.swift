// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0179 to CS0183.
    static let part11: [String: String] = [
        "CS0179": #"""
        Severity: warning.

        Under the Dutch policies every `capture` field needs a `purpose "..."` after its type: the processing register (AVG art. 30) must say why each piece of personal data is collected, and `callscript register` writes it from the scripts. The call itself is still allowed, so this is a warning; an empty purpose (`purpose ""`) gets it too. `contact` fields may have a purpose as well, but need none.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        capture emailadres: email

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          capture emailadres "Naar welk e-mailadres mag ik het aanbod sturen?"
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

        capture emailadres: email purpose "het aanbod per e-mail sturen"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          capture emailadres "Naar welk e-mailadres mag ik het aanbod sturen?"
          end
        }
        ```
        """#,
        "CS0180": #"""
        Severity: error.

        A comparison's value does not fit the field's type. Numbers are written `3` or `2.5`; text, e-mail, phone, date and datetime values as strings; `yesno` values as `yes`/`no`; choice values as bare words.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact years_customer: number

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if years_customer >= "drie" -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
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

        contact years_customer: number

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if years_customer >= 3 -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
        "CS0181": #"""
        Severity: error.

        A comparison with a value that is not one of the field's choices.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact interest: choice(low, medium, high)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if interest == hgih -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
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

        contact interest: choice(low, medium, high)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if interest == high -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
        "CS0182": #"""
        Severity: error.

        A date is not a real day in `YYYY-MM-DD` form, or a datetime not `YYYY-MM-DDTHH:MM`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact contract_end: date

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if contract_end < "2026-02-30" -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
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

        contact contract_end: date

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if contract_end < "2026-03-01" -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
        "CS0183": #"""
        Severity: error.

        `<`, `<=`, `>`, `>=` on a type without an order. Only `number`, `date` and `datetime` values have an order; use `==` or `!=` for the others.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact interest: choice(low, medium, high)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if interest > low -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
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

        contact interest: choice(low, medium, high)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if interest != low -> aanbod
          else -> afsluiting
        }

        step aanbod {
          say "Ik heb een aanbod voor u."
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
    ]
}
