// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0009 to CS0022.
    static let part02: [String: String] = [
        "CS0009": #"""
        Severity: error.

        A number is malformed or too large.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience customers 3x6 months
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
          audience customers 36 months
        }

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0010": #"""
        Severity: error.

        A name uses letters outside ASCII. Names are ASCII letters, digits and `_`; text in strings may use any letter.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start beëindig

        step beëindig {
          say "Dan beëindig ik dit gesprek."
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

        start beeindig

        step beeindig {
          say "Dan beëindig ik dit gesprek."
          end
        }
        ```
        """#,
        "CS0011": #"""
        Severity: error.

        Typographic (curly) or single quotes around text, usually pasted from a word processor. Strings use straight double quotes `"`.

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
          say “Goedemiddag, met Zonnig Energie.”
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
          say "Goedemiddag, met Zonnig Energie."
          end
        }
        ```
        """#,
        "CS0012": #"""
        Severity: error.

        A text starts on one line and its closing `"` is on the next: a text must stay on one line.
        Word processors and e-mail often break long lines, and people press Enter in the middle of a
        sentence. The error names the text once; the fix-it joins the two lines (`join lines 12 and 13`),
        and the lines after it are read as if they were joined, so there are no follow-on errors. To
        make the agent's screen show a line break, write `\n` inside the text. A next line that opens a
        text of its own (`say "...`) does not close the broken one; that is CS0001.

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
          identify "Goedemiddag, u spreekt met {agent}
          van {company}."
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
          end
        }
        ```
        """#,
        "CS0020": #"""
        Severity: error.

        Something required is missing; the message says what was expected and what was found.

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
          say
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
          say "Goedemiddag."
          end
        }
        ```
        """#,
        "CS0021": #"""
        Severity: error.

        A keyword is written with capitals. Keywords are lower-case.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        Step intro {
          say "Goedemiddag."
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
        "CS0022": #"""
        Severity: error.

        `=` in a condition; comparisons use `==`.

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
          if interest = low -> afsluiting
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
          if interest == low -> afsluiting
          else -> afsluiting
        }

        step afsluiting {
          say "Bedankt voor uw tijd."
          end
        }
        ```
        """#,
    ]
}
