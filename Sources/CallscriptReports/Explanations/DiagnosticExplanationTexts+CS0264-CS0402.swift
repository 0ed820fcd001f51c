// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0264 to CS0402.
    static let part14: [String: String] = [
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
    ]
}
