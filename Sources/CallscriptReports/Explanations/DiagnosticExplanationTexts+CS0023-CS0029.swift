// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0023 to CS0029.
    static let part03: [String: String] = [
        "CS0023": #"""
        Severity: error.

        An answer or jump without `->` before the step name (or with `=>`).

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
          ask convenient "Komt het u nu gelegen?" {
            yes "Ja"  aanbod
            no  "Nee" -> afsluiting
          }
        }

        step aanbod {
          say "Fijn."
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

        start intro

        step intro {
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
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
        "CS0024": #"""
        Severity: error.

        Statements after the step's ending. The ending (`end`, a jump, an `ask`, ...) must be last.

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
          say "Bedankt voor uw tijd."
          end
          say "Nog een fijne dag."
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
          say "Bedankt voor uw tijd."
          say "Nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0025": #"""
        Severity: error.

        A condition nested more than 64 levels deep. Split it over several `if` lines.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        capture interest: choice(low, medium, high)

        start intro

        step intro {
          capture interest "Hoe groot is uw interesse?"
          if (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((interest == low))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) -> afsluiting
          else -> afsluiting
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

        capture interest: choice(low, medium, high)

        start intro

        step intro {
          capture interest "Hoe groot is uw interesse?"
          if (interest == low) -> afsluiting
          else -> afsluiting
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
        "CS0026": #"""
        Severity: error.

        `if` jumps without a final `else -> NAME`. Every branch needs a way to go when no condition holds.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        capture interest: choice(low, medium, high)

        start intro

        step intro {
          capture interest "Hoe groot is uw interesse?"
          if interest == low -> afsluiting
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

        capture interest: choice(low, medium, high)

        start intro

        step intro {
          capture interest "Hoe groot is uw interesse?"
          if interest == low -> afsluiting
          else -> afsluiting
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
        "CS0027": #"""
        Severity: error.

        `else` without an `if` before it.

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
          say "Wij hebben een mooi aanbod."
          else -> intro
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
          say "Wij hebben een mooi aanbod."
          end
        }
        ```
        """#,
        "CS0028": #"""
        Severity: error.

        A header line the language does not know (often a misspelt keyword).

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          compnay "Zonnig Energie B.V."
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
        "CS0029": #"""
        Severity: error.

        The `script` header is not at the top of the file, or there is more than one.

        Wrong:

        ```callscript
        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }

        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
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
    ]
}
