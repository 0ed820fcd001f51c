// Generated from Docs/diagnostics.md by DiagnosticExplanationsTests; do not edit.
// Write it again with: CALLSCRIPT_WRITE_DOC_TEXTS=1 swift test --filter DiagnosticExplanationsTests

extension DiagnosticExplanationTexts {
    /// The sections RT0399 to RT0503.
    static let part17: [String: String] = [
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
