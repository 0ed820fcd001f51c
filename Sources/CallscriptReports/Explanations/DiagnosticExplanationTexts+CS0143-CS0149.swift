// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0143 to CS0149.
    static let part08: [String: String] = [
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
    ]
}
