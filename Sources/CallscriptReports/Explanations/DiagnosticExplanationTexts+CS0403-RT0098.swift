// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections CS0403 to RT0098.
    static let part15: [String: String] = [
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
    ]
}
