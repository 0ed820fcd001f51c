// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0261 to CS0263.
    static let part13: [String: String] = [
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
    ]
}
