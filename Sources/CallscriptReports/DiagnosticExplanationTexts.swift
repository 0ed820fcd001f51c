// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

/// The sections of `Docs/diagnostics.md`, by code (see `DiagnosticExplanations`).
enum DiagnosticExplanationTexts {
    static let byCode: [String: String] = [
        "CS0001": #"""
        Severity: error.

        A string has no closing `"` before the end of the line. Strings cannot span lines; write `\n` for a line break.

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
          say "Goedemiddag, u spreekt met {agent} van {company}.
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
        "CS0002": #"""
        Severity: error.

        A backslash starts an escape other than `\"`, `\\` or `\n`. To show a backslash, write `\\`.

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
          say "Kijk op zonnig.nl\korting voor het aanbod."
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
          say "Kijk op zonnig.nl/korting voor het aanbod."
          end
        }
        ```
        """#,
        "CS0003": #"""
        Severity: error.

        A placeholder is empty or not an identifier (letters, digits, `_`).

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact first_name: text

        start intro

        step intro {
          say "Goedemiddag {first name}."
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

        contact first_name: text

        start intro

        step intro {
          say "Goedemiddag {first_name}."
          end
        }
        ```
        """#,
        "CS0004": #"""
        Severity: error.

        A `{` in a string is never closed. To show a brace, write `{{`.

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
          say "Wij bieden {korting aan op stroom."
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
          say "Wij bieden {{korting}} aan op stroom."
          end
        }
        ```
        """#,
        "CS0005": #"""
        Severity: error.

        A `}` in a string closes no placeholder. To show a brace, write `}}`.

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
          say "Een glimlach :-} voor u."
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
          say "Een glimlach :-}} voor u."
          end
        }
        ```
        """#,
        "CS0006": #"""
        Severity: error.

        The file is not valid UTF-8 (often a file saved as Latin-1 or Windows-1252). Save it as UTF-8.

        <!-- doc-test: skip (needs bytes that are not UTF-8, which this page cannot hold; covered by the parser tests) -->

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
          say "Café Zonnig heet u welkom."   # saved as Latin-1: the é is byte 0xE9
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
          say "Café Zonnig heet u welkom."   # saved as UTF-8
          end
        }
        ```
        """#,
        "CS0007": #"""
        Severity: error.

        A character that has no meaning in a script outside a string or comment.

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
          say "Goedemiddag." ;
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
        "CS0008": #"""
        Severity: error.

        The file holds binary data (for example NUL bytes): it is not a script. Check that you gave the right file.

        <!-- doc-test: skip (needs NUL bytes, which this page cannot hold; covered by the parser tests) -->

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
          say "Goedemiddag."
          end
        }
        ```
        """#,
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
        "CS0030": #"""
        Severity: error.

        A line in a step that does not start with a statement keyword (`say`, `identify`, `pitch`, `optout`, `disclose`, `capture`, `record objection`, `ask`, `if`, ...).

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
          sya "Goedemiddag."
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
        "CS0031": #"""
        Severity: error.

        Something at the top level of a file that belongs inside a step or the header, or a declaration keyword that does not exist.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        say "Goedemiddag."

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
        "CS0032": #"""
        Severity: error.

        A `{` that is never closed: the header, a step, a handler or the answers of an `ask`.

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
          say "Goedemiddag."
          end
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
        "CS0033": #"""
        Severity: error.

        A field type that does not exist. Types: `text`, `number`, `yesno`, `date`, `datetime`, `email`, `phone`, `choice(a, b, ...)`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact first_name: txt

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

        contact first_name: text

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0034": #"""
        Severity: error.

        `audience` is neither `opt-in`, `customers N months` nor `business`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience everyone
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
        "CS0035": #"""
        Severity: error.

        `disclose` with a topic other than `purpose`, `goods`, `basis`, `price`, `term`, `withdrawal`, `confirmation`, `recording` or `prize`.

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
          disclose kosten "Het kost twintig euro per maand."
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
          disclose price "Het kost twintig euro per maand."
          end
        }
        ```
        """#,
        "CS0036": #"""
        Severity: error.

        A keyword used as a step, field or handler name. Keywords are reserved; answer classes (`yes`, `no`, `later`), type names and event names are not.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact end: date

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

        contact contract_end: date

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0037": #"""
        Severity: error.

        The parser stops after 100 errors in one file, so a file that is not a script does not flood the output. Fix the first errors and compile again.

        <!-- doc-test: skip (needs more than 100 errors; covered by the parser tests) -->

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
          say "Regel 1." @
          say "Regel 2." @
          # ... and 100 more lines like these
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
          say "Regel 1."
          say "Regel 2."
          end
        }
        ```
        """#,
        "CS0038": #"""
        Severity: error.

        `choice()` without values.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        capture interest: choice()

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

        capture interest: choice(low, medium, high)

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0100": #"""
        Severity: error.

        A script file does not exist: the main script given on the command line, or a file named by `use`. `use` paths are relative to the file that contains them.

        For a `use`, the nearest `.call` file in the same folder is suggested (`did you mean
        'afsluiting.call'?`, with a fix-it), and this is the only error the typo gives: the steps,
        fields and handlers the suggested file declares are not reported as unknown too (without a
        suggestion, no name is reported unknown, since nobody knows what the file would have given).
        A misspelt name that the suggested file does not declare is still reported.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "gedeeld/afsluiting.call"

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

        use "gedeeld/afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `gedeeld/afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0101": #"""
        Severity: error.

        A script file exists but cannot be read: no permission, or it is not a regular file (a pipe or a device). The compiler never waits on such a file.

        <!-- doc-test: skip (needs a file the operating system refuses to read; covered by the loader tests) -->

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "gedeeld/afsluiting.call"   # a named pipe, not a file

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
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

        use "gedeeld/afsluiting.call"   # an ordinary, readable file

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `gedeeld/afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0102": #"""
        Severity: error.

        The path names a folder. Give the path of a `.call` file inside it.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "gedeeld"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```

        File `gedeeld/afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
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

        use "gedeeld/afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `gedeeld/afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0103": #"""
        Severity: error.

        The file is empty (or only white space). A main script needs at least a header; a used file should hold something to share.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "leeg.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```

        File `leeg.call`:

        ```callscript
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
        "CS0104": #"""
        Severity: error.

        A `use` path leaves the main script's folder, with `..` or through a symbolic link. A script and everything it uses must live in one folder tree, so the folder can be reviewed, versioned and deployed as a whole.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "../gedeeld/afsluiting.call"

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

        use "gedeeld/afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `gedeeld/afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0105": #"""
        Severity: error.

        Files use each other in a circle. The message shows the whole chain, starting at the file that closes the circle.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "gedeeld/a.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> bedankt
        }
        ```

        File `gedeeld/a.call`:

        ```callscript
        use "b.call"

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```

        File `gedeeld/b.call`:

        ```callscript
        use "a.call"

        step bedankt {
          say "Bedankt."
          -> afsluiting
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

        use "gedeeld/a.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> bedankt
        }
        ```

        File `gedeeld/a.call`:

        ```callscript
        use "b.call"

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```

        File `gedeeld/b.call`:

        ```callscript
        step bedankt {
          say "Bedankt."
          -> afsluiting
        }
        ```
        """#,
        "CS0106": #"""
        Severity: error.

        A file brought in with `use` has its own `script` header. Only the main script has a header; used files hold steps, handlers and fields.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `afsluiting.call`:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
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

        use "afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0107": #"""
        Severity: error.

        A `use` path is not a relative file path: it is empty, absolute, uses `\\` or names a folder.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "/home/anna/afsluiting.call"

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

        use "afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0108": #"""
        Severity: error.

        A `use` path leaves the project root (the folder with `callscript.json`, see [the project root](language.md#the-project-root-callscriptjson)), with `..` or through a symbolic link that points outside it. Inside a project, campaigns may share any file under the root, but never one outside it, so the repository can be reviewed and deployed as a whole.

        <!-- doc-test: skip (needs a callscript.json on disk; covered by the project root tests) -->

        The examples are `campagnes/energie/winback.call`, with the root file `campagnes/callscript.json`; in the fixed one the shared file moved to `campagnes/energie/gedeeld/afsluiting.call` (under the root, `"../gedeeld/afsluiting.call"` to `campagnes/gedeeld/` works as well).

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "../../oud/afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
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

        use "gedeeld/afsluiting.call"

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
        }
        ```

        File `gedeeld/afsluiting.call`:

        ```callscript
        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0109": #"""
        Severity: error.

        The `callscript.json` that marks the project root cannot be used: it is not a JSON object, its `"name"` is not a text, or it cannot be read. The compiler reads no script until the root file is right, because the root decides which files a script may use.

        <!-- doc-test: skip (needs a callscript.json on disk; covered by the project root tests) -->

        A `callscript.json` holding `["Belcentrum"]` is refused for any script under it; `{"name": "Belcentrum Randstad campagnes"}` or `{}` is right. The script itself needs no change:

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
        "CS0120": #"""
        Severity: error.

        The main script has no `script "name" { ... }` header. The header says who calls, from which number, what is sold and to whom; compliance checks depend on it.

        Wrong:

        ```callscript
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
        "CS0121": #"""
        Severity: error.

        A required header entry is missing. Required: `company`, `caller-id`, `sector`, `audience`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
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
        "CS0122": #"""
        Severity: error.

        A header entry is given twice.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          company "Zonnig B.V."
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
        "CS0123": #"""
        Severity: error.

        The `policy` is not one this build knows. The message lists the known policies.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          policy "nl-telemarketting"
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
          policy "nl-telemarketing"
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
        "CS0124": #"""
        Severity: error.

        A placeholder appears where nothing can fill it in: header strings, `use` paths and consent purposes are stored literally.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "{agent} Energie B.V."
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
        "CS0125": #"""
        Severity: error.

        `audience customers N months` needs a term of at least one month.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience customers 0 months
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
          audience customers 12 months
        }

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0140": #"""
        Severity: error.

        A jump, an answer or `start` names a step that does not exist. The help suggests the closest step name.

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
          -> afsluting
        }

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
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
          -> afsluiting
        }

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0141": #"""
        Severity: error.

        Two steps have the same name (possibly in different files). The related location shows the first.

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
          end
        }

        step intro {
          say "Tot ziens."
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
        "CS0142": #"""
        Severity: error.

        A statement, condition or `callback at` names a field that is not declared with `contact` or `capture`.

        Wrong:

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
          capture emial "Wat is uw e-mailadres?"
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
        "CS0143": #"""
        Severity: error.

        Two fields have the same name.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact first_name: text
        capture first_name: text

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

        contact first_name: text

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0144": #"""
        Severity: error.

        `on` names an event that does not exist. The events are `objection`, `voicemail`, `complaint` and `minor`.

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
          end
        }

        on voicemial {
          hangup
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

        on voicemail {
          hangup
        }
        ```
        """#,
        "CS0145": #"""
        Severity: error.

        Two handlers for the same event.

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
          end
        }

        on voicemail {
          hangup
        }

        on voicemail {
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

        on voicemail {
          hangup
        }
        ```
        """#,
        "CS0146": #"""
        Severity: error.

        A `{name}` placeholder is neither a declared field nor a built-in (`agent`, `company`, `principal`, `caller_id`). To show a brace, write `{{` or `}}`.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact first_name: text

        start intro

        step intro {
          say "Goedemiddag {first_nme}, u spreekt met {agent} van {company}."
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

        contact first_name: text

        start intro

        step intro {
          say "Goedemiddag {first_name}, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0147": #"""
        Severity: error.

        `{principal}` is used but the header declares no `principal`, so there is nothing to fill in.

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
          say "Goedemiddag, u spreekt met {agent} van {company}, namens {principal}."
          end
        }
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          principal "Groene Stroom Nederland"
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}, namens {principal}."
          end
        }
        ```
        """#,
        "CS0148": #"""
        Severity: error.

        The script does not say which step comes first.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

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
        "CS0149": #"""
        Severity: error.

        More than one `start` line.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start intro

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
        "CS0184": #"""
        Severity: error.

        `NAME is set` on a contact field. Contact fields always have a value; `is set` asks whether the agent captured one.

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
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if email is set -> aanbod
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

        capture email: email

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          if email is set -> aanbod
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
        "CS0200": #"""
        Severity: error.

        From this step (or handler) no path reaches an ending, e.g. two steps that jump to each other. The call could never be closed properly.

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
          -> vraag
        }

        step vraag {
          say "Mag ik u iets vragen?"
          -> intro
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
          -> vraag
        }

        step vraag {
          say "Mag ik u iets vragen?"
          end
        }
        ```
        """#,
        "CS0201": #"""
        Severity: warning.

        A step that no conversation reaches: not from `start`, not from any handler. A warning, because it is harmless but usually a forgotten jump.

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
          end
        }

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
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
          -> afsluiting
        }

        step afsluiting {
          say "Bedankt voor uw tijd en nog een fijne dag."
          end
        }
        ```
        """#,
        "CS0260": #"""
        Severity: error.

        The translation file is not a PO file as gettext tools write it: a text not in double quotes, an unknown keyword or escape, plural forms (`msgid_plural`), an entry without `msgstr`, or a file that is not UTF-8.

        The script, `main.call`, is the same in both examples; only its translation file changes.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid Heeft u even?
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```
        """#,
        "CS0261": #"""
        Severity: error.

        A line of the script has no entry in the translation file, its `msgstr` is empty, or it is marked `#, fuzzy` (a translator's tool guessed it; gettext never uses such an entry). `callscript strings extract --language xx` writes every line and keeps the translations already made.

        The script, `main.call`, is the same in both examples; only its translation file changes.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```
        """#,
        "CS0262": #"""
        Severity: error.

        The translation's placeholders differ from the script's text: one is missing, misspelt, added or used a different number of times, or a `{` has no `}`. The runner fills placeholders in the same way in every language, so each one of the script's text must be in the translation exactly once as often; write `{{` and `}}` for a brace.

        The script, `main.call`, is the same in both examples; only its translation file changes.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {naam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```
        """#,
        "CS0263": #"""
        Severity: error.

        An entry's `msgctxt` is no line ID of the script (with the nearest one suggested), an entry has no `msgctxt`, or a line is translated twice. Line IDs are state IDs (`intro.1`) and, for answers, the question's ID with `/` and the answer's number (`intro.2/1`).

        The script, `main.call`, is the same in both examples; only its translation file changes.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."

        msgctxt "slot.2"
        msgid "Tot ziens."
        msgstr "Goodbye."
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```
        """#,
        "CS0264": #"""
        Severity: error.

        An entry's `msgid` is not the script's current text of that line: the script was changed after the translation was made, so the translation may no longer say the same. Check the translation against the new text and copy the text into `msgid`; `callscript strings extract` does this and marks the entry fuzzy for the translator.

        The script, `main.call`, is the same in both examples; only its translation file changes.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel."
        msgstr "Thank you, and have a nice day."
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```
        """#,
        "CS0265": #"""
        Severity: error.

        The language in the file name is not a language code (`main.English.po`), is the script's own language (its header's `language`, `nl` when it has none), or differs from the file's `Language:` header.

        The script, `main.call`, is the same in both examples; only its translation file changes.

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.English.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```

        Fixed:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact voornaam: text

        start intro

        step intro {
          say "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
          ask "Heeft u even?" {
            "Ja" -> slot
            "Nee" -> slot
          }
        }

        step slot {
          say "Dank u wel en nog een fijne dag."
          end
        }
        ```

        File `main.en.po`:

        ```callscript
        msgctxt "intro.1"
        msgid "Goedemiddag {voornaam}, u spreekt met {agent} van {company}."
        msgstr "Good afternoon {voornaam}, this is {agent} from {company}."

        msgctxt "intro.2"
        msgid "Heeft u even?"
        msgstr "Do you have a moment?"

        msgctxt "intro.2/1"
        msgid "Ja"
        msgstr "Yes"

        msgctxt "intro.2/2"
        msgid "Nee"
        msgstr "No"

        msgctxt "slot.1"
        msgid "Dank u wel en nog een fijne dag."
        msgstr "Thank you, and have a nice day."
        ```
        """#,
        "CS0400": #"""
        Severity: error.

        A script file is larger than 32 MiB, or all files of one script together are larger than 64 MiB. The compiler does not read such a file, so no input can exhaust its memory. A real campaign is far smaller: a generated script of 100,000 steps is about 18 MB.

        <!-- doc-test: skip (needs a file over 32 MiB; covered by the limit tests) -->

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "gedeeld/alle-stappen.call"   # 40 MB of steps

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          -> afsluiting
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
        "CS0401": #"""
        Severity: error.

        A line is longer than 16,384 bytes. Positions in diagnostics count columns from the start of the line, so very long lines would make every message slow to place. Put each statement on its own line and keep texts to a readable length.

        <!-- doc-test: skip (needs a line over 16 KiB; covered by the limit tests) -->

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
          say "Goedemiddag, u spreekt met {agent} van {company}." say "..." say "..."   # and so on, 20,000 characters on one line
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
        "CS0402": #"""
        Severity: error.

        The script, with all its files, has more than 250,000 steps. Split the campaign into several scripts.

        <!-- doc-test: skip (needs more than 250,000 steps; covered by the limit tests) -->

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        start s1

        step s1 {
          say "Stap 1."
          -> s2
        }

        # ... and so on up to step s250001
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
        "CS0403": #"""
        Severity: error.

        An `ask` has more than 50 answers. An agent cannot pick from so many; group the answers, or ask a follow-up question for the rarer ones.

        <!-- doc-test: skip (needs an ask with 51 answers; covered by the limit tests) -->

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
          ask "Welk product interesseert u?" {
            "Stroom" -> afsluiting
            "Gas" -> afsluiting
            # ... 49 more answers
          }
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
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0404": #"""
        Severity: error.

        A step ending has more than 50 `if` lines. Split the decision over several steps, each with a few `if` lines.

        <!-- doc-test: skip (needs 51 if lines; covered by the limit tests) -->

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        contact postcode_regio: number

        start intro

        step intro {
          if postcode_regio == 10 -> afsluiting
          if postcode_regio == 11 -> afsluiting
          # ... 49 more if lines
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

        start intro

        step intro {
          say "Goedemiddag, u spreekt met {agent} van {company}."
          end
        }
        ```
        """#,
        "CS0405": #"""
        Severity: error.

        The script has more than 1,000,000 statements and endings (the states of the compiled machine). Split the campaign into several scripts.

        <!-- doc-test: skip (needs a million statements; covered by the limit tests) -->

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
          say "Regel 1."
          say "Regel 2."
          # ... a million statements over all steps
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
        "CS0406": #"""
        Severity: error.

        The script brings in more than 9,999 files with `use` (10,000 files with the main script). Bring shared steps together in fewer files.

        <!-- doc-test: skip (needs a thousand files; covered by the limit tests) -->

        Wrong:

        ```callscript
        script "Winback Energie 2026" {
          company "Zonnig Energie B.V."
          caller-id "+31 20 555 0199"
          sector energy
          audience opt-in
        }

        use "stappen/deel-0001.call"
        use "stappen/deel-0002.call"
        # ... 10,000 files

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
        "RT0001": #"""
        Severity: error. Exit status: 2.

        The SCRIPT given to `callscript run` does not exist.

        How to fix: Check the path; pass a `.call` script or a compiled machine `.json`.

        ```text
        callscript-data/winback.json: error: no such script or machine file [RT0001]
          = help: pass a .call script or a compiled machine .json
        ```
        """#,
        "RT0002": #"""
        Severity: error. Exit status: 2.

        The machine path exists but cannot be read: it is a folder, it is not readable by the runner's user, or the disk fails. The reason is named in words (never a Foundation error number).

        How to fix: Pass the compiled `.json` file itself (not its folder), or give the runner's user read access.

        ```text
        machines: error: cannot read the machine file: it is a folder, not a file [RT0002]
          = help: pass a file inside the folder: the compiled machine .json (or the .call script)
        ```
        """#,
        "RT0003": #"""
        Severity: error. Exit status: 1.

        A `.call` script given to `run` is compiled and proven first; it has errors, shown above this line, so no call starts.

        How to fix: Fix the errors (`callscript check winback.call` shows them) and run again.

        ```text
        winback.call: error: cannot run the script: it has 2 errors [RT0003]
          = help: fix the errors above (`callscript check` shows them) and run again
        ```
        """#,
        "RT0004": #"""
        Severity: error. Exit status: 1.

        `--resume --session ID` names a session that is not in the data folder's `sessions/`.

        How to fix: Check `--session` and `--data`, or leave out `--session` to resume the newest unfinished call of the contact.

        ```text
        callscript-data/sessions/call-20261130-100000-3fa2c1.json: error: no saved session 'call-20261130-100000-3fa2c1' in the data folder [RT0004]
        ```
        """#,
        "RT0005": #"""
        Severity: error. Exit status: 1.

        A file in `sessions/` is not a session the runner wrote (wrong JSON, or `format` is not `callscript-session`).

        How to fix: Move the file out of the sessions folder; the runner only writes sessions there.

        ```text
        call-7.json: error: file is not a saved callscript session [RT0005]
        ```
        """#,
        "RT0006": #"""
        Severity: error. Exit status: 1.

        The session was saved by a callscript version with another session format.

        How to fix: Resume the call with the callscript version that started it.

        ```text
        call-7.json: error: session format version 9 is not supported [RT0006]
        ```
        """#,
        "RT0007": #"""
        Severity: error. Exit status: 1.

        The session was started with another compiled machine (its digest differs): the script was changed and recompiled since.

        How to fix: Resume with the same compiled script the call started with.

        ```text
        callscript: error: saved session belongs to machine 3fa2c1d4e5f6, not 9b8a7c6d5e4f [RT0007]
        ```
        """#,
        "RT0008": #"""
        Severity: error. Exit status: 1.

        `--session` names a session of another person than `--contact`.

        How to fix: Pass the contact file of the person the session belongs to, or that person's session.

        ```text
        call-7.json: error: session is for contact 'K-1001', not 'K-1002' [RT0008]
        ```
        """#,
        "RT0009": #"""
        Severity: error. Exit status: 1.

        The saved state names a state, phase, capture or handler the machine does not have, or a captured value that is not valid for its field: the file was edited or damaged.

        How to fix: Resume with the compiled script the call started with; the audit log keeps what was said.

        ```text
        call-7.json: error: saved session does not fit the machine: state 'offer.9' does not exist in the machine [RT0009]
        ```
        """#,
        "RT0010": #"""
        Severity: error. Exit status: 1.

        On resume the session's audit entries are replayed through the step function; one is at another state than the replay, or its input is refused.

        How to fix: Resume with the compiled script the call started with, or start a new call.

        ```text
        callscript-data/audit/audit.jsonl: error: audit entry 12 cannot be replayed: it is at 'offer.2' but the replay is at 'intro.1' [RT0010]
        ```
        """#,
        "RT0011": #"""
        Severity: error. Exit status: 1.

        The session file counts more inputs than the audit log holds: the log, which is the record, lost entries or the session was copied from elsewhere.

        How to fix: Start a new call; keep both files for review.

        ```text
        call-7.json: error: saved session is ahead of the audit log (5 inputs saved, 3 logged) [RT0011]
        ```
        """#,
        "RT0012": #"""
        Severity: error. Exit status: 1.

        `--resume` without `--session` finds no unfinished call of this contact on this machine in the data folder. A note says when there is one made with another version of the script.

        How to fix: Start a new call without `--resume`, or resume with the script the call started with.

        ```text
        callscript-data: error: no interrupted call for contact 'K-1001' [RT0012]
          = help: start a new call without --resume
        ```
        """#,
        "RT0097": #"""
        Severity: error. Exit status: 2.

        The `--session` value cannot name a session: a session ID has only letters, digits, `-`, `_` and `.` (not first), so it can never point outside the data folder's `sessions/`.

        How to fix: Pass the ID the runner printed when the call stopped, e.g. `call-20261130-090000-3fa2c1`.

        ```text
        callscript: error: '../audit' is not a session ID [RT0097]
          = help: a session ID has letters, digits, '-', '_' and '.', e.g. call-20261130-090000-3fa2c1
        ```
        """#,
        "RT0098": #"""
        Severity: error. Exit status: 1.

        The audit trail shows the call reached its end (the runner stopped after its last step was recorded, before the session file was saved). There is nothing to resume.

        How to fix: Start a new call without `--resume`.

        ```text
        callscript: error: session 'call-20261130-090000-3fa2c1' cannot be resumed: the call has already ended [RT0098]
          = help: start a new call without --resume
        ```
        """#,
        "RT0099": #"""
        Severity: error. Exit status: 1.

        Another runner is running or resuming this call right now: a call is held by one runner at a time (`sessions/<id>.lock`), so two resumes of one call can never both proceed.

        How to fix: Close the other runner, or wait until it has stopped, then resume.

        ```text
        callscript: error: session 'call-20261130-090000-3fa2c1' is held by another runner [RT0099]
          = help: only one runner can continue a call; close the other one, or wait until it has stopped
        ```
        """#,
        "RT0101": #"""
        Severity: error. Exit status: 2.

        The `--contact` path does not exist.

        How to fix: Pass the contact's JSON file, e.g. `contacts/K-1001.json`.

        ```text
        contacts/K-1001.json: error: no such contact file [RT0101]
        ```
        """#,
        "RT0102": #"""
        Severity: error. Exit status: 2.

        The `--contact` path exists but is a folder, is not readable, or the disk fails.

        How to fix: Pass one person's contact file (not the folder of contacts), or give the runner's user read access.

        ```text
        contacts: error: cannot read the contact file: it is a folder, not a file [RT0102]
          = help: pass a file inside the folder: one person's contact file, e.g. contacts/K-1001.json
        ```
        """#,
        "RT0103": #"""
        Severity: error. Exit status: 1.

        The contact file is larger than 1 MiB; a real one is a few hundred bytes.

        How to fix: Check that the right file was given (not an export of the whole CRM).

        ```text
        export.json: error: contact file is larger than 1024 KiB [RT0103]
        ```
        """#,
        "RT0104": #"""
        Severity: error. Exit status: 1.

        The file is not JSON, or its top level is not an object.

        How to fix: Write `{"id": ..., "phone": "+31...", "fields": {...}}`.

        ```text
        K-1001.json: error: contact file is not a JSON object [RT0104]
        ```
        """#,
        "RT0105": #"""
        Severity: error. Exit status: 1.

        The contact has no `id` text (it names the person in records and erasure requests).

        How to fix: Add the contact's ID from your CRM, e.g. `"id": "K-1001"`.

        ```text
        K-1001.json: error: contact has no 'id' (text) [RT0105]
        ```
        """#,
        "RT0106": #"""
        Severity: error. Exit status: 1.

        The contact has no `phone` text.

        How to fix: Add the number, e.g. `"phone": "+31 6 1234 5678"`.

        ```text
        K-1001.json: error: contact 'K-1001' has no 'phone' (text) [RT0106]
        ```
        """#,
        "RT0107": #"""
        Severity: error. Exit status: 1.

        The phone number cannot be read as an international number.

        How to fix: Write it with its country code, e.g. `+31 6 1234 5678`.

        ```text
        K-1001.json: error: contact 'K-1001' has phone '0612', which is not a valid number [RT0107]
        ```
        """#,
        "RT0108": #"""
        Severity: error. Exit status: 1.

        A value under `fields` is an object or a list.

        How to fix: Write the value as text.

        ```text
        K-1001.json: error: contact 'K-1001': field 'adres' is not text, a number or true/false [RT0108]
        ```
        """#,
        "RT0109": #"""
        Severity: error. Exit status: 1.

        `fields` is not a JSON object of names and values.

        How to fix: Write `"fields": {"first_name": "Anna"}`.

        ```text
        K-1001.json: error: contact 'K-1001': 'fields' is not an object [RT0109]
        ```
        """#,
        "RT0110": #"""
        Severity: error. Exit status: 1.

        `last_purchase` or `contract_end` is not a `YYYY-MM-DD` date.

        How to fix: Write the date as `YYYY-MM-DD`, e.g. `"2025-12-31"`.

        ```text
        K-1001.json: error: contact 'K-1001': 'contract_end' is not a date [RT0110]
        ```
        """#,
        "RT0111": #"""
        Severity: error. Exit status: 1.

        The script declares a contact field the contact file does not have. One error per missing field.

        How to fix: Add the field under `fields` in the contact file before calling.

        ```text
        K-1001.json: error: contact 'K-1001' has no field 'first_name' (text) that the script needs [RT0111]
        ```
        """#,
        "RT0112": #"""
        Severity: error. Exit status: 1.

        A contact field's value is not valid for the type the script declares (a number that is not a number, a choice that is not one of the choices).

        How to fix: Correct the value in the contact file before calling.

        ```text
        K-1001.json: error: contact 'K-1001': field 'verbruik': 'veel' is not a number [RT0112]
        ```
        """#,
        "RT0113": #"""
        Severity: error. Exit status: 2.

        `--agent` is empty or only spaces; the name is said on the phone (`{agent}`) and recorded.

        How to fix: Pass `--agent` with the name you give on the phone.

        ```text
        callscript: error: the agent name is empty [RT0113]
          = help: pass --agent with the name you give on the phone
        ```
        """#,
        "RT0114": #"""
        Severity: error. Exit status: 1.

        The contact's `time_zone` names no IANA time zone this system knows (`Pacific Time`, `PST`), or `time_zone`, `state` or `source` is not a JSON string. A policy read on the callee's clock (`us-tsr`) needs the zone to check the calling hours, so the call does not start on a guess.

        How to fix: Write the zone as the tz database names it, e.g. `"time_zone": "America/Los_Angeles"`, or leave it out to use every zone the number's area code can be in.

        ```text
        US-1001.json: error: contact 'US-1001': time zone 'Pacific Time' is not an IANA time zone [RT0114]
          = help: write the callee's zone as in the tz database, e.g. "America/Los_Angeles"
        ```
        """#,
        "RT0115": #"""
        Severity: error. Exit status: 1.

        Once the `on objection`, `on minor` or `on voicemail` handler has started, the runner refuses events that cannot apply: a `complaint` raised inside `on objection` would let the complaint handler jump back into the script (into a pitch, to a person who just objected). The person can always hang up (`hang-up`), and a child can still object (`objection` inside `on minor`). The terminal runner and the desktop show the message and wait; an answers file or a script test stops at the line that raised the event. See [runner.md](runner.md#events-inside-a-handler).

        How to fix: Read the handler's lines to its end; if the person also has a complaint, note it after the call.

        ```text
        ja-per-mail.answers:4:1: error: 'complaint' cannot apply once the 'objection' handler has started: the person has objected: the call only records that and ends [RT0115]
          = help: finish the 'objection' handler's lines; only hang-up can still be raised
        ```
        """#,
        "RT0198": #"""
        Severity: error. Exit status: 2.

        `callscript contacts scrub` cannot read the call list as a whole: it is empty, its header row has no `id` or `phone` column, it is not UTF-8, or a quoted field is never closed. Nothing is written. A single bad row is not this error: it is removed and named in the report (see [data-formats.md](data-formats.md#call-list-csv-for-callscript-contacts-scrub)).

        How to fix: Name the columns `id` and `phone` in the first row, save the list from Excel as "CSV UTF-8", and close every quoted field.

        ```text
        bellijst.csv:1:1: error: the header row has no id and phone column (it has: naam, telefoon) [RT0198]
          = help: name the columns id and phone in the first row, e.g. id;phone;first_name
        ```
        """#,
        "RT0199": #"""
        Severity: error. Exit status: 1.

        A number handed to a record or a lookup (an objection to record, a number to check against the objection list) is not a phone number. The message says what is wrong with it: a letter and where, no country code, too few or too many digits. See [data-formats.md](data-formats.md#phone-numbers) for every spelling that is read.

        How to fix: Write the number with its country code, e.g. `+31 6 1234 5678`; a spreadsheet that dropped the leading `0` or `+` needs its column formatted as text.

        ```text
        callscript: error: '06-1234x678' is not a phone number: 'x' at position 8 is not a digit, space or separator [RT0199]
          = help: write the number with its country code, e.g. +31 6 1234 5678
        ```
        """#,
        "RT0201": #"""
        Severity: error. Exit status: 1.

        A gate refused the call: the number is on the objection list (`NL-GATE-OBJECTION`), there is no basis for the call (`NL-GATE-BASIS`), or it is outside the calling hours (`NL-GATE-HOURS`). No call was started.

        How to fix: Do not call a number on the objection list; record consent or check the customer dates; call again within the calling hours (`callscript explain NL-GATE-HOURS`).

        ```text
        callscript: error: call refused by NL-GATE-HOURS: 2026-04-06 is Tweede Paasdag, a public holiday [RT0201]
          = note: checked at 2026-04-06T10:00 Europe/Amsterdam; the refusal is in the audit log, no call was started
        ```
        """#,
        "RT0299": #"""
        Severity: error. Exit status: 1.

        `--resume` checks every gate again (objection list, basis, calling hours) and the resume window (`RESUME-WINDOW`, 30 minutes after the call's last step by default, `--resume-window`). One of them refused: an objection was recorded meanwhile (by any runner), consent was withdrawn, it is outside calling hours, or the call stopped too long ago. The refusal is in the audit log; the call stays interrupted.

        How to fix: Do not continue the call. Past the window, start the call anew (the gates decide then); otherwise follow the gate's help.

        ```text
        callscript: error: resume refused by NL-GATE-HOURS: 2026-04-06 is Tweede Paasdag, a public holiday [RT0299]
          = note: checked again at 2026-04-06T10:00 Europe/Amsterdam; the refusal is in the audit log and the call stays interrupted
        ```
        """#,
        "RT0301": #"""
        Severity: error. Exit status: 2.

        Opening, locking, reading, writing or flushing a record file failed (a full disk, a read-only folder, a damaged line). The step that needed it did not happen; everything confirmed before it is kept.

        How to fix: Check that the disk is not full and the folder is writable, then resume the call.

        ```text
        callscript-data/objections.txt: error: cannot write: No space left on device [RT0301]
        ```
        """#,
        "RT0302": #"""
        Severity: error. Exit status: 2.

        The data folder is a file, cannot be created, a record file in it cannot be written, or the disk has less than 1 MiB free. Checked before the call starts.

        How to fix: Choose a writable folder with free space (`--data`) before calling.

        ```text
        callscript-data: error: data folder cannot be used: it is a file, not a folder [RT0302]
        ```
        """#,
        "RT0386": #"""
        Severity: error. Exit status: 2.

        A statement of the PostgreSQL record store (`--store postgres://...`) failed: the server ran out of disk, the connection broke in the middle of a step, a permission is missing. The step's transaction was rolled back, so none of it was recorded.

        How to fix: Check the database server (its log names the cause); nothing after the last confirmed step was recorded, and `--resume` continues the call once the server is back.

        ```text
        postgres://callscript@db.floor.local/callscript: error: cannot commit a step: PostgreSQL error 53100: could not extend file: No space left on device [RT0386]
          = help: check the database server (its log names the cause); nothing after the last confirmed step was recorded
        ```
        """#,
        "RT0387": #"""
        Severity: error. Exit status: 2.

        The database named by `--store` has no callscript tables yet, or a schema version other than the one this callscript needs. Nothing is read or written until the versions match.

        How to fix: Run `callscript store migrate --store URL` once (it prints the steps it applied); a database migrated by a newer callscript needs that version.

        ```text
        postgres://callscript@db.floor.local/callscript: error: the database has no callscript tables yet [RT0387]
          = help: run `callscript store migrate --store postgres://callscript@db.floor.local/callscript` once, then call again
        ```
        """#,
        "RT0388": #"""
        Severity: error. Exit status: 2.

        The PostgreSQL server of `--store` did not answer, refused the login or has no such database. The URL is shown without its password.

        How to fix: Check that the server runs and that the URL's host, port, user and database are right (`postgres://USER@HOST:PORT/DB`).

        ```text
        postgres://callscript@db.floor.local/callscript: error: cannot reach the record store's database: connection to server at "db.floor.local" (10.0.4.12), port 5432 failed: Connection refused [RT0388]
          = help: check that the server runs and the URL's host, port, user and database are right (postgres://USER@HOST:PORT/DB); nothing was recorded
        ```
        """#,
        "RT0389": #"""
        Severity: error. Exit status: 2.

        `--store postgres://...` needs PostgreSQL's client library, libpq, which callscript loads when the store is first used (`libpq.so.5`); it is not installed. Without `--store` callscript never loads it.

        How to fix: Install it (Debian: `apt-get install libpq5`), or leave out `--store` to use the file store (`--data DIR`).

        ```text
        callscript: error: cannot use a PostgreSQL store: libpq.so.5: cannot open shared object file: No such file or directory [RT0389]
          = help: install the client library (Debian: `apt-get install libpq5`), or leave out --store to use the file store (--data DIR)
        ```
        """#,
        "RT0390": #"""
        Severity: error. Exit status: 1.

        A line of `objections.txt` is neither a phone number (in any spelling of [data-formats.md](data-formats.md#phone-numbers)), an empty line nor a `#` comment. The objection gate then refuses every call and `contacts scrub` writes nothing, because the line may be someone's objection that would otherwise not be honoured. The first such line is named, with the count of further ones.

        How to fix: Correct the line, or make it a comment with `#` if it is not an objection; the next check reads the list again.

        ```text
        callscript-data/objections.txt:2:1: error: line 2 of the objection list is not a phone number: 'bel niet: 06 1234 5678' is not a phone number: 'b' at position 1 is not a digit, space or separator [RT0390]
          = note: every call is refused until it is corrected: the line may be someone's objection
          = help: correct the line (write the number with its country code, e.g. +31 6 1234 5678) or make it a comment with '#'
        ```
        """#,
        "RT0396": #"""
        Severity: error. Exit status: 1.

        A file in the data folder's `pending/` is not a step journal. Journals are written whole (temporary file, flush, rename), so this file was changed by hand or by a disk fault. Gates refuse while it is there: it may hold an objection.

        How to fix: Keep the file for investigation and move it out of `pending/`; then check the objection list for the number it names.

        ```text
        callscript-data/pending/call-7.step: error: the journal of an interrupted step cannot be read: it is not a step journal [RT0396]
          = help: keep the file for investigation; move it out of the data folder's pending/ folder to continue
        ```
        """#,
        "RT0397": #"""
        Severity: error. Exit status: 2.

        The data folder has a `practice` marker: it holds practice calls. A real call is not recorded there.

        How to fix: Pass `--practice` to practise, or use the real data folder for real calls.

        ```text
        oefen-data: error: this is a practice data folder (it has a 'practice' marker); real calls are not recorded here [RT0397]
          = help: pass --practice to practise, or use the real data folder for real calls
        ```
        """#,
        "RT0398": #"""
        Severity: error. Exit status: 2.

        `--practice` was given with a data folder that holds real records (objections, consents, callbacks, audit entries or sessions). Practice calls never mix with real ones.

        How to fix: Practise with a separate, empty data folder (e.g. `--data oefen-data`); the first practice call marks it.

        ```text
        callscript-data: error: --practice refuses a data folder that holds real records [RT0398]
          = help: practise with a separate, empty data folder (e.g. --data oefen-data); it is marked as practice
        ```
        """#,
        "RT0399": #"""
        Severity: error. Exit status: 2.

        `--now` sets a simulated time for the gates, which only practice mode allows: real calls always use the real clock, and every audit entry carries it.

        How to fix: Add `--practice` with a separate, empty data folder (e.g. `--data oefen-data`), or leave out `--now`.

        ```text
        callscript-data: error: --now sets a simulated time, which is only allowed in practice mode [RT0399]
          = help: add --practice with a separate, empty data folder (e.g. --data oefen-data); real calls always use the real clock
        ```
        """#,
        "RT0401": #"""
        Severity: error. Exit status: 1.

        The audit log's last line has no end: the runner stopped while writing it. Nothing is appended to it until it is repaired. `callscript audit verify` reports it at the cut-off line.

        How to fix: Run `callscript audit repair LOG` (drops only the unfinished entry), or continue the call with `--resume`, which repairs it.

        ```text
        callscript-data/audit/audit.jsonl:41:1: error: the last audit entry is cut off (the runner stopped while writing it) [RT0401]
        ```
        """#,
        "RT0402": #"""
        Severity: error. Exit status: 1.

        An entry was changed, removed, inserted or reordered: the hash chain breaks. Appending would extend a broken chain, so the runner refuses. `callscript audit verify` reports one error per broken line, at that line.

        How to fix: Keep the file for investigation (`callscript audit verify LOG` names every line) and start a new log.

        ```text
        callscript-data/audit/audit.jsonl: error: audit log does not verify: line 12: entry changed [RT0402]
        ```
        """#,
        "RT0403": #"""
        Severity: error. Exit status: 2.

        The log given to `callscript audit` does not exist or is a folder.

        How to fix: Pass the audit log file, e.g. `callscript-data/audit/audit.jsonl`.

        ```text
        callscript-data/audit: error: cannot read the audit log: it is a folder, not a file [RT0403]
        ```
        """#,
        "RT0499": #"""
        Severity: error. Exit status: 2.

        The audit key that seals the log (`--audit-key`, `audit verify --key`, or the file named by
        `CALLSCRIPT_AUDIT_KEY`) does not exist, can be read by others (its mode is not 0600), is not
        64 hex digits, lies inside the data folder it protects, or `audit keygen` would overwrite an
        existing key; or a command that needs the key (`erase`) was given none. Nothing was recorded.

        How to fix: Create a key with `callscript audit keygen FILE` outside the data folder and keep it
        mode 0600 (`chmod 600 FILE`); pass it with `--audit-key FILE` or set `CALLSCRIPT_AUDIT_KEY`.

        ```text
        callscript-data/audit.key: error: the audit key is inside the data folder it protects [RT0499]
          = help: move it outside callscript-data: whoever can edit the records must not hold the key
        ```
        """#,
        "RT0498": #"""
        Severity: error. Exit status: 2.

        The data folder's `settings.json` is not a JSON object, has an unknown setting or record kind, a
        retention period that is not a whole number and `d`, `w`, `m` or `y`, or a period longer than
        the 3-year customer term. Nothing was erased.

        How to fix: Write e.g. `{"retention": {"sessions": "90d", "audit": "3y"}}` (see data-formats.md).

        ```text
        callscript-data/settings.json: error: data folder settings are not valid: 'retention.audit' is 5y, longer than the 3-year customer term [RT0498]
          = help: keep records at most 3y ("3y", "36m")
        ```
        """#,
        "RT0497": #"""
        Severity: error. Exit status: 2.

        `callscript erase --contact` was given an empty contact ID. Nothing was erased.

        How to fix: Pass the person's contact ID from your CRM: `--contact K-1001`.

        ```text
        callscript-data: error: the contact ID to erase is empty [RT0497]
        ```
        """#,
        "RT0501": #"""
        Severity: error. Exit status: 2.

        Standard output (or standard error) cannot be written: the disk of a redirected output is full, a file size limit is reached, or the reading end of the pipe closed (`callscript check Examples | head -1`).

        How to fix: Free disk space, or keep the reader of the pipe open; run again for the complete output.

        ```text
        callscript: error: cannot write to standard output: No space left on device [RT0501]
        ```
        """#,
        "RT0502": #"""
        Severity: error. Exit status: 2.

        A file a command writes (`-o`, `--junit`, `--coverage-json`, `fmt`, `paths -o`) cannot be written. A regular file is replaced only once the new content is complete, so it is left as it was; a symlink, FIFO or device is written into, never replaced.

        How to fix: Check that the folder exists and is writable and that the disk has free space.

        ```text
        build/winback.json: error: cannot write the output file: No space left on device [RT0502]
        ```
        """#,
        "RT0503": #"""
        Severity: error. Exit status: 2.

        A file a command reads (a `.calltest` file, a script for `fmt`, an answers file) is a folder, not readable, or the disk fails.

        How to fix: Pass a readable file.

        ```text
        tests: error: cannot read the file: it is a folder, not a file [RT0503]
        ```
        """#,
    ]
}
