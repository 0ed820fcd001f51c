// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0150 to CS0164.
    static let part09: [String: String] = [
        "CS0150": #"""
        Severity: error.

        A field is named like a built-in placeholder (`agent`, `company`, `principal`, `caller_id`), so `{name}` would be ambiguous.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact agent: text

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
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

        contact agent_name: text

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0151": #"""
        Severity: error.

        A `choice(...)` type lists the same value twice.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        capture interest: choice(laag, hoog, laag)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
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

        capture interest: choice(laag, gemiddeld, hoog)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0160": #"""
        Severity: error.

        A step or handler has statements but no ending. Every step ends with an `ask`, a jump `-> NAME`, `if`/`else` jumps, or a terminal (`end`, `hangup`, `callback at NAME`, `transfer optout "..."`).

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
          end
        }
        ```
        """#,
        "CS0161": #"""
        Severity: error.

        `capture NAME` names a `contact` field. Contact fields come from the contact record; only `capture` fields are entered during the call.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact email: email

        start intro

        step intro {
          capture email "Wat is uw e-mailadres?"
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

        capture email: email

        start intro

        step intro {
          capture email "Wat is uw e-mailadres?"
          end
        }
        ```
        """#,
        "CS0162": #"""
        Severity: error.

        `callback at NAME` needs a `capture` field of type `datetime`: the moment the agent agreed with the person.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        capture moment: text

        start intro

        step intro {
          capture moment "Wanneer komt het u beter uit?"
          callback at moment
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

        capture moment: datetime

        start intro

        step intro {
          capture moment "Wanneer komt het u beter uit?"
          callback at moment
        }
        ```
        """#,
        "CS0163": #"""
        Severity: error.

        `ask convenient` must let the person say yes and no: at least one `yes` and one `no` answer.

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
            yes   "Ja"                      -> aanbod
            later "Liever een ander moment" -> afsluiting
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
            yes   "Ja"                      -> aanbod
            later "Liever een ander moment" -> afsluiting
            no    "Nee"                     -> afsluiting
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
        "CS0164": #"""
        Severity: error.

        Answers of `ask convenient` and `ask consent` must start with their class (`yes`, `no`, or for convenient also `later`): compliance rules follow the class, not the wording.

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
            yes "Ja"  -> aanbod
            "Nee"     -> afsluiting
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
            yes "Ja"  -> aanbod
            no  "Nee" -> afsluiting
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
    ]
}
