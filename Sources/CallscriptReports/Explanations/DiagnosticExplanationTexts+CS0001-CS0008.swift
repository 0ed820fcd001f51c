// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0001 to CS0008.
    static let part01: [String: String] = [
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
    ]
}
