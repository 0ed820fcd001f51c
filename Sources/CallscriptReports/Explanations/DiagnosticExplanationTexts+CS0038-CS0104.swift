// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0038 to CS0104.
    static let part05: [String: String] = [
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

        A script file exists but cannot be read: no permission, or it is not a regular file (a pipe or a device, or a link to one). The compiler never waits on such a file.

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
    ]
}
