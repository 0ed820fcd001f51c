// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0184 to CS0260.
    static let part12: [String: String] = [
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
    ]
}
