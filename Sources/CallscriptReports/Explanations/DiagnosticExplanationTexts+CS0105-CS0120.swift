// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0105 to CS0120.
    static let part06: [String: String] = [
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
    ]
}
